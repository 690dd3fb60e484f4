/**
 * The runs of a sweep and what each costs, pure and without the kernel: the
 * page's pool hands these out by index, the worker's runner trains them. Both
 * sides build the same list from the same configuration and plan.
 */
import type { ExperimentConfig } from '../experiment/types';
import type { SweepPlan } from '../experiment/sweep-plan';
import { comparisonJobs, sweepSeed } from '../experiment/regularizers-plan';
import type { AnyPlan, PoolJob, PoolResult, SweepJob, SweepResult } from './protocol';

export { sweepSeed };

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

/** Examples through the network per step (the per-example cost is the same for every run of a sweep). */
export function examplesPerStep(config: ExperimentConfig, n: number): number {
  const trainCount = config.dataset === 'custom' ? (config.points?.length ?? 0) : n;
  return config.batchSize === 0 || config.batchSize >= trainCount ? trainCount : config.batchSize;
}

/** A run's cost in example passes: its steps, then the evaluation on the train and test sets. */
export function jobCost(config: ExperimentConfig, job: SweepJob, steps: number): number {
  const perStep = examplesPerStep(config, job.n);
  return steps * perStep + perStep + config.testCount;
}

/** The runs of any plan, grid sweep or comparison stage, in order. */
export function poolJobs(config: ExperimentConfig, plan: AnyPlan): PoolJob[] {
  return plan.kind === 'regularizers' ? comparisonJobs(config, plan) : planJobs(config, plan);
}

/** Optimizer steps of a run. */
export function poolJobSteps(plan: AnyPlan, job: PoolJob): number {
  return 'stage' in job ? job.steps : plan.steps;
}

/** A run's cost in example passes: its steps, then its evaluation (a comparison's tuning scores few points, its final run the test set). */
export function poolJobCost(config: ExperimentConfig, plan: AnyPlan, job: PoolJob): number {
  if (!('stage' in job)) return jobCost(config, job, plan.steps);
  const perStep = examplesPerStep(config, job.n);
  return job.steps * perStep + perStep + (job.stage === 'final' ? config.testCount : 0);
}

/** Whether a result is a grid sweep's (not a comparison stage's). */
export function isGridResult(result: PoolResult): result is SweepResult {
  return !('stage' in result);
}
