/**
 * The sweep itself, pure and testable in Node: for every grid value, series
 * and seed, a fresh run of the current configuration (createRun), `steps`
 * optimizer steps, then the eval-mode MSE on the train and test sets. Runs are
 * produced one at a time, and a run can be interrupted between steps, so a
 * caller can slice the work (the sweep worker gives it ~12 ms at a time).
 */
import { DATA_LIMITS } from '../../data/config';
import { MODEL_LIMITS } from '../../model/config';
import { evalMse } from '../../model/loss';
import { checkNumber, ConfigError } from '../../model/validation';
import { createRun, type Run, validateExperiment } from '../../training/create-run';
import type { ExperimentConfig } from '../../experiment/types';
import { mainPList } from '../../experiment/main-p';
import type { SweepJob, SweepResult } from '../protocol';
import type { SweepPlan } from '../../experiment/sweep-plan';

/** The runner's own sanity limits (the page's settings are narrower). */
export const RUNNER_LIMITS = {
  steps: { min: 1, max: 1_000_000 },
  seeds: { min: 1, max: 100 },
  gridSize: { min: 1, max: 64 },
  seriesCount: { min: 1, max: 8 },
} as const;

/** How many steps run between two looks at the clock. */
const CHECK_EVERY = 8;

const SEED_SPAN = DATA_LIMITS.seed.max + 1;

/** The k-th seed of a sweep: config.seed + k, wrapping inside the allowed seed range. */
export function sweepSeed(base: number, k: number): number {
  return (base + k) % SEED_SPAN;
}

/** Throws a ConfigError naming the first bad setting of the plan, or of a run it would make. */
export function validatePlan(config: ExperimentConfig, plan: SweepPlan): void {
  checkNumber('steps', plan.steps, RUNNER_LIMITS.steps, true);
  checkNumber('seeds', plan.seeds, RUNNER_LIMITS.seeds, true);
  checkNumber('grid size', plan.values.length, RUNNER_LIMITS.gridSize, true);
  if (plan.kind === 'p') {
    plan.values.forEach((p, i) => checkNumber(`p[${i}]`, p, MODEL_LIMITS.dropout));
  } else {
    if (config.dataset === 'custom') throw new ConfigError('dataset', 'a sweep over N needs a generated dataset, not custom points (their number is fixed)');
    plan.values.forEach((n, i) => checkNumber(`N[${i}]`, n, DATA_LIMITS.n, true));
    checkNumber('series count', plan.series.length, RUNNER_LIMITS.seriesCount, true);
    plan.series.forEach((p, i) => checkNumber(`series p[${i}]`, p, MODEL_LIMITS.dropout));
  }
  validateExperiment(config);
}

/** The runs of a plan in order: grid value, then series, then seed (so each grid value completes before the next). */
export function planJobs(config: ExperimentConfig, plan: SweepPlan): SweepJob[] {
  const jobs: SweepJob[] = [];
  for (const value of plan.values) {
    const series = plan.kind === 'p' ? [value] : plan.series;
    for (const p of series) {
      for (let k = 0; k < plan.seeds; k++) {
        const n = plan.kind === 'n' ? value : config.n;
        jobs.push({ index: jobs.length, value, p, n, seed: sweepSeed(config.seed, k) });
      }
    }
  }
  return jobs;
}

/** The configuration of one run: the sweep's configuration with the job's p (every hidden layer), N and seed. */
export function jobConfig(config: ExperimentConfig, job: SweepJob): ExperimentConfig {
  return { ...config, dropout: mainPList(config.hiddenLayers.length, job.p), n: job.n, seed: job.seed };
}

/** Examples through the network per step (the per-example cost is the same for every run of a sweep). */
function examplesPerStep(config: ExperimentConfig, n: number): number {
  const trainCount = config.dataset === 'custom' ? (config.points?.length ?? 0) : n;
  return config.batchSize === 0 || config.batchSize >= trainCount ? trainCount : config.batchSize;
}

/** A run's cost in example passes: its steps, then the evaluation on the train and test sets. */
function jobCost(config: ExperimentConfig, job: SweepJob, steps: number): number {
  const perStep = examplesPerStep(config, job.n);
  return steps * perStep + perStep + config.testCount;
}

interface Current {
  job: SweepJob;
  run: Run;
  stepsDone: number;
  perStep: number;
}

/**
 * Runs a sweep one run at a time: `work(stop)` steps the current run until it
 * ends (returning its result) or `stop()` says so (returning null, to be
 * resumed by the next call). It is also an iterator over the results.
 */
export class SweepRunner implements IterableIterator<SweepResult> {
  readonly jobs: readonly SweepJob[];
  private readonly costs: number[];
  private readonly totalCost: number;
  private doneCost = 0;
  private nextJob = 0;
  private finishedRuns = 0;
  private current: Current | null = null;

  /** Throws a ConfigError when the plan or a run it would make is invalid. */
  constructor(
    private readonly config: ExperimentConfig,
    private readonly plan: SweepPlan,
  ) {
    validatePlan(config, plan);
    this.jobs = planJobs(config, plan);
    for (const job of this.jobs) validateExperiment(jobConfig(config, job));
    this.costs = this.jobs.map((job) => jobCost(config, job, plan.steps));
    this.totalCost = this.costs.reduce((sum, c) => sum + c, 0);
  }

  /** Runs in the sweep. */
  get total(): number {
    return this.jobs.length;
  }

  /** Runs finished so far. */
  get done(): number {
    return this.finishedRuns;
  }

  get finished(): boolean {
    return this.finishedRuns === this.jobs.length;
  }

  /** The share of the work done, 0–1, counting steps of the run in progress; runs weigh by their cost (a larger N costs more). */
  get fraction(): number {
    if (this.totalCost <= 0) return 1;
    const partial = this.current === null ? 0 : this.current.stepsDone * this.current.perStep;
    return Math.min(1, (this.doneCost + partial) / this.totalCost);
  }

  /**
   * Trains until the current run ends, then returns its result; or, when
   * `stop()` returns true (asked every few steps), returns null and keeps the
   * run for the next call. Returns null once every run is done.
   */
  work(stop: () => boolean = () => false): SweepResult | null {
    const steps = this.plan.steps;
    while (!this.finished) {
      const current = this.current ?? this.begin();
      const { training } = current.run;
      while (current.stepsDone < steps) {
        const loss = training.trainStep();
        current.stepsDone++;
        // A diverged run stays diverged: skip its remaining steps (its MSE is then not finite).
        if (!Number.isFinite(loss)) current.stepsDone = steps;
        if (current.stepsDone % CHECK_EVERY === 0 && current.stepsDone < steps && stop()) return null;
      }
      return this.end(current);
    }
    return null;
  }

  next(): IteratorResult<SweepResult> {
    const result = this.work();
    return result === null ? { done: true, value: undefined } : { done: false, value: result };
  }

  [Symbol.iterator](): IterableIterator<SweepResult> {
    return this;
  }

  private begin(): Current {
    const job = this.jobs[this.nextJob++];
    const run = createRun(jobConfig(this.config, job));
    const current = { job, run, stepsDone: 0, perStep: examplesPerStep(this.config, job.n) };
    this.current = current;
    return current;
  }

  private end(current: Current): SweepResult {
    const { dataset, training } = current.run;
    const trainMse = evalMse(training.net, dataset.trainX, dataset.trainY);
    const testMse = evalMse(training.net, dataset.testX, dataset.testY);
    this.current = null;
    this.doneCost += this.costs[current.job.index];
    this.finishedRuns++;
    return { ...current.job, trainMse, testMse };
  }
}
