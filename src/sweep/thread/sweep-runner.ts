/**
 * The sweep itself, pure and testable in Node: for every grid value, series
 * and seed, a fresh run of the current configuration (createRun), `steps`
 * optimizer steps, then the eval-mode MSE on the train and test sets; or, for
 * a stage of the regularizer comparison, its tuning runs (scored on a
 * validation fold, the test set sealed) or its final runs. A runner
 * trains the runs it is handed (by index, in the order handed), and a run can
 * be interrupted between steps, so a caller can slice the work (the sweep
 * worker gives it ~12 ms at a time). Each run depends only on the
 * configuration, the plan and its index, never on which runner trains it or
 * what it trained before: a pool of runners gives a serial runner's numbers.
 */
import { DATA_LIMITS, type DataConfig } from '../../data/config';
import { type Dataset, makeDataset } from '../../data/datasets';
import { MODEL_LIMITS } from '../../model/config';
import { evalMse } from '../../model/loss';
import { checkNumber, ConfigError } from '../../model/validation';
import { createRun, validateExperiment } from '../../training/create-run';
import type { ExperimentConfig } from '../../experiment/types';
import { mainPList } from '../../experiment/main-p';
import {
  COMPARISON_LIMITS,
  comparisonProblem,
  comparisonRunConfig,
  REGULARIZER_METHODS,
  TUNED_METHODS,
  type ComparisonPlan,
} from '../../experiment/regularizers-plan';
import type { AnyPlan, PoolJob, PoolResult, SweepJob, SweepResult } from '../protocol';
import { poolJobs } from '../jobs';
import { finalTask, type JobTask, type Tuner, tuneTask } from './comparison-tasks';
import { sealTestSet } from './test-set-guard';

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
export function validatePlan(config: ExperimentConfig, plan: AnyPlan): void {
  checkNumber('steps', plan.steps, RUNNER_LIMITS.steps, true);
  checkNumber('seeds', plan.seeds, RUNNER_LIMITS.seeds, true);
  if (plan.kind === 'regularizers') {
    validateComparison(config, plan);
  } else if (plan.kind === 'p') {
    checkNumber('grid size', plan.values.length, RUNNER_LIMITS.gridSize, true);
    plan.values.forEach((p, i) => checkNumber(`p[${i}]`, p, MODEL_LIMITS.dropout));
  } else {
    checkNumber('grid size', plan.values.length, RUNNER_LIMITS.gridSize, true);
    if (config.dataset === 'custom') throw new ConfigError('dataset', 'a sweep over N needs a generated dataset, not custom points (their number is fixed)');
    plan.values.forEach((n, i) => checkNumber(`N[${i}]`, n, DATA_LIMITS.n, true));
    checkNumber('series count', plan.series.length, RUNNER_LIMITS.seriesCount, true);
    plan.series.forEach((p, i) => checkNumber(`series p[${i}]`, p, MODEL_LIMITS.dropout));
  }
  validateExperiment(config);
}

function validateComparison(config: ExperimentConfig, plan: ComparisonPlan): void {
  checkNumber('folds', plan.folds, COMPARISON_LIMITS.folds, true);
  checkNumber('grid', plan.grid, COMPARISON_LIMITS.grid, true);
  const problem = comparisonProblem(config, plan.folds);
  if (problem !== null) throw new ConfigError(config.dataset === 'custom' ? 'dataset' : 'folds', problem);
  if (plan.stage === 'final') {
    plan.choices.forEach((c, i) => {
      if (!REGULARIZER_METHODS.includes(c.method)) throw new ConfigError(`choices[${i}].method`, `must be one of ${REGULARIZER_METHODS.join(', ')}`);
      checkNumber(`choices[${i}].value`, c.value, { min: 0, max: RUNNER_LIMITS.steps.max });
    });
    for (let k = 0; k < plan.seeds; k++) {
      const missing = TUNED_METHODS.find((m) => !plan.choices.some((c) => c.method === m && c.seedIndex === k));
      if (missing !== undefined) throw new ConfigError('choices', `the final stage needs the tuned ${missing} for seed ${k + 1}`);
    }
  }
}

