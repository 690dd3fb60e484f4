import type { OptimizerKind } from '../model/config';
import type { ExperimentConfig, PlaybackConfig, RestoreState, RunId } from './types';

/** The `format` tag of a saved run file. */
export const RUN_FILE_FORMAT = 'dropout-lab-run';
/**
 * The file layout this page writes. Version 2 holds the complete training
 * state (a loaded run continues bit for bit); version 1, still read, held the
 * weights and counters only (a loaded run resumes approximately).
 */
export const RUN_FILE_VERSION = 2;
/** The oldest layout this page reads. */
export const OLDEST_RUN_FILE_VERSION = 1;
/**
 * Larger files are refused before they are read: the biggest network
 * (4 × 128 neurons, two runs, weights and Adam's two moments) saves to about 6 MB.
 */
export const MAX_RUN_FILE_BYTES = 10 * 1024 * 1024;

export interface SavedRun {
  run: RunId;
  step: number;
  epoch: number;
  /** Flat weights and biases in the kernel's layout (layer by layer: W row-major nIn × nOut, then nOut biases). */
  params: number[];
  /** Version 2: the optimizer's moments (one per parameter, in the same layout) and Adam's bias-correction products β₁ᵗ, β₂ᵗ. */
  optimizer: { kind: OptimizerKind; m: number[]; v: number[]; beta1Power: number; beta2Power: number };
  /** Version 2: the current epoch's order of the training examples, the position in it, and the shuffle stream's four 32-bit words. */
  batchOrder: { position: number; order: number[]; rng: number[] };
  /** Version 2: the dropout-mask stream's four 32-bit words. */
  maskRng: number[];
}

/** A saved run as written to JSON: configuration, playback and the complete training state of every run. */
export interface RunFile {
  format: typeof RUN_FILE_FORMAT;
  version: typeof RUN_FILE_VERSION;
  /** ISO 8601 time of saving. */
  savedAt: string;
  config: ExperimentConfig;
  playback: PlaybackConfig;
  /** Layer sizes including input and output, e.g. [1, 64, 64, 1]. */
  sizes: number[];
  runs: SavedRun[];
}

/** What loading a file gives back, ready for `session.load`. */
export interface LoadedRun {
  config: ExperimentConfig;
  playback: PlaybackConfig;
  restore: RestoreState;
  savedAt: string | null;
  /** An old (version 1) file without the training state: the run resumes with fresh optimizer moments and random streams. */
  approximate: boolean;
}
