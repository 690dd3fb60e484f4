/**
 * The regularizer comparison (issue 16), pure: its methods, their knobs and
 * grids, and the two stages it runs on the sweep pool. Stage "tune" trains
 * every tuned method's every grid value on every fold of every seed's
 * training points and scores it on that fold's held-out points; stage "final"
 * retrains each method on all N training points with the knob the tuning
 * chose (argmin of the mean validation MSE over folds), and only then reads
 * the test set. The sweep store runs the stages; the workers build the same
 * job lists from the same plans.
 */
import { DATA_LIMITS } from '../data/config';
import type { DropoutSchemeName } from '../model/config';
import { mainPList } from './main-p';
import type { ExperimentConfig } from './types';

export const REGULARIZER_METHODS = ['none', 'early-stopping', 'l2', 'bernoulli', 'gaussian', 'dropconnect', 'data-4x', 'data-16x'] as const;
export type RegularizerMethod = (typeof REGULARIZER_METHODS)[number];

/** What a method tunes: the stopping step, λ, p, or nothing. */
export type Knob = 'none' | 'steps' | 'l2' | 'p';

interface MethodSpec {
  knob: Knob;
  /** The dropout scheme of a dropout method. */
  scheme: DropoutSchemeName | null;
  /** Training points relative to the configuration's N. */
  dataFactor: number;
}

export const METHOD_SPECS: Readonly<Record<RegularizerMethod, MethodSpec>> = {
  none: { knob: 'none', scheme: null, dataFactor: 1 },
  'early-stopping': { knob: 'steps', scheme: null, dataFactor: 1 },
  l2: { knob: 'l2', scheme: null, dataFactor: 1 },
  bernoulli: { knob: 'p', scheme: 'bernoulli', dataFactor: 1 },
  gaussian: { knob: 'p', scheme: 'gaussian', dataFactor: 1 },
  dropconnect: { knob: 'p', scheme: 'dropconnect', dataFactor: 1 },
  'data-4x': { knob: 'none', scheme: null, dataFactor: 4 },
  'data-16x': { knob: 'none', scheme: null, dataFactor: 16 },
};

/** The methods that tune a knob on validation folds. */
export const TUNED_METHODS: readonly RegularizerMethod[] = REGULARIZER_METHODS.filter((m) => METHOD_SPECS[m].knob !== 'none');

export const COMPARISON_LIMITS = {
  folds: { min: 2, max: 8 },
  grid: { min: 2, max: 6 },
} as const;

/** The L2 grid spans λ = 10⁻⁴ … 10⁻¹ evenly in log λ; the p grid spans 0.1 … 0.7. */
const L2_SPAN = { min: -4, max: -1 } as const;
const P_SPAN = { min: 0.1, max: 0.7 } as const;
/**
 * Early stopping scores the validation MSE at up to this many steps, spaced
 * evenly in log(step) from steps/300 to the end: the validation error of a
 * small data set often bottoms out in the first hundred steps, so the early
 * checks are dense (an even grid would make stopping early look worse than it is).
 */
export const STOP_CHECKS = 30;
const FIRST_CHECK_FRACTION = 1 / 300;

const spread = (size: number, min: number, max: number) => Array.from({ length: size }, (_, i) => (size === 1 ? min : min + ((max - min) * i) / (size - 1)));

/** λ values of a grid of `size`. */
export function l2Grid(size: number): number[] {
  return spread(size, L2_SPAN.min, L2_SPAN.max).map((e) => Number((10 ** e).toPrecision(3)));
}

/** Drop probabilities of a grid of `size`. */
export function pGrid(size: number): number[] {
  return spread(size, P_SPAN.min, P_SPAN.max).map((p) => Math.round(p * 1000) / 1000);
}

/** The steps at which early stopping scores a run of `steps`, increasing, the last one `steps`. */
export function stopChecks(steps: number): number[] {
  const first = Math.max(1, Math.round(steps * FIRST_CHECK_FRACTION));
  const ratio = (steps / first) ** (1 / (STOP_CHECKS - 1));
  const checks = Array.from({ length: STOP_CHECKS }, (_, i) => Math.round(first * ratio ** i));
  checks[checks.length - 1] = steps;
  return [...new Set(checks)].filter((step) => step >= 1 && step <= steps);
}

/** The grid a tuned method tries (early stopping: the run's length; it scores every check of it). */
export function knobGrid(method: RegularizerMethod, steps: number, size: number): number[] {
  switch (METHOD_SPECS[method].knob) {
    case 'steps':
      return [steps];
    case 'l2':
      return l2Grid(size);
    case 'p':
      return pGrid(size);
    case 'none':
      return [];
  }
}

