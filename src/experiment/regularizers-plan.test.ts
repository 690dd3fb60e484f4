import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from './presets';
import {
  chooseKnobs,
  type ComparisonSettings,
  comparisonRunConfig,
  comparisonWork,
  finalJobs,
  finalPlanOf,
  foldOf,
  foldSize,
  knobGrid,
  l2Grid,
  pGrid,
  REGULARIZER_METHODS,
  stopChecks,
  tuneJobs,
  type TuneResult,
  TUNED_METHODS,
} from './regularizers-plan';

const config = { ...OVERFITTING_PRESET, seed: 40 };
const settings: ComparisonSettings = { steps: 300, seeds: 2, folds: 4, grid: 3 };

describe('the comparison plan', () => {
  it('k folds put every training point in exactly one validation fold, of sizes that add up to N', () => {
    for (const [n, folds] of [
      [24, 4],
      [25, 4],
      [7, 3],
      [8, 8],
    ]) {
      const counts = Array.from({ length: folds }, () => 0);
      for (let i = 0; i < n; i++) counts[foldOf(i, folds)]++;
      expect(counts).toEqual(counts.map((_, f) => foldSize(n, folds, f)));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('lists every tuned method × grid value × fold for each seed, fitting N minus the fold', () => {
    const jobs = tuneJobs(config, settings);
    // Early stopping has one run per fold (it scores every check); L2 and the three schemes one per grid value.
    expect(jobs).toHaveLength(settings.seeds * settings.folds * (1 + 4 * settings.grid));
    expect(jobs.map((j) => j.index)).toEqual(jobs.map((_, i) => i));
    expect(new Set(jobs.map((j) => j.seed))).toEqual(new Set([40, 41]));
    expect(jobs.every((j) => j.n === 24 - 6 && j.steps === 300 && j.folds === 4)).toBe(true);
    const firstSeed = jobs.filter((j) => j.seed === 40);
    expect(firstSeed.filter((j) => j.method === 'l2').map((j) => [j.value, j.fold])).toEqual(l2Grid(3).flatMap((v) => [0, 1, 2, 3].map((f) => [v, f])));
    expect(firstSeed.filter((j) => j.method === 'gaussian').map((j) => j.value)).toEqual(pGrid(3).flatMap((v) => [v, v, v, v]));
    expect(TUNED_METHODS).toEqual(['early-stopping', 'l2', 'bernoulli', 'gaussian', 'dropconnect']);
  });

  it('grids stay inside the settings’ limits and are increasing', () => {
    for (const size of [2, 3, 6]) {
      const l2 = l2Grid(size);
      const p = pGrid(size);
      expect(l2).toHaveLength(size);
      expect(p[0]).toBe(0.1);
      expect(p[size - 1]).toBe(0.7);
      expect(l2[0]).toBeCloseTo(1e-4, 10);
      expect(l2[size - 1]).toBeCloseTo(0.1, 10);
      for (let i = 1; i < size; i++) expect(l2[i] > l2[i - 1] && p[i] > p[i - 1]).toBe(true);
    }
    const checks = stopChecks(3000);
    // Dense early (the validation error of 24 points often bottoms out in the first hundred steps), ending at the run's end.
    expect(checks).toHaveLength(30);
    expect(checks[0]).toBe(10);
    expect(checks[checks.length - 1]).toBe(3000);
    expect(checks.filter((s) => s <= 100).length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < checks.length; i++) expect(checks[i]).toBeGreaterThan(checks[i - 1]);
    expect(stopChecks(10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stopChecks(1)).toEqual([1]);
  });

  it('the final stage runs every method once per seed, with its choice, at its N', () => {
    const choices = [
      { method: 'early-stopping' as const, seedIndex: 0, value: 120 },
      { method: 'l2' as const, seedIndex: 0, value: 0.01 },
      { method: 'bernoulli' as const, seedIndex: 1, value: 0.4 },
    ];
    const jobs = finalJobs(config, finalPlanOf({ ...settings }, choices));
    expect(jobs.map((j) => j.method)).toEqual([...REGULARIZER_METHODS, ...REGULARIZER_METHODS]);
    const of = (seed: number, method: string) => jobs.find((j) => j.seed === seed && j.method === method);
    expect(of(40, 'early-stopping')).toMatchObject({ value: 120, steps: 120, n: 24 });
    expect(of(40, 'none')).toMatchObject({ steps: 300, n: 24 });
    expect(of(40, 'data-4x')).toMatchObject({ steps: 300, n: 96 });
    expect(of(40, 'data-16x')).toMatchObject({ steps: 300, n: 384 });
    expect(comparisonRunConfig(config, of(40, 'l2') ?? jobs[0])).toMatchObject({ l2: 0.01, dropout: [0, 0], seed: 40 });
    expect(comparisonRunConfig(config, of(41, 'bernoulli') ?? jobs[0])).toMatchObject({ l2: 0, dropout: [0, 0.4], scheme: 'bernoulli', seed: 41 });
    // A run with the main view's dropout on still compares without it.
    expect(comparisonRunConfig({ ...config, dropout: [0.2, 0.5], l2: 0.3 }, of(40, 'none') ?? jobs[0])).toMatchObject({ l2: 0, dropout: [0, 0] });
    const work = comparisonWork(config, settings);
    expect(work).toMatchObject({ tuneRuns: tuneJobs(config, settings).length, finalRuns: 16 });
    expect(work.finalWork).toBe(2 * 300 * (6 * 24 + 96 + 384));
  });
});

describe('choosing a knob', () => {
  /** Tuning results whose validation MSE is `score(method, value, fold, seed)`. */
  function scored(score: (method: string, value: number, fold: number, seedIndex: number) => number[]): TuneResult[] {
    const jobs = tuneJobs(config, settings);
    const perSeed = jobs.length / settings.seeds;
    return jobs.map((j) => ({ ...j, valMse: score(j.method, j.value, j.fold, Math.floor(j.index / perSeed)) }));
  }

  it('takes the argmin of the mean validation MSE over folds, not of any one fold', () => {
    const [low, mid, high] = pGrid(3);
    // Fold 0 alone favours p = low by far; the mean over the folds favours mid.
    const results = scored((method, value, fold, seed) => {
      const curve = stopChecks(settings.steps).map((step, c) => (c === 10 + 4 * seed ? 0.1 : 0.5) + (fold === 0 && step === 300 ? -0.45 : 0));
      if (method === 'early-stopping') return curve;
      if (method === 'l2') return [value === l2Grid(3)[2 - seed] ? 0.2 : 0.3];
      const table: Record<number, number[]> = { [low]: [0.01, 0.5, 0.5, 0.5], [mid]: [0.3, 0.3, 0.3, 0.3], [high]: [0.4, 0.4, 0.4, 0.4] };
      return [table[value][fold]];
    });
    const choices = chooseKnobs(settings, results);
    const chosen = (method: string, seedIndex: number) => choices.find((c) => c.method === method && c.seedIndex === seedIndex)?.value;
    expect(chosen('bernoulli', 0)).toBe(mid);
    expect(chosen('dropconnect', 1)).toBe(mid);
    expect(chosen('l2', 0)).toBe(l2Grid(3)[2]);
    expect(chosen('l2', 1)).toBe(l2Grid(3)[1]);
    // Mean curve: 0.1 at the seed's check, while fold 0's dip at the last step averages to (0.05 + 0.5 × 3) / 4 = 0.39.
    expect(chosen('early-stopping', 0)).toBe(stopChecks(settings.steps)[10]);
    expect(chosen('early-stopping', 1)).toBe(stopChecks(settings.steps)[14]);
    expect(choices).toHaveLength(settings.seeds * TUNED_METHODS.length);
  });

  it('a diverged value is never chosen; the first value wins a tie', () => {
    const results = scored((method, value) =>
      method === 'early-stopping' ? stopChecks(settings.steps).map(() => 0.2) : [value === pGrid(3)[0] || value === l2Grid(3)[0] ? Number.NaN : 0.2],
    );
    const choices = chooseKnobs(settings, results);
    expect(choices.find((c) => c.method === 'gaussian')?.value).toBe(pGrid(3)[1]);
    expect(choices.find((c) => c.method === 'l2')?.value).toBe(l2Grid(3)[1]);
    expect(choices.find((c) => c.method === 'early-stopping')?.value).toBe(stopChecks(settings.steps)[0]);
    expect(knobGrid('none', 300, 3)).toEqual([]);
  });
});
