import { describe, expect, it } from 'vitest';
import { hiddenOffsets, maxAbsWeight, weightAt } from './params';
import { layerSlices, paramCount } from '../../experiment/run-facts';

/** A flat vector for sizes [2, 3, 1] where each number says where it came from. */
function tagged(): Float32Array {
  // Layer 1: W 2×3 (row i = weights leaving input i), then 3 biases.
  const w1 = [10, 11, 12, 20, 21, 22];
  const b1 = [1, 2, 3];
  // Layer 2: W 3×1, then 1 bias.
  const w2 = [-30, 40, -50];
  const b2 = [9];
  return Float32Array.from([...w1, ...b1, ...w2, ...b2]);
}

describe('layerSlices', () => {
  it('places each layer after the previous layer’s weights and biases', () => {
    expect(layerSlices([2, 3, 1])).toEqual([
      { nIn: 2, nOut: 3, weightOffset: 0, biasOffset: 6 },
      { nIn: 3, nOut: 1, weightOffset: 9, biasOffset: 12 },
    ]);
  });

  it('counts every weight and bias of the default network', () => {
    expect(paramCount([1, 64, 64, 1])).toBe(64 + 64 + 64 * 64 + 64 + 64 + 1);
    expect(paramCount([2, 3, 1])).toBe(tagged().length);
  });
});

describe('weightAt', () => {
  const params = tagged();
  const [first, second] = layerSlices([2, 3, 1]);

  it('reads W[i][o] row-major, rows being the weights leaving input i', () => {
    expect(weightAt(params, first, 0, 0)).toBe(10);
    expect(weightAt(params, first, 0, 2)).toBe(12);
    expect(weightAt(params, first, 1, 1)).toBe(21);
    expect(weightAt(params, second, 2, 0)).toBe(-50);
  });

  it('never reads a bias as a weight, and answers NaN out of range', () => {
    expect(weightAt(params, first, 2, 0)).toBeNaN();
    expect(weightAt(params, first, 0, 3)).toBeNaN();
    expect(weightAt(params.subarray(0, 10), second, 1, 0)).toBeNaN();
  });
});

describe('maxAbsWeight', () => {
  it('is the largest |w| of the layer pair, ignoring biases', () => {
    const params = tagged();
    const [first, second] = layerSlices([2, 3, 1]);
    expect(maxAbsWeight(params, first)).toBe(22);
    expect(maxAbsWeight(params, second)).toBe(50);
  });

  it('skips non-finite weights, and is 0 when none is finite', () => {
    const [, second] = layerSlices([2, 3, 1]);
    const params = tagged();
    params[9] = Number.POSITIVE_INFINITY;
    params[10] = Number.NaN;
    expect(maxAbsWeight(params, second)).toBe(50);
    params[11] = Number.NaN;
    expect(maxAbsWeight(params, second)).toBe(0);
  });
});

describe('hiddenOffsets', () => {
  it('gives where each hidden layer starts in the concatenated keep frequencies', () => {
    expect(hiddenOffsets([1, 64, 32, 8, 1])).toEqual([0, 64, 96]);
    expect(hiddenOffsets([1, 1])).toEqual([]);
  });
});
