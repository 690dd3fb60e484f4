import { create } from 'zustand';
import type { ExperimentConfig, PlaybackConfig, RestoreState, ViewOptions } from '../worker/protocol';
import type { LossHistory } from './loss-history';

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** A notice about a rebuilt run offers Undo. */
  undoable?: boolean;
}

/** What Undo brings back: the configuration and the run as the page last saw it. */
export interface UndoPoint {
  config: ExperimentConfig;
  playback: PlaybackConfig;
  restore: RestoreState | null;
  histories: LossHistory[];
}

/** Text readouts, refreshed a few times a second (not every frame). */
export interface Readouts {
  step: number;
  epoch: number;
  trainLoss: number;
  testLoss: number;
  stepsPerSec: number;
  /** Test minus train MSE of the run with dropout (run B). */
  gap: number;
}

export interface AppState {
  config: ExperimentConfig;
  playback: PlaybackConfig;
  view: ViewOptions;
  /** The user's intent; training also stops while the page is hidden. */
  playing: boolean;
  hidden: boolean;
  diverged: boolean;
  mode: 'worker' | 'main-thread';
  notices: Notice[];
  undo: UndoPoint | null;
  readouts: Readouts;
}

export const EMPTY_READOUTS: Readouts = { step: 0, epoch: 0, trainLoss: Number.NaN, testLoss: Number.NaN, stepsPerSec: 0, gap: Number.NaN };

export function createAppStore(initial: Pick<AppState, 'config' | 'playback' | 'view' | 'playing'>) {
  return create<AppState>()(() => ({
    ...initial,
    hidden: false,
    diverged: false,
    mode: 'worker',
    notices: [],
    undo: null,
    readouts: EMPTY_READOUTS,
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
