import { describe, expect, it } from 'vitest';
import { chartGeometry, MARGIN } from './geometry';
import type { SweepSeries } from './summary';

const spread = (mean: number) => ({ mean, min: mean * 0.8, max: mean * 1.2 });
const series = (values: [number, number][]): SweepSeries[] => [
  { p: Number.NaN, points: values.map(([value, test]) => ({ value, p: value, count: 1, diverged: 0, test: spread(test), train: spread(test / 10) })) },
];

describe('chartGeometry', () => {
  const grid = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

  it('puts every grid value inside the plot and every finite MSE inside the y range', () => {
    const g = chartGeometry(
      'p',
      grid,
      series([
        [0, 0.2],
        [0.5, 0.12],
        [0.8, 0.23],
      ]),
      560,
      300,
    );
    for (const v of grid) {
      expect(g.x(v)).toBeGreaterThan(g.inner.x);
      expect(g.x(v)).toBeLessThan(g.inner.x + g.inner.width);
    }
    expect(g.yDomain[0]).toBeLessThanOrEqual(0.012 * 0.8);
    expect(g.yDomain[1]).toBeGreaterThanOrEqual(0.23 * 1.2);
    expect(g.y(0.2)).toBeLessThan(g.y(0.02));
    expect(g.y(Number.NaN)).toBeNaN();
    expect(g.xTicks).toEqual(grid);
    expect(g.yTicks.length).toBeGreaterThanOrEqual(2);
  });

  it('N on a log axis: equal steps for each doubling', () => {
    const g = chartGeometry('n', [8, 16, 32, 64, 128, 256], [], 560, 300);
    expect(g.x(32) - g.x(16)).toBeCloseTo(g.x(16) - g.x(8));
  });

  it('survives no data, non-finite values and a tiny size', () => {
    const g = chartGeometry(
      'p',
      grid,
      series([
        [0, Number.NaN],
        [0.1, Infinity],
        [0.2, 0],
      ]),
      20,
      20,
    );
    expect(g.inner.width).toBeGreaterThan(0);
    expect(Number.isFinite(g.yDomain[0]) && Number.isFinite(g.yDomain[1])).toBe(true);
    expect(g.inner.x).toBe(MARGIN.left);
    // Every other label when the plot is narrow.
    expect(chartGeometry('p', grid, [], 300, 200).xTicks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
});
