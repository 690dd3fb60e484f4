/**
 * The page's default experiment — the Overfitting preset's data and network
 * with dropout on — and the defaults of everything else a link can set. The
 * settings table falls back to these; presets start from the same halves.
 */
import { OVERFITTING_DATA } from '../data/config';
import { OVERFITTING_MODEL } from '../model/config';
import { DEFAULT_PANELS, type PageLayout } from './page-options';
import type { SweepSettings } from './sweep-plan';
import type { ExperimentConfig, PlaybackConfig, FrameOptions } from './types';

/** Drop probability of every hidden layer unless a link or preset says otherwise. */
export const DEFAULT_DROP = 0.5;

/** What the panels ask the trainer for before the user changes anything. */
export const DEFAULT_FRAME_OPTIONS: FrameOptions = { mcBand: false, mcPasses: 30, thinnedCurves: 0, maskExample: 0, hoveredNeuron: null };

/** A p sweep of 2000 steps per run over 5 seeds. */
export const DEFAULT_SWEEP_SETTINGS: Readonly<SweepSettings> = { kind: 'p', steps: 2000, seeds: 5 };

export const DEFAULT_PLAYBACK: Readonly<PlaybackConfig> = { speed: 0, stopAt: 0, compare: false };

/** The standalone page's layout; an embed changes it through its link. */
export const STANDALONE_PAGE: Readonly<PageLayout> = {
  embed: false,
  panels: [...DEFAULT_PANELS],
  autoplay: true,
  presenter: false,
  notices: true,
  hide: [],
  origin: null,
};

/** The experiment a page opens with: the overfitting preset with p = DEFAULT_DROP in every hidden layer (a fresh copy each call). */
export function defaultExperiment(): ExperimentConfig {
  return {
    ...OVERFITTING_DATA,
    ...OVERFITTING_MODEL,
    hiddenLayers: [...OVERFITTING_MODEL.hiddenLayers],
    dropout: OVERFITTING_MODEL.hiddenLayers.map(() => DEFAULT_DROP),
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
    frameOptions: { ...DEFAULT_FRAME_OPTIONS },
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
    frameOptions: { ...state.frameOptions },
    page: { ...state.page, panels: [...state.page.panels], hide: [...state.page.hide] },
    sweep: { ...state.sweep },
  };
}
