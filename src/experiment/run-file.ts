import type { ExperimentConfig, PlaybackConfig, RestoreState, RunId } from './types';

/** The `format` tag of a saved run file. */
export const RUN_FILE_FORMAT = 'dropout-lab-run';
/** The file layout this page writes and reads. */
export const RUN_FILE_VERSION = 1;
/** Larger files are refused before they are read: the biggest network (4 × 128 neurons, two runs) saves to about 2 MB. */
export const MAX_RUN_FILE_BYTES = 5 * 1024 * 1024;

export interface SavedRun {
  run: RunId;
  step: number;
  epoch: number;
  /** Flat weights and biases in the kernel's layout (layer by layer: W row-major nIn × nOut, then nOut biases). */
  params: number[];
}

/** A saved run as written to JSON: configuration, playback and the latest weights of every run. */
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
}
