/**
 * The sweep's messages, types only; every switch over them ends in an
 * exhaustive `never` check. Two pairs of unions:
 *  - the sweep store ↔ the page's sweep client (SweepCommand, SweepEvent):
 *    start or cancel a whole sweep; hear its results and progress;
 *  - the client's pool ↔ each sweep worker (ToSweepWorker, FromSweepWorker):
 *    a worker learns the sweep once, then trains the runs it is handed by index.
 */
import type { SweepPlan } from '../experiment/sweep-plan';
import type { ComparisonPlan, FinalJob, FinalResult, TuneJob, TuneResult } from '../experiment/regularizers-plan';
import type { ExperimentConfig } from '../experiment/types';

export type { ComparisonPlan, FinalJob, FinalResult, TuneJob, TuneResult };

/** One run of a sweep. */
export interface SweepJob {
  /** Position in the sweep's run order, 0-based. */
  index: number;
  /** The grid value: p (kind 'p') or N (kind 'n'). */
  value: number;
  /** The drop probability of every hidden layer in this run. */
  p: number;
  /** Training points in this run. */
  n: number;
  seed: number;
}

/** A finished run: the eval-mode (dropout off) MSE on the whole train and test sets after the last step. */
export interface SweepResult extends SweepJob {
  trainMse: number;
  testMse: number;
}

/** What a pool runs: a grid sweep, or one stage of the regularizer comparison. */
export type AnyPlan = SweepPlan | ComparisonPlan;
/** A run of any plan; a comparison's runs carry their `stage`. */
export type PoolJob = SweepJob | TuneJob | FinalJob;
export type PoolResult = SweepResult | TuneResult | FinalResult;

export type SweepCommand =
  /** Starts a sweep (cancelling any sweep in progress). `id` tags every reply. */
  { type: 'start'; id: number; config: ExperimentConfig; plan: AnyPlan } | { type: 'cancel'; id: number };

export type SweepEvent =
  /** The sweep's size, once it has been checked. */
  | { type: 'started'; id: number; total: number }
  /** One run finished; `done` runs of `total` so far, `fraction` of the work (runs weighted by their cost). */
  | { type: 'result'; id: number; result: PoolResult; done: number; total: number; fraction: number }
  /** Between results, a few times a second. */
  | { type: 'progress'; id: number; done: number; total: number; fraction: number }
  /** How many workers train this sweep's runs now (it changes when the main run pauses or plays). */
  | { type: 'workers'; id: number; count: number }
  | { type: 'finished'; id: number }
  /** The sweep could not start or stopped on an error; `message` says what went wrong. */
  | { type: 'failed'; id: number; message: string };

export type ToSweepWorker =
  /** The sweep this worker will take runs of (replacing any other): it checks the plan and answers started or failed. */
  | { type: 'start'; id: number; config: ExperimentConfig; plan: AnyPlan }
  /** Trains run `index` of sweep `id` after the runs already handed to this worker. */
  | { type: 'run'; id: number; index: number }
  /** Takes back run `index`, handed earlier, if it has not begun (another worker that ran out of work takes it). */
  | { type: 'drop'; id: number; index: number }
  /** Drops sweep `id`: the run in progress and those waiting. */
  | { type: 'cancel'; id: number };

export type FromSweepWorker =
  | { type: 'started'; id: number; total: number }
  | { type: 'result'; id: number; result: PoolResult }
  /** A few times a second: `steps` of run `index` are done. */
  | { type: 'progress'; id: number; index: number; steps: number }
  | { type: 'failed'; id: number; message: string };
