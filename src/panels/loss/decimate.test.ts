import { describe, expect, it } from 'vitest';
import { decimate } from './decimate';

function run(xs: number[], ys: number[]): number[] {
  const out = new Uint32Array(xs.length + 1);
  return Array.from(out.subarray(0, decimate(xs, ys, xs.length, out)));
}

describe('decimate', () => {
  it('keeps every point when each has its own pixel', () => {
    expect(run([0, 1, 2, 3], [5, 4, 3, 2])).toEqual([0, 1, 2, 3]);
  });

  it('keeps the lowest and highest point of a crowded pixel, in order, and the last point', () => {
    expect(run([0, 0.2, 0.4, 0.6, 0.8], [3, 9, 1, 5, 4])).toEqual([1, 2, 4]);
  });

  it('keeps gap markers for non-finite values', () => {
    const kept = run([0, 0.1, 0.2, 0.3, 0.4], [1, 2, Number.NaN, 3, 4]);
    expect(kept).toContain(2);
    expect(kept.indexOf(2)).toBeGreaterThan(0);
    expect(kept[kept.length - 1]).toBe(4);
  });

  it('bounds the output at about two points per pixel', () => {
    const n = 4000;
    const xs = Array.from({ length: n }, (_, i) => (i / n) * 300);
    const ys = Array.from({ length: n }, (_, i) => Math.sin(i));
    const kept = run(xs, ys);
    expect(kept.length).toBeLessThanOrEqual(2 * 300 + 1);
    // The extremes of the whole line survive.
    const min = ys.indexOf(Math.min(...ys));
    const max = ys.indexOf(Math.max(...ys));
    expect(kept).toContain(min);
    expect(kept).toContain(max);
  });

  it('handles an empty line', () => {
    expect(run([], [])).toEqual([]);
  });
});
