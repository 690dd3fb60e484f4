/**
 * The messages between the page and the sweep worker (a second worker, apart
 * from the training one): two discriminated unions, one per direction. Types
 * only; every switch over them ends in an exhaustive `never` check.
 */
import type { SweepPlan } from '../experiment/sweep-plan';
import type { ExperimentConfig } from '../experiment/types';

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

export type ToSweepWorker =
  /** Starts a sweep (cancelling any sweep in progress). `id` tags every reply. */
  { type: 'start'; id: number; config: ExperimentConfig; plan: SweepPlan } | { type: 'cancel'; id: number };

export type FromSweepWorker =
  /** The sweep's size, once it has been checked. */
  | { type: 'started'; id: number; total: number }
  /** One run finished; `done` runs of `total` so far, `fraction` of the work (runs weighted by their cost). */
  | { type: 'result'; id: number; result: SweepResult; done: number; total: number; fraction: number }
  /** Between results, a few times a second. */
  | { type: 'progress'; id: number; done: number; total: number; fraction: number }
  | { type: 'finished'; id: number }
  | { type: 'cancelled'; id: number }
  /** The sweep could not start or stopped on an error; `message` says what went wrong. */
  | { type: 'failed'; id: number; message: string };
