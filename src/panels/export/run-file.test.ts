import { describe, expect, it } from 'vitest';
import { expectedRunIds, layerSizes, paramCount } from './run-file';

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

describe('expectedRunIds', () => {
  it('is A then B in compare mode, else B alone', () => {
    expect(expectedRunIds(true)).toEqual(['A', 'B']);
    expect(expectedRunIds(false)).toEqual(['B']);
  });
});
