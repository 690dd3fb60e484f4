/**
 * The page's default experiment — the Overfitting preset's data and network
 * with dropout on — and the defaults of everything else a link can set. The
 * settings table falls back to these; presets start from the same halves.
 */
import { OVERFITTING_DATA } from '../data/config';
import { OVERFITTING_MODEL } from '../model/config';
import { mainPList } from './main-p';
import { DEFAULT_PANELS, type PageLayout } from './page-options';
import type { SweepSettings } from './sweep-plan';
import type { ExperimentConfig, PlaybackConfig, FrameOptions } from './types';

/** The main drop probability (every hidden layer after the first, see main-p.ts) unless a link or preset says otherwise. */
export const DEFAULT_DROP = 0.5;

/** What the panels ask the trainer for before the user changes anything. */
export const DEFAULT_FRAME_OPTIONS: FrameOptions = {
  mcBand: false,
  mcPasses: 30,
  thinnedCurves: 0,
  maskExample: 0,
  hoveredNeuron: null,
  knockout: [],
  robustness: false,
  robustnessLayer: 0,
};

/**
 * A p sweep of the lesson length (presets.ts LESSON_STEPS: defaults cannot import presets) per run over 5 seeds.
 * The regularizer comparison's tuning: 4 folds (6 of N = 24 points held out each) and 3 values of λ and of p.
 */
export const DEFAULT_SWEEP_SETTINGS: Readonly<SweepSettings> = { kind: 'p', steps: 3000, seeds: 5, folds: 4, grid: 3 };

/** Compare on: the first screen shows the whole story (a run without dropout overfitting beside one with it), with no click. */
export const DEFAULT_PLAYBACK: Readonly<PlaybackConfig> = { speed: 0, stopAt: 0, compare: true };

/** The standalone page's layout; an embed changes it through its link. */
export const STANDALONE_PAGE: Readonly<PageLayout> = {
  embed: false,
  panels: [...DEFAULT_PANELS],
  autoplay: true,
  presenter: false,
  notices: true,
  hide: [],
  origin: null,
  ensemble: false,
};

/** The experiment a page opens with: the overfitting preset with the main p = DEFAULT_DROP (a fresh copy each call). */
export function defaultExperiment(): ExperimentConfig {
  return {
    ...OVERFITTING_DATA,
    ...OVERFITTING_MODEL,
    hiddenLayers: [...OVERFITTING_MODEL.hiddenLayers],
    dropout: mainPList(OVERFITTING_MODEL.hiddenLayers.length, DEFAULT_DROP),
  };
}

/** Everything a link can say: the experiment, its playback, the frameOptions, the page layout and the sweep's settings. */
export interface SettingsState {
  /** `config.points` is present exactly when the dataset is custom. */
  config: ExperimentConfig;
  playback: PlaybackConfig;
  /** What the trainer computes beyond the basics; the table's rows say which of it a link carries. */
  frameOptions: FrameOptions;
  page: PageLayout;
  sweep: SweepSettings;
}

/** Every setting at its default (a fresh copy each call). */
export function defaultSettings(): SettingsState {
  return {
    config: defaultExperiment(),
    playback: { ...DEFAULT_PLAYBACK },
    frameOptions: { ...DEFAULT_FRAME_OPTIONS, knockout: [] },
    page: { ...STANDALONE_PAGE, panels: [...STANDALONE_PAGE.panels], hide: [] },
    sweep: { ...DEFAULT_SWEEP_SETTINGS },
  };
}

/** A deep copy, so that a draft never shares arrays with the state it came from. */
export function cloneSettings(state: SettingsState): SettingsState {
  const { points, ...config } = state.config;
  return {
    config: {
      ...config,
      hiddenLayers: [...config.hiddenLayers],
      dropout: [...config.dropout],
      ...(points === undefined ? {} : { points: points.map((p) => ({ x: p.x, y: p.y })) }),
    },
    playback: { ...state.playback },
    frameOptions: { ...state.frameOptions, knockout: state.frameOptions.knockout.map((n) => ({ ...n })) },
    page: { ...state.page, panels: [...state.page.panels], hide: [...state.page.hide] },
    sweep: { ...state.sweep },
  };
}
