import { describe, expect, it } from 'vitest';
import { LOSS_POINT_GROWTH, LOSS_POINT_SHARE, LOSS_POINTS_PER_AXIS, lossPointDue } from './worker-budget';

/** Simulates training at full speed: each slice trains for `sliceMs`, then asks whether a point is due; a point costs `evalMs`. */
function simulate(stepMs: number, sliceMs: number, evalMs: number, totalMs: number): { evalShare: number; points: number[] } {
  let now = 0;
  let step = 0;
  let evalTime = 0;
  let last = { step: 0, time: 0 };
  const points = [0];
  while (now < totalMs) {
    const steps = Math.max(1, Math.floor(sliceMs / stepMs));
    step += steps;
    now += steps * stepMs;
    if (lossPointDue({ step, lastPointStep: last.step, now, lastPointTime: last.time, evalCostMs: evalMs, minSpacingMs: sliceMs })) {
      last = { step, time: now };
      now += evalMs;
      evalTime += evalMs;
      points.push(step);
    }
  }
  return { evalShare: evalTime / now, points };
}

describe('lossPointDue', () => {
  // Per-step and per-evaluation costs measured on this project's workloads (ms): default N, N = 500, compare of each, a tiny net.
  const workloads = [
    { stepMs: 0.84, evalMs: 2.8 },
    { stepMs: 16.8, evalMs: 8.9 },
    { stepMs: 0.4, evalMs: 1.4 },
    { stepMs: 0.02, evalMs: 0.3 },
  ];

  it.each(workloads)('keeps evaluation within its share of the time after the first second (step $stepMs ms, eval $evalMs ms)', ({ stepMs, evalMs }) => {
    const warm = simulate(stepMs, 12, evalMs, 1000);
    const long = simulate(stepMs, 12, evalMs, 61_000);
    const evalAfterWarmup = long.evalShare * 61_000 - warm.evalShare * 1000;
    // The growth rule adds a bounded number of points, so over a minute the share is the budget's.
    expect(evalAfterWarmup / 60_000).toBeLessThanOrEqual(LOSS_POINT_SHARE * 1.05);
  });

  it.each(workloads)('leaves no gap wider than the growth factor on a log step axis (step $stepMs ms, eval $evalMs ms)', ({ stepMs, evalMs }) => {
    const { points } = simulate(stepMs, 12, evalMs, 30_000);
    for (let i = 2; i < points.length; i++) {
      // A slice is the smallest unit of training, so a gap may exceed the factor by one slice's steps.
      const slice = Math.max(1, Math.floor(12 / stepMs));
      expect(points[i] + 1).toBeLessThanOrEqual(LOSS_POINT_GROWTH * (points[i - 1] + 1) + slice);
    }
  });

  it('spends far less than its share once the points are dense on the axis: a long fast run', () => {
    // The default comparison's costs: ~1,200 steps/s, so a minute is ~70k steps.
    const { stepMs, evalMs } = workloads[0];
    const { points } = simulate(stepMs, 12, evalMs, 60_000);
    const late = points.filter((p) => p >= 20_000);
    for (let i = 1; i < late.length; i++) expect(late[i] - late[i - 1]).toBeGreaterThanOrEqual(late[i] / LOSS_POINTS_PER_AXIS);
    // Over the last 30 s the points fill the axis at its resolution and no more: far below the time budget.
    const inLastHalf = points.filter((p) => p >= points[points.length - 1] / 2).length;
    const budgetPoints = (30_000 * LOSS_POINT_SHARE) / evalMs;
    expect(inLastHalf).toBeLessThan(budgetPoints / 2);
    expect(inLastHalf).toBeGreaterThan(LOSS_POINTS_PER_AXIS * Math.log(2) * 0.5);
  });

  it('never takes two points at one step, and waits out the minimum spacing when evaluation is free', () => {
    expect(lossPointDue({ step: 5, lastPointStep: 5, now: 1e6, lastPointTime: 0, evalCostMs: 0, minSpacingMs: 12 })).toBe(false);
    expect(lossPointDue({ step: 1000, lastPointStep: 990, now: 11, lastPointTime: 0, evalCostMs: 0, minSpacingMs: 12 })).toBe(false);
    expect(lossPointDue({ step: 1000, lastPointStep: 990, now: 12, lastPointTime: 0, evalCostMs: 0, minSpacingMs: 12 })).toBe(true);
  });
});
