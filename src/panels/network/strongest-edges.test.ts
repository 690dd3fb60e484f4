import { describe, expect, it } from 'vitest';
import { layerSlices } from '../../experiment/run-facts';
import { strongestEdges } from './strongest-edges';

describe('strongestEdges', () => {
  // sizes [3, 2, 1]: the first layer pair has W 3×2 at offset 0.
  const [slice] = layerSlices([3, 2, 1]);
  const params = Float32Array.from([0.1, -0.9, 0.5, 0.05, -0.7, 0.3, /* biases */ 5, 5, /* W2 */ 1, 1, /* bias */ 1]);

  it('keeps the largest |w| first, whatever the sign', () => {
    expect(Array.from(strongestEdges(params, slice, 3, 2, 3))).toEqual([1, 4, 2]);
  });

  it('returns every edge when the limit is not reached', () => {
    expect(Array.from(strongestEdges(params, slice, 3, 2, 100))).toEqual([1, 4, 2, 5, 0, 3]);
  });

  it('only considers edges between the drawn neurons, with indices local to the full layer', () => {
    // Only inputs 0–1 and output 0: edges 0 (0.1) and 2 (0.5).
    expect(Array.from(strongestEdges(params, slice, 2, 1, 10))).toEqual([2, 0]);
  });

  it('never returns more than the limit, even with ties', () => {
    const flat = new Float32Array(3 * 2 + 2 + 2 + 1).fill(0.5);
    const chosen = strongestEdges(flat, slice, 3, 2, 4);
    expect(chosen).toHaveLength(4);
    expect(new Set(chosen).size).toBe(4);
  });

  it('skips NaN and infinite weights', () => {
    const broken = Float32Array.from(params);
    broken[1] = Number.NaN;
    broken[4] = Number.POSITIVE_INFINITY;
    expect(Array.from(strongestEdges(broken, slice, 3, 2, 2))).toEqual([2, 5]);
  });

  it('picks the top 200 of a 64 × 64 layer pair', () => {
    const [wide] = layerSlices([64, 64, 1]);
    const values = Float32Array.from({ length: 64 * 64 + 64 + 65 }, (_, k) => (Math.sin(k * 12.9898) * 43758.5453) % 1);
    const chosen = strongestEdges(values, wide, 64, 64, 200);
    expect(chosen).toHaveLength(200);
    const weakestChosen = Math.min(...Array.from(chosen, (k) => Math.abs(values[k])));
    const strongerLeftOut = Array.from({ length: 64 * 64 }, (_, k) => k).filter((k) => !chosen.includes(k) && Math.abs(values[k]) > weakestChosen);
    expect(strongerLeftOut).toEqual([]);
  });

  it('returns nothing for a limit of 0 or no drawn neurons', () => {
    expect(strongestEdges(params, slice, 3, 2, 0)).toHaveLength(0);
    expect(strongestEdges(params, slice, 0, 2, 10)).toHaveLength(0);
  });
});
