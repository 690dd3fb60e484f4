/**
 * The runs of a sweep and what each costs, pure and without the kernel: the
 * page's pool hands these out by index, the worker's runner trains them. Both
 * sides build the same list from the same configuration and plan.
 */
import { DATA_LIMITS } from '../data/config';
import type { ExperimentConfig } from '../experiment/types';
import type { SweepPlan } from '../experiment/sweep-plan';
import type { SweepJob } from './protocol';

const SEED_SPAN = DATA_LIMITS.seed.max + 1;

/** The k-th seed of a sweep: config.seed + k, wrapping inside the allowed seed range. */
export function sweepSeed(base: number, k: number): number {
  return (base + k) % SEED_SPAN;
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