/** Settings of a comparison: steps of a full run, seeds, folds and grid size. */
export interface ComparisonSettings {
  steps: number;
  seeds: number;
  folds: number;
  grid: number;
}

export interface TunePlan extends ComparisonSettings {
  kind: 'regularizers';
  stage: 'tune';
}

/** The knob a method uses for one seed's final run. */
export interface KnobChoice {
  method: RegularizerMethod;
  /** Index of the seed (0 … seeds − 1). */
  seedIndex: number;
  /** The stopping step, λ or p; for an untuned method its run's steps. */
  value: number;
}

export interface FinalPlan extends ComparisonSettings {
  kind: 'regularizers';
  stage: 'final';
  /** One per tuned method and seed. */
  choices: KnobChoice[];
}

export type ComparisonPlan = TunePlan | FinalPlan;

/** A tuning run: `method` with knob `value`, trained on every training point but fold `fold`'s, scored on fold `fold`'s. */
export interface TuneJob {
  index: number;
  stage: 'tune';
  method: RegularizerMethod;
  value: number;
  fold: number;
  folds: number;
  seed: number;
  /** Training points the run fits (N minus the fold's). */
  n: number;
  steps: number;
}

/** Validation MSE (eval mode) on the held-out fold: one per stopping check for early stopping, one at the end otherwise. */
export interface TuneResult extends TuneJob {
  valMse: number[];
}

/** A final run: `method` with its chosen knob `value` on all training points (× its data factor), then the test set. */
export interface FinalJob {
  index: number;
  stage: 'final';
  method: RegularizerMethod;
  value: number;
  seed: number;
  n: number;
  steps: number;
}

export interface FinalResult extends FinalJob {
  trainMse: number;
  testMse: number;
}

const SEED_SPAN = DATA_LIMITS.seed.max + 1;

/** The k-th seed of a sweep: config.seed + k, wrapping inside the allowed seed range. */
export function sweepSeed(base: number, k: number): number {
  return (base + k) % SEED_SPAN;
}

/** The fold of training point i: the points go round the folds in order (they are drawn independently, so this is a random split). */
export function foldOf(i: number, folds: number): number {
  return i % folds;
}

/** Points of fold `fold` among n. */
export function foldSize(n: number, folds: number, fold: number): number {
  return Math.floor(n / folds) + (fold < n % folds ? 1 : 0);
}

/** Training points of a method's final run: N × its data factor, at most the data limit. */
export function methodN(config: ExperimentConfig, method: RegularizerMethod): number {
  return Math.min(DATA_LIMITS.n.max, config.n * METHOD_SPECS[method].dataFactor);
}

/** The tuning runs in order: seed, then method, then grid value, then fold (a seed's tuning finishes first). */
export function tuneJobs(config: ExperimentConfig, plan: ComparisonSettings): TuneJob[] {
  const jobs: TuneJob[] = [];
  for (let k = 0; k < plan.seeds; k++) {
    for (const method of TUNED_METHODS) {
      for (const value of knobGrid(method, plan.steps, plan.grid)) {
        for (let fold = 0; fold < plan.folds; fold++) {
          const n = config.n - foldSize(config.n, plan.folds, fold);
          jobs.push({ index: jobs.length, stage: 'tune', method, value, fold, folds: plan.folds, seed: sweepSeed(config.seed, k), n, steps: plan.steps });
        }
      }
    }
  }
  return jobs;
}

/** A final run's steps: early stopping's chosen step, the full run otherwise. */
function finalSteps(method: RegularizerMethod, value: number, steps: number): number {
  return METHOD_SPECS[method].knob === 'steps' ? value : steps;
}

/** The final runs in order: seed, then method (every method of REGULARIZER_METHODS). */
export function finalJobs(config: ExperimentConfig, plan: FinalPlan): FinalJob[] {
  const jobs: FinalJob[] = [];
  for (let k = 0; k < plan.seeds; k++) {
    for (const method of REGULARIZER_METHODS) {
      const chosen = plan.choices.find((c) => c.method === method && c.seedIndex === k);
      const value = METHOD_SPECS[method].knob === 'none' ? plan.steps : (chosen?.value ?? Number.NaN);
      jobs.push({
        index: jobs.length,
        stage: 'final',
        method,
        value,
        seed: sweepSeed(config.seed, k),
        n: methodN(config, method),
        steps: finalSteps(method, value, plan.steps),
      });
    }
  }
  return jobs;
}

