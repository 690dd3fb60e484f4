/**
 * The page's ledger of one sweep run by a pool: which runs wait, which are
 * out with a worker and how far along, which are done; the share of the work
 * done (runs weighted by their cost) and the results in run order. Pure: no
 * workers, no clock.
 */
import type { ExperimentConfig } from '../experiment/types';
import { examplesPerStep, poolJobCost, poolJobs } from './jobs';
import type { AnyPlan, PoolJob, PoolResult } from './protocol';

export class SweepSchedule {
  readonly jobs: readonly PoolJob[];
  private readonly costs: readonly number[];
  private readonly perStep: readonly number[];
  private readonly totalCost: number;
  /** Runs not handed out, lowest index first. */
  private waiting: number[];
  /** Runs handed out and not done: index → steps done as last reported. */
  private readonly out = new Map<number, number>();
  private readonly results: (PoolResult | undefined)[];
  private doneCount = 0;
  private doneCost = 0;

  constructor(config: ExperimentConfig, plan: AnyPlan) {
    this.jobs = poolJobs(config, plan);
    this.costs = this.jobs.map((job) => poolJobCost(config, plan, job));
    this.perStep = this.jobs.map((job) => examplesPerStep(config, job.n));
    this.totalCost = this.costs.reduce((sum, c) => sum + c, 0);
    this.waiting = this.jobs.map((job) => job.index);
    this.results = this.jobs.map(() => undefined);
  }

  get total(): number {
    return this.jobs.length;
  }

  get done(): number {
    return this.doneCount;
  }

  get finished(): boolean {
    return this.doneCount === this.jobs.length;
  }

  /** Runs neither done nor handed out. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /** The share of the work done, 0–1, counting the reported steps of runs in progress. */
  get fraction(): number {
    if (this.totalCost <= 0) return 1;
    let partial = 0;
    for (const [index, steps] of this.out) partial += steps * this.perStep[index];
    return Math.min(1, (this.doneCost + partial) / this.totalCost);
  }

  /** The finished runs in run order (whatever order they finished in). */
  finishedResults(): PoolResult[] {
    return this.results.filter((r): r is PoolResult => r !== undefined);
  }

  /** The lowest-numbered waiting run, now handed out; null when none waits. */
  take(): number | null {
    const index = this.waiting.shift();
    if (index === undefined) return null;
    this.out.set(index, 0);
    return index;
  }

  /** Runs handed out that will not finish where they went (a worker was withdrawn): they wait again, from step 0. */
  giveBack(indices: Iterable<number>): void {
    for (const index of indices) {
      if (!this.out.delete(index)) continue;
      this.waiting.push(index);
    }
    this.waiting.sort((a, b) => a - b);
  }

  progress(index: number, steps: number): void {
    if (this.out.has(index) && Number.isFinite(steps)) this.out.set(index, Math.max(0, steps));
  }

  /** Records a result; false (and nothing changes) for a run that is not out, such as one already done or given back. */
  complete(result: PoolResult): boolean {
    const { index } = result;
    if (!this.out.delete(index)) return false;
    this.results[index] = result;
    this.doneCount++;
    this.doneCost += this.costs[index];
    return true;
  }
}