/** The configuration of one run: the sweep's configuration with the job's p (every hidden layer), N and seed. */
export function jobConfig(config: ExperimentConfig, job: SweepJob): ExperimentConfig {
  return { ...config, dropout: mainPList(config.hiddenLayers.length, job.p), n: job.n, seed: job.seed };
}

/** The configuration a run of any plan trains. */
export function poolJobConfig(config: ExperimentConfig, job: PoolJob): ExperimentConfig {
  return 'stage' in job ? comparisonRunConfig(config, job) : jobConfig(config, job);
}

interface Current {
  job: PoolJob;
  task: JobTask<PoolResult>;
  stepsDone: number;
}

/** What a runner builds its runs' data and tuning from (tests inject a counting dataset or a wrong tuner). */
export interface RunnerDeps {
  makeDataset(config: DataConfig): Dataset;
  tuner: Tuner;
}

const DEFAULT_DEPS: RunnerDeps = { makeDataset, tuner: tuneTask };

/** A grid sweep's run: `steps` from scratch, then the train and test sets. */
function gridTask(config: ExperimentConfig, job: SweepJob, steps: number): JobTask<SweepResult> {
  const { dataset, training } = createRun(config);
  return {
    steps,
    step: () => training.trainStep(),
    finish: () => ({
      ...job,
      trainMse: evalMse(training.net, dataset.trainX, dataset.trainY),
      testMse: evalMse(training.net, dataset.testX, dataset.testY),
    }),
  };
}

/**
 * Trains the runs handed to it: `work(stop)` steps the current run until it
 * ends (returning its result) or `stop()` says so (returning null, to be
 * resumed by the next call). It is also an iterator over the results.
 */
export class SweepRunner implements IterableIterator<PoolResult> {
  readonly jobs: readonly PoolJob[];
  /** Indices handed to this runner and not yet begun, in order. */
  private readonly queue: number[] = [];
  private current: Current | null = null;

  /** Throws a ConfigError when the plan or a run it would make is invalid. */
  constructor(
    private readonly config: ExperimentConfig,
    private readonly plan: AnyPlan,
    private readonly deps: RunnerDeps = DEFAULT_DEPS,
  ) {
    validatePlan(config, plan);
    this.jobs = poolJobs(config, plan);
    for (const job of this.jobs) validateExperiment(poolJobConfig(config, job));
  }

  /** A runner handed every run of the plan in order: a serial sweep. */
  static serial(config: ExperimentConfig, plan: AnyPlan, deps?: RunnerDeps): SweepRunner {
    const runner = new SweepRunner(config, plan, deps);
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
  work(stop: () => boolean = () => false): PoolResult | null {
    const current = this.current ?? this.begin();
    if (current === null) return null;
    const { task } = current;
    const steps = task.steps;
    while (current.stepsDone < steps) {
      const loss = task.step();
      current.stepsDone++;
      // A diverged run stays diverged: skip its remaining steps (its MSE is then not finite).
      if (!Number.isFinite(loss)) current.stepsDone = steps;
      if (current.stepsDone % CHECK_EVERY === 0 && current.stepsDone < steps && stop()) return null;
    }
    return this.end(current);
  }

  next(): IteratorResult<PoolResult> {
    const result = this.work();
    return result === null ? { done: true, value: undefined } : { done: false, value: result };
  }

  [Symbol.iterator](): IterableIterator<PoolResult> {
    return this;
  }

  private begin(): Current | null {
    const index = this.queue.shift();
    if (index === undefined) return null;
    const job = this.jobs[index];
    const current = { job, task: this.task(job), stepsDone: 0 };
    this.current = current;
    return current;
  }

  private task(job: PoolJob): JobTask<PoolResult> {
    const config = poolJobConfig(this.config, job);
    if (!('stage' in job)) return gridTask(config, job, this.plan.steps);
    const data = this.deps.makeDataset(config);
    // Tuning never sees the test set: it gets the dataset with its test points sealed.
    return job.stage === 'tune' ? this.deps.tuner(config, job, sealTestSet(data)) : finalTask(config, job, data);
  }

  private end(current: Current): PoolResult {
    this.current = null;
    return current.task.finish();
  }
}
