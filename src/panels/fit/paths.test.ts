import { describe, expect, it } from 'vitest';
import { bandPath, curvePath, dotsPath, finiteExtent } from './paths';

const id = (v: number) => v;
const xs = Float32Array.from([0, 1, 2, 3]);

describe('curvePath', () => {
  it('draws through every finite point', () => {
    expect(curvePath(xs, Float32Array.from([0, 1, 0, 1]), id, id)).toBe('M0,0L1,1L2,0L3,1');
  });

  it('leaves a gap at non-finite values instead of failing', () => {
    const d = curvePath(xs, Float32Array.from([0, Number.NaN, 0, Infinity]), id, id);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('clamps huge values to a usable pixel range', () => {
    const d = curvePath(xs, Float32Array.from([0, 3e38, 0, 0]), id, id);
    expect(d).toContain('10000');
    expect(d).not.toMatch(/e\+/);
  });

  it('reads a row of a row-major matrix through the offset', () => {
    const rows = Float32Array.from([9, 9, 9, 9, 5, 6, 7, 8]);
    expect(curvePath(xs, rows, id, id, 4)).toBe('M0,5L1,6L2,7L3,8');
  });

  it('is empty when there is nothing to draw', () => {
    expect(curvePath(xs, new Float32Array(0), id, id)).toBe('');
  });
});

describe('bandPath', () => {
  it('spans mean ± k·std', () => {
    const d = bandPath(Float32Array.from([0, 1]), Float32Array.from([0, 0]), Float32Array.from([1, 2]), 2, id, id);
    expect(d).toBe('M0,2L1,4L1,-4L0,-2Z');
  });

  it('skips non-finite values', () => {
    const d = bandPath(xs, Float32Array.from([0, Number.NaN, 0, 0]), Float32Array.from([1, 1, 1, 1]), 2, id, id);
    expect(d).not.toMatch(/NaN/);
  });
});

describe('dotsPath', () => {
  it('draws one circle per finite point', () => {
    const d = dotsPath(
      Float32Array.from([0, 1, Number.NaN]),
      Float32Array.from([0, 1, 1]),
      (v) => v * 10,
      (v) => v * 10,
      3,
    );
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.startsWith('M-3,0a3,3 0 1,0 6,0')).toBe(true);
  });
});

describe('finiteExtent', () => {
  it('ignores non-finite values', () => {
    expect(finiteExtent(Float32Array.from([3, Number.NaN, -1, Infinity]))).toEqual([-1, 3]);
    expect(finiteExtent(Float32Array.from([Number.NaN]))).toBeNull();
  });
});
