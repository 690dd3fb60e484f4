import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mainP, mainPLayers, mainPList, withMainP } from './main-p';

describe('the main drop probability', () => {
  it('goes on every hidden layer but the first, or on the only one', () => {
    expect(mainPLayers(1)).toEqual([0]);
    expect(mainPLayers(2)).toEqual([1]);
    expect(mainPLayers(4)).toEqual([1, 2, 3]);
    expect(mainPList(3, 0.4)).toEqual([0, 0.4, 0.4]);
    expect(mainPList(1, 0.4)).toEqual([0.4]);
  });

  it('setting it keeps the first layer’s own p, and reading it back gives what was set', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 0.9, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (dropout, p) => {
          const next = withMainP(dropout, p);
          expect(next).toHaveLength(dropout.length);
          expect(mainP(next)).toBe(p);
          if (dropout.length > 1) expect(next[0]).toBe(dropout[0]);
        },
      ),
    );
  });
});
