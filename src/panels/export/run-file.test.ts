import { describe, expect, it } from 'vitest';
import { runsOf, layerSizes, paramCount } from '../../experiment/run-facts';

describe('paramCount', () => {
  it('counts weights and biases of every layer', () => {
    // 1→2: 2 + 2, 2→3: 6 + 3, 3→1: 3 + 1
    expect(paramCount([1, 2, 3, 1])).toBe(17);
    expect(paramCount(layerSizes([64, 64]))).toBe(64 + 64 + 64 * 64 + 64 + 64 + 1);
  });

  it('is zero for a network without layers', () => {
    expect(paramCount([1])).toBe(0);
  });
});

describe('runsOf', () => {
  it('is A then B in compare mode, else B alone', () => {
    expect(runsOf(true)).toEqual(['A', 'B']);
    expect(runsOf(false)).toEqual(['B']);
  });
});
