import { create } from 'zustand';
import type { ExperimentConfig, PlaybackConfig, RestoreState, FrameOptions } from '../experiment/types';
import type { LossHistory } from './loss-history';
import { type PageLayout } from '../experiment/page-options';
import { STANDALONE_PAGE } from '../experiment/defaults';

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** A notice about a rebuilt run offers Undo. */
  undoable?: boolean;
  /** A notice about a diverged run offers Reset. */
  resettable?: boolean;
  /** It protects the reader (an unusable embed origin, no background worker): shown even where notices are off. */
  protective?: boolean;
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
  /** Compare mode: the losses of run A (no dropout) beside run B's; null with one run. */
  runA: { trainLoss: number; testLoss: number } | null;
}

/** How the panels draw; purely the page's business (the trainer never sees it). */
export interface DisplayOptions {
  showTest: boolean;
  showTruth: boolean;
  /** Loss chart: also draw the noisy train-mode minibatch loss. */
  showBatchLoss: boolean;
  logLoss: boolean;
  /** Loss chart: steps on a log axis, so that the first thousand steps of a long run stay visible. */
  logSteps: boolean;
  /** Network panel: the latest dropout masks (training) or every neuron active (test time). */
  networkView: 'train' | 'test';
  /** Compare mode in the fit panel: both curves in one plot, or two small plots side by side. */
  compareLayout: 'overlay' | 'side-by-side';
  /** Projector palette, large type, secondary controls hidden. */
  presenter: boolean;
  /** Presenter mode shows the fit beside one other panel: the loss chart or the network. */
  presenterPanel: 'loss' | 'network';
  /** Single-key shortcuts (Space, S, R, D, C, P, F, ?); they can be turned off (WCAG 2.1.4). */
  shortcuts: boolean;
  /** The overlay that lists the shortcuts. */
  shortcutHelp: boolean;
}

export const DEFAULT_DISPLAY: DisplayOptions = {
  showTest: true,
  showTruth: true,
  showBatchLoss: false,
  logLoss: true,
  logSteps: false,
  networkView: 'train',
  compareLayout: 'side-by-side',
  presenter: false,
  presenterPanel: 'loss',
  shortcuts: true,
  shortcutHelp: false,
};

export interface AppState {
  /** Page layout from the link: embed mode, which panels, hidden controls, the embed API's origin. */
  page: PageLayout;
  config: ExperimentConfig;
  playback: PlaybackConfig;
  frameOptions: FrameOptions;
  display: DisplayOptions;
  /** The user's intent; training also stops while the page is hidden. */
  playing: boolean;
  offscreen: boolean;
  diverged: boolean;
  mode: 'worker' | 'main-thread';
  notices: Notice[];
  undo: UndoPoint | null;
  readouts: Readouts;
}

export const EMPTY_READOUTS: Readouts = { step: 0, epoch: 0, trainLoss: Number.NaN, testLoss: Number.NaN, stepsPerSec: 0, gap: Number.NaN, runA: null };

/** Whether the main run trains now: the user's intent, unless the page is hidden or the run diverged. */
export function isTraining(state: Pick<AppState, 'playing' | 'offscreen' | 'diverged'>): boolean {
  return state.playing && !state.offscreen && !state.diverged;
}

export function createAppStore(initial: Pick<AppState, 'config' | 'playback' | 'frameOptions' | 'playing'> & Partial<Pick<AppState, 'page' | 'display'>>) {
  return create<AppState>()(() => ({
    page: STANDALONE_PAGE,
    display: DEFAULT_DISPLAY,
    ...initial,
    offscreen: false,
    diverged: false,
    mode: 'worker',
    notices: [],
    undo: null,
    readouts: EMPTY_READOUTS,
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
