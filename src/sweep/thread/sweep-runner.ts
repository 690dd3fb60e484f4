/**
 * The sweep itself, pure and testable in Node: for every grid value, series
 * and seed, a fresh run of the current configuration (createRun), `steps`
 * optimizer steps, then the eval-mode MSE on the train and test sets. A runner
 * trains the runs it is handed (by index, in the order handed), and a run can
 * be interrupted between steps, so a caller can slice the work (the sweep
 * worker gives it ~12 ms at a time). Each run depends only on the
 * configuration, the plan and its index, never on which runner trains it or
 * what it trained before: a pool of runners gives a serial runner's numbers.
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
import { planJobs } from '../jobs';

/** The runner's own sanity limits (the page's settings are narrower). */
export const RUNNER_LIMITS = {
  steps: { min: 1, max: 1_000_000 },
  seeds: { min: 1, max: 100 },
  gridSize: { min: 1, max: 64 },
  seriesCount: { min: 1, max: 8 },
} as const;

/** How many steps run between two looks at the clock. */
const CHECK_EVERY = 8;

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

/** The configuration of one run: the sweep's configuration with the job's p (every hidden layer), N and seed. */
export function jobConfig(config: ExperimentConfig, job: SweepJob): ExperimentConfig {
  return { ...config, dropout: mainPList(config.hiddenLayers.length, job.p), n: job.n, seed: job.seed };
}

interface Current {
  job: SweepJob;
  run: Run;
  stepsDone: number;
}

/**
 * Trains the runs handed to it: `work(stop)` steps the current run until it
 * ends (returning its result) or `stop()` says so (returning null, to be
 * resumed by the next call). It is also an iterator over the results.
 */
export class SweepRunner implements IterableIterator<SweepResult> {
  readonly jobs: readonly SweepJob[];
  /** Indices handed to this runner and not yet begun, in order. */
  private readonly queue: number[] = [];
  private current: Current | null = null;

  /** Throws a ConfigError when the plan or a run it would make is invalid. */
  constructor(
    private readonly config: ExperimentConfig,
    private readonly plan: SweepPlan,
  ) {
    validatePlan(config, plan);
    this.jobs = planJobs(config, plan);
    for (const job of this.jobs) validateExperiment(jobConfig(config, job));
  }

  /** A runner handed every run of the plan in order: a serial sweep. */
  static serial(config: ExperimentConfig, plan: SweepPlan): SweepRunner {
    const runner = new SweepRunner(config, plan);
    for (const job of runner.jobs) runner.enqueue(job.index);
    return runner;
  }

  /** Runs in the sweep. */
  get total(): number {
    return this.jobs.length;
  }

  /** Nothing in progress and nothing waiting. */
  get idle(): boolean {
    return this.current === null && this.queue.length === 0;
  }

  /** The run in progress and its steps done, or null. */
  get inProgress(): { index: number; steps: number } | null {
    return this.current === null ? null : { index: this.current.job.index, steps: this.current.stepsDone };
  }

  /** Hands run `index` to this runner, after those already handed. Throws a RangeError for an index outside the plan. */
  enqueue(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.jobs.length) throw new RangeError(`run ${index}: the sweep has runs 0–${this.jobs.length - 1}`);
    this.queue.push(index);
  }

  /** Takes run `index` back if it waits in the queue; true when it did (a run in progress stays). */
  unqueue(index: number): boolean {
    const at = this.queue.indexOf(index);
    if (at < 0) return false;
    this.queue.splice(at, 1);
    return true;
  }

  /**
   * Trains until the current run ends, then returns its result; or, when
   * `stop()` returns true (asked every few steps), returns null and keeps the
   * run for the next call. Returns null when idle.
   */
  work(stop: () => boolean = () => false): SweepResult | null {
    const current = this.current ?? this.begin();
    if (current === null) return null;
    const steps = this.plan.steps;
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

  next(): IteratorResult<SweepResult> {
    const result = this.work();
    return result === null ? { done: true, value: undefined } : { done: false, value: result };
  }

  [Symbol.iterator](): IterableIterator<SweepResult> {
    return this;
  }

  private begin(): Current | null {
    const index = this.queue.shift();
    if (index === undefined) return null;
    const job = this.jobs[index];
    const current = { job, run: createRun(jobConfig(this.config, job)), stepsDone: 0 };
    this.current = current;
    return current;
  }

  private end(current: Current): SweepResult {
    const { dataset, training } = current.run;
    const trainMse = evalMse(training.net, dataset.trainX, dataset.trainY);
    const testMse = evalMse(training.net, dataset.testX, dataset.testY);
    this.current = null;
    return { ...current.job, trainMse, testMse };
  }
}
