import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET, LESSON_STEPS } from '../../experiment/presets';
import type { ExperimentConfig } from '../../experiment/types';
import type { SweepResult } from '../protocol';
import type { SweepPlan } from '../../experiment/sweep-plan';
import { isGridResult, planJobs, sweepSeed } from '../jobs';
import { SweepRunner } from './sweep-runner';

const small: SweepPlan = { kind: 'p', values: [0, 0.5], series: [], steps: 150, seeds: 2 };

function runAll(config: ExperimentConfig, plan: SweepPlan): SweepResult[] {
  return [...SweepRunner.serial(config, plan)].filter(isGridResult);
}

function meanTest(results: readonly SweepResult[], value: number): number {
  const at = results.filter((r) => r.value === value);
  return at.reduce((sum, r) => sum + r.testMse, 0) / at.length;
}

describe('SweepRunner', () => {
  it('gives identical numbers for the same seed and settings', () => {
    const a = runAll(OVERFITTING_PRESET, small);
    const b = runAll(OVERFITTING_PRESET, small);
    expect(a).toHaveLength(4);
    expect(b).toEqual(a);
    for (const r of a) expect(Number.isFinite(r.testMse) && Number.isFinite(r.trainMse)).toBe(true);
    // A different base seed gives different runs.
    const c = runAll({ ...OVERFITTING_PRESET, seed: 7 }, small);
    expect(c.map((r) => r.testMse)).not.toEqual(a.map((r) => r.testMse));
  });

  it('gives the same numbers however finely it is sliced', () => {
    const whole = runAll(OVERFITTING_PRESET, small);
    const runner = SweepRunner.serial(OVERFITTING_PRESET, small);
    const sliced: SweepResult[] = [];
    let calls = 0;
    let budget = 0;
    while (!runner.idle) {
      calls++;
      budget = 0;
      // Stops at the first look at the clock: a few steps per call.
      const result = runner.work(() => ++budget > 1);
      if (result !== null && isGridResult(result)) sliced.push(result);
    }
    expect(calls).toBeGreaterThan(20);
    expect(sliced).toEqual(whole);
  });

  it('runs every grid value × seed with seeds config.seed + k, in grid order', () => {
    const config = { ...OVERFITTING_PRESET, seed: 41 };
    const jobs = planJobs(config, { ...small, seeds: 3 });
    expect(jobs.map((j) => [j.value, j.p, j.seed])).toEqual([
      [0, 0, 41],
      [0, 0, 42],
      [0, 0, 43],
      [0.5, 0.5, 41],
      [0.5, 0.5, 42],
      [0.5, 0.5, 43],
    ]);
    expect(jobs.every((j) => j.n === config.n)).toBe(true);
    expect(sweepSeed(2 ** 31 - 1, 1)).toBe(0);
  });

  it('an N sweep runs each N for every series', () => {
    const plan: SweepPlan = { kind: 'n', values: [8, 64], series: [0, 0.5], steps: 100, seeds: 1 };
    const runner = SweepRunner.serial(OVERFITTING_PRESET, plan);
    expect(runner.jobs.map((j) => [j.n, 'p' in j ? j.p : null])).toEqual([
      [8, 0],
      [8, 0.5],
      [64, 0],
      [64, 0.5],
    ]);
    expect(runner.work()).toMatchObject({ value: 8, n: 8, p: 0 });
    expect([...runner]).toHaveLength(3);
    expect(runner.idle).toBe(true);
    expect(runner.work()).toBeNull();
  });

  it('trains only the runs handed to it, in the order handed, each with the numbers of a serial sweep', () => {
    const plan: SweepPlan = { ...small, seeds: 3 };
    const serial = runAll(OVERFITTING_PRESET, plan);
    const runner = new SweepRunner(OVERFITTING_PRESET, plan);
    expect(runner.idle).toBe(true);
    for (const index of [4, 1, 5]) runner.enqueue(index);
    // Part of run 4, to show its progress, then the rest.
    let looks = 0;
    expect(runner.work(() => ++looks > 2)).toBeNull();
    expect(runner.inProgress).toEqual({ index: 4, steps: 24 });
    expect([...runner]).toEqual([serial[4], serial[1], serial[5]]);
    expect(() => runner.enqueue(6)).toThrow(RangeError);
    expect(() => runner.enqueue(-1)).toThrow(RangeError);
  });

  it('refuses a bad plan with a message naming the setting', () => {
    expect(() => new SweepRunner(OVERFITTING_PRESET, { ...small, values: [0, 0.95] })).toThrow(/p\[1\]/);
    expect(() => new SweepRunner(OVERFITTING_PRESET, { ...small, steps: 0 })).toThrow(/steps/);
    const custom: ExperimentConfig = {
      ...OVERFITTING_PRESET,
      dataset: 'custom',
      points: [
        { x: 0, y: 0 },
        { x: 0.5, y: 1 },
        { x: -0.5, y: 1 },
      ],
    };
    expect(() => new SweepRunner(custom, { kind: 'n', values: [8], series: [0], steps: 10, seeds: 1 })).toThrow(/custom/);
    expect(runAll(custom, { ...small, seeds: 1 })).toHaveLength(2);
  });

  // Seeds 121–123: outside the range the presets were calibrated on (1–100) and the one lesson-claims.test.ts uses.
  it(`on the overfitting preset (${LESSON_STEPS} steps, seeds 121–123), mean test MSE is lower at p = 0.5 than at p = 0`, () => {
    const results = runAll({ ...OVERFITTING_PRESET, seed: 121 }, { kind: 'p', values: [0, 0.5], series: [], steps: LESSON_STEPS, seeds: 3 });
    expect(results.map((r) => r.seed)).toEqual([121, 122, 123, 121, 122, 123]);
    expect(meanTest(results, 0.5)).toBeLessThan(meanTest(results, 0));
  });
});
