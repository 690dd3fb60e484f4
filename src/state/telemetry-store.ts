import { createStore } from 'zustand/vanilla';
import type { DataMessage, EnsembleMessage, Frame } from '../training/protocol';
import { LossHistory } from './loss-history';

export interface Telemetry {
  /** The latest frame, committed at most once per animation frame. */
  frame: Frame | null;
  /** The current train and test sets and the true function on the grid. */
  data: DataMessage | null;
  /** Decimated loss history per run, in the frame's run order (one, or A and B). */
  histories: LossHistory[];
  /** The latest ensemble view of the current run (asked for by the ensemble view), or null. */
  ensemble: EnsembleMessage | null;
  /** Increments on every commit, so subscribers can tell a new frame from a data change. */
  commit: number;
}

/**
 * High-frequency data for the panels, outside React: panels `subscribe` and
 * write to the DOM through refs instead of re-rendering.
 */
export function createTelemetryStore() {
  return createStore<Telemetry>(() => ({ frame: null, data: null, histories: [], commit: 0, ensemble: null }));
}

export type TelemetryStore = ReturnType<typeof createTelemetryStore>;
