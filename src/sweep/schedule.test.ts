import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../experiment/presets';
import type { SweepPlan } from '../experiment/sweep-plan';
import { SweepSchedule } from './schedule';
import type { SweepResult } from './protocol';

const config = { ...OVERFITTING_PRESET, batchSize: 0 };
const nPlan: SweepPlan = { kind: 'n', values: [8, 64], series: [0, 0.5], steps: 100, seeds: 1 };

function resultOf(schedule: SweepSchedule, index: number): SweepResult {
  const job = schedule.jobs[index];
  if ('stage' in job) throw new Error('a grid sweep has grid runs');
  return { ...job, trainMse: index, testMse: index };
}

describe('SweepSchedule', () => {
  it('hands out runs lowest first, takes back a withdrawn run, and keeps results in run order', () => {
    const schedule = new SweepSchedule(config, nPlan);
    expect(schedule.total).toBe(4);
    expect([schedule.take(), schedule.take(), schedule.take()]).toEqual([0, 1, 2]);
    schedule.giveBack([1]);
    expect(schedule.waitingCount).toBe(2);
    expect(schedule.take()).toBe(1);
    expect(schedule.complete(resultOf(schedule, 2))).toBe(true);
    expect(schedule.complete(resultOf(schedule, 2))).toBe(false);
    expect(schedule.complete(resultOf(schedule, 3))).toBe(false); // never handed out
    expect(schedule.take()).toBe(3);
    for (const index of [3, 0, 1]) schedule.complete(resultOf(schedule, index));
    expect(schedule.finished).toBe(true);
    expect(schedule.take()).toBeNull();
    expect(schedule.finishedResults().map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });

  it('weighs progress by cost: the N = 8 runs are a small share, and steps of a run in hand count', () => {
    const schedule = new SweepSchedule(config, nPlan);
    const first = schedule.take() ?? -1;
    schedule.complete(resultOf(schedule, first));
    const afterSmall = schedule.fraction;
    expect(afterSmall).toBeGreaterThan(0);
    expect(afterSmall).toBeLessThan(0.1);
    schedule.take();
    const big = schedule.take() ?? -1;
    expect(schedule.jobs[big].n).toBe(64);
    schedule.progress(big, 50);
    expect(schedule.fraction).toBeGreaterThan(afterSmall + 0.15);
    // A withdrawn run's steps no longer count.
    schedule.giveBack([big]);
    expect(schedule.fraction).toBeCloseTo(afterSmall, 10);
  });
});
