import { describe, expect, it } from 'vitest';
import type { SweepResult } from '../../sweep/protocol';
import type { SweepPlan } from '../../experiment/sweep-plan';
import { bestPoint, dropoutVerdicts, summarize } from './summary';

const pPlan: SweepPlan = { kind: 'p', values: [0, 0.5, 0.8], series: [], steps: 100, seeds: 2 };
const nPlan: SweepPlan = { kind: 'n', values: [8, 64], series: [0, 0.5], steps: 100, seeds: 1 };

let index = 0;
const run = (value: number, p: number, testMse: number, trainMse = testMse / 10, n = 16): SweepResult => ({
  index: index++,
  value,
  p,
  n,
  seed: 1,
  trainMse,
  testMse,
});

describe('summarize', () => {
  it('gives mean, min and max per grid value, in grid order, only where results exist', () => {
    const [series] = summarize(pPlan, [run(0.5, 0.5, 0.1), run(0, 0, 0.2), run(0, 0, 0.4), run(0.5, 0.5, 0.3)]);
    expect(series.points.map((p) => p.value)).toEqual([0, 0.5]);
    expect(series.points[0].test.mean).toBeCloseTo(0.3);
    expect(series.points[0]).toMatchObject({ count: 2, diverged: 0, test: { min: 0.2, max: 0.4 } });
    expect(series.points[1].train.mean).toBeCloseTo(0.02);
  });

  it('leaves diverged runs out of the numbers but counts them', () => {
    const [series] = summarize(pPlan, [run(0.8, 0.8, Number.NaN, Number.NaN), run(0.8, 0.8, 0.5), run(0, 0, Infinity, Infinity)]);
    expect(series.points[1]).toMatchObject({ value: 0.8, count: 2, diverged: 1, test: { mean: 0.5, min: 0.5, max: 0.5 } });
    expect(series.points[0].test.mean).toBeNaN();
    expect(bestPoint(series.points)?.value).toBe(0.8);
  });

  it('splits an N sweep into its series by p', () => {
    const series = summarize(nPlan, [run(8, 0, 0.4), run(8, 0.5, 0.3), run(64, 0, 0.1), run(64, 0.5, 0.12)]);
    expect(series.map((s) => s.p)).toEqual([0, 0.5]);
    expect(series[1].points.map((p) => [p.value, p.p, p.test.mean])).toEqual([
      [8, 0.5, 0.3],
      [64, 0.5, 0.12],
    ]);
    const verdicts = dropoutVerdicts(series);
    expect(verdicts.map((v) => v.n)).toEqual([8, 64]);
    expect(verdicts[0].difference).toBeCloseTo(-0.1);
    expect(verdicts[1].difference).toBeCloseTo(0.02);
  });
});

describe('bestPoint', () => {
  it('is the lowest mean test MSE, or null without finite means', () => {
    const [series] = summarize(pPlan, [run(0, 0, 0.2), run(0.5, 0.5, 0.1), run(0.8, 0.8, 0.15)]);
    expect(bestPoint(series.points)?.value).toBe(0.5);
    expect(bestPoint([])).toBeNull();
  });
});