/** The runs of a stage. */
export function comparisonJobs(config: ExperimentConfig, plan: ComparisonPlan): (TuneJob | FinalJob)[] {
  return plan.stage === 'tune' ? tuneJobs(config, plan) : finalJobs(config, plan);
}

/** The configuration a comparison run trains: no regularization but the method's own, at its N and seed. */
export function comparisonRunConfig(config: ExperimentConfig, job: TuneJob | FinalJob): ExperimentConfig {
  const spec = METHOD_SPECS[job.method];
  const p = spec.knob === 'p' ? job.value : 0;
  const n = job.stage === 'final' ? job.n : config.n;
  return {
    ...config,
    dropout: mainPList(config.hiddenLayers.length, p),
    scheme: spec.scheme ?? config.scheme,
    l2: spec.knob === 'l2' ? job.value : 0,
    n,
    seed: job.seed,
  };
}

/** The index of the smallest finite value (the first on ties), or −1 when none is finite. */
export function argmin(values: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i]) && (best < 0 || values[i] < values[best])) best = i;
  }
  return best;
}

/** Mean over folds of each score position (a non-finite score makes its mean non-finite). */
function meanOverFolds(results: readonly TuneResult[]): number[] {
  const length = results[0]?.valMse.length ?? 0;
  return Array.from({ length }, (_, i) => results.reduce((sum, r) => sum + (r.valMse[i] ?? Number.NaN), 0) / results.length);
}

/**
 * Each tuned method's knob for each seed: the grid value (early stopping: the
 * stopping check) with the lowest mean validation MSE over the folds. Reads
 * validation scores only. When every value diverged, the first grid value.
 */
export function chooseKnobs(plan: ComparisonSettings, results: readonly TuneResult[]): KnobChoice[] {
  const choices: KnobChoice[] = [];
  for (let k = 0; k < plan.seeds; k++) {
    for (const method of TUNED_METHODS) {
      const mine = results.filter((r) => r.method === method && seedIndexOfTune(plan, r.index) === k);
      if (METHOD_SPECS[method].knob === 'steps') {
        const checks = stopChecks(plan.steps);
        const at = argmin(meanOverFolds(mine));
        choices.push({ method, seedIndex: k, value: checks[Math.max(0, at)] });
      } else {
        const grid = knobGrid(method, plan.steps, plan.grid);
        const means = grid.map((value) => {
          const runs = mine.filter((r) => r.value === value);
          return runs.length === 0 ? Number.NaN : (meanOverFolds(runs)[0] ?? Number.NaN);
        });
        choices.push({ method, seedIndex: k, value: grid[Math.max(0, argmin(means))] });
      }
    }
  }
  return choices;
}

/** Tuning runs per seed. */
export function tunePerSeed(plan: ComparisonSettings): number {
  return TUNED_METHODS.reduce((sum, m) => sum + knobGrid(m, plan.steps, plan.grid).length, 0) * plan.folds;
}

/** The seed index of tuning run `index`. */
export function seedIndexOfTune(plan: ComparisonSettings, index: number): number {
  return Math.floor(index / tunePerSeed(plan));
}

/** The final stage of a comparison, given its choices. */
export function finalPlanOf(plan: ComparisonSettings, choices: KnobChoice[]): FinalPlan {
  const { steps, seeds, folds, grid } = plan;
  return { kind: 'regularizers', stage: 'final', steps, seeds, folds, grid, choices };
}

export function tunePlanOf(settings: ComparisonSettings): TunePlan {
  const { steps, seeds, folds, grid } = settings;
  return { kind: 'regularizers', stage: 'tune', steps, seeds, folds, grid };
}

/** Why this configuration cannot be compared, or null. */
export function comparisonProblem(config: ExperimentConfig, folds: number): string | null {
  if (config.dataset === 'custom') return 'The comparison needs generated data (it trains on 4× and 16× the points). Choose a dataset such as sine.';
  if (folds > config.n) return `The comparison holds out one of ${folds} folds of the training points: N must be at least ${folds} (it is ${config.n}).`;
  return null;
}

/** Runs and work of the two stages (the final stage counted with full-length runs: early stopping's step is not chosen yet). */
export function comparisonWork(config: ExperimentConfig, settings: ComparisonSettings) {
  const tune = tuneJobs(config, settings);
  const final = finalJobs(config, finalPlanOf(settings, []));
  const work = (jobs: readonly (TuneJob | FinalJob)[]) => jobs.reduce((sum, job) => sum + job.n * settings.steps, 0);
  return { tuneRuns: tune.length, finalRuns: final.length, tuneWork: work(tune), finalWork: work(final) };
}
