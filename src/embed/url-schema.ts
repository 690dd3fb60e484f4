/**
 * The URL schema: the page's whole state as one table of typed fields, each
 * with its range and default. url-state.ts drives parsing a link, writing a
 * link, the embed API's `set` and its JSON view from this one table. Ranges
 * come from the core's own limits, so the link cannot bypass the UI's limits.
 */
import { PLAYBACK_LIMITS } from '../state/limits';
import { DEFAULT_PANELS, PANEL_NAMES, type PageOptions } from '../state/page-options';
import { DEFAULT_SWEEP_SETTINGS, SWEEP_KINDS, SWEEP_LIMITS, type SweepSettings } from '../state/sweep-settings';
import { DATA_LIMITS, DATASETS, OVERFITTING_DATA, type Point } from '../data/config';
import { ACTIVATIONS, DROPOUT_VARIANTS, MODEL_LIMITS, OPTIMIZERS, OVERFITTING_MODEL } from '../model/config';
import type { ExperimentConfig, PlaybackConfig, ViewOptions } from '../worker/protocol';
import {
  booleanCodec,
  choiceCodec,
  dropListCodec,
  identifierListCodec,
  layerListCodec,
  numberCodec,
  originCodec,
  pointsCodec,
  subsetCodec,
} from './url-codecs';
import { defineField, type FieldSpec, type UrlField } from './url-fields';

/** Bump when a link's meaning changes; links always carry it as `v`. */
export const URL_SCHEMA_VERSION = 1;

export { DEFAULT_PANELS, PANEL_NAMES, type PageOptions, type PanelName } from '../state/page-options';

/** The origin kept when the link's `origin` is not an exact origin: the embed API then accepts nothing. */
export const INVALID_ORIGIN = 'invalid';

/** Drop probability of every hidden layer unless the link says otherwise. */
export const DEFAULT_DROP = 0.5;

/** Limits of the settings the link carries beyond the core's. */
export const URL_LIMITS = {
  ...PLAYBACK_LIMITS,
  /** Control names in `hide`. */
  hideCount: 50,
  hideName: /^[a-z0-9-]{1,32}$/,
} as const;

/** Everything a link can say. `config.points` is present exactly when the dataset is custom. */
export interface UrlState {
  config: ExperimentConfig;
  playback: PlaybackConfig;
  view: Pick<ViewOptions, 'mcBand' | 'ghosts'>;
  page: PageOptions;
  /** The sweep view's settings: which sweep, steps per run, seeds. */
  sweep: SweepSettings;
}

/** The overfitting preset with p = 0.5, as on the standalone page (a fresh copy each call). */
export function defaultUrlState(): UrlState {
  return {
    config: {
      dataset: OVERFITTING_DATA.dataset,
      n: OVERFITTING_DATA.n,
      noise: OVERFITTING_DATA.noise,
      testCount: OVERFITTING_DATA.testCount,
      seed: OVERFITTING_DATA.seed,
      ...OVERFITTING_MODEL,
      hiddenLayers: [...OVERFITTING_MODEL.hiddenLayers],
      dropout: OVERFITTING_MODEL.hiddenLayers.map(() => DEFAULT_DROP),
    },
    playback: { speed: 0, stopAt: 0, compare: false },
    view: { mcBand: false, ghosts: 0 },
    page: { embed: false, panels: [...DEFAULT_PANELS], autoplay: true, presenter: false, hide: [], origin: null },
    sweep: { ...DEFAULT_SWEEP_SETTINGS },
  };
}

/** A deep copy, so that a draft never shares arrays with the state it came from. */
export function cloneUrlState(state: UrlState): UrlState {
  const { points, ...config } = state.config;
  return {
    config: {
      ...config,
      hiddenLayers: [...config.hiddenLayers],
      dropout: [...config.dropout],
      ...(points === undefined ? {} : { points: points.map((p) => ({ x: p.x, y: p.y })) }),
    },
    playback: { ...state.playback },
    view: { ...state.view },
    page: { ...state.page, panels: [...state.page.panels], hide: [...state.page.hide] },
    sweep: { ...state.sweep },
  };
}

const field = <V>(spec: FieldSpec<UrlState, V>): UrlField<UrlState> => defineField(spec);

function setPoints(draft: UrlState, points: readonly Point[] | undefined): void {
  if (points === undefined) delete draft.config.points;
  else draft.config.points = points;
}

/** The schema, in reading order: a field may depend on those above it (p on layers, autoplay on embed). */
export const URL_FIELDS: readonly UrlField<UrlState>[] = [
  field({
    key: 'data',
    codec: choiceCodec(DATASETS),
    get: (s) => s.config.dataset,
    set: (s, v) => {
      s.config.dataset = v;
    },
    fallback: () => OVERFITTING_DATA.dataset,
  }),
  field({
    key: 'pts',
    codec: pointsCodec(DATA_LIMITS.customPoints.max, DATA_LIMITS.coordinate, DATA_LIMITS.customY),
    get: (s) => s.config.points,
    set: setPoints,
    fallback: () => undefined,
    relevant: (s) => s.config.dataset === 'custom',
  }),
  field({
    key: 'n',
    codec: numberCodec(DATA_LIMITS.n, true),
    get: (s) => s.config.n,
    set: (s, v) => {
      s.config.n = v;
    },
    fallback: () => OVERFITTING_DATA.n,
  }),
  field({
    key: 'noise',
    codec: numberCodec(DATA_LIMITS.noise),
    get: (s) => s.config.noise,
    set: (s, v) => {
      s.config.noise = v;
    },
    fallback: () => OVERFITTING_DATA.noise,
  }),
  field({
    key: 'test',
    codec: numberCodec(DATA_LIMITS.testCount, true),
    get: (s) => s.config.testCount,
    set: (s, v) => {
      s.config.testCount = v;
    },
    fallback: () => OVERFITTING_DATA.testCount,
  }),
  field({
    key: 'seed',
    codec: numberCodec(DATA_LIMITS.seed, true),
    get: (s) => s.config.seed,
    set: (s, v) => {
      s.config.seed = v;
    },
    fallback: () => OVERFITTING_DATA.seed,
    always: true,
  }),
  field({
    key: 'layers',
    codec: layerListCodec(MODEL_LIMITS.hiddenLayerCount, MODEL_LIMITS.neurons),
    get: (s) => s.config.hiddenLayers,
    set: (s, v) => {
      s.config.hiddenLayers = v;
    },
    fallback: () => [...OVERFITTING_MODEL.hiddenLayers],
  }),
  field({
    key: 'act',
    codec: choiceCodec(ACTIVATIONS),
    get: (s) => s.config.activation,
    set: (s, v) => {
      s.config.activation = v;
    },
    fallback: () => OVERFITTING_MODEL.activation,
  }),
  field({
    key: 'p',
    codec: dropListCodec(MODEL_LIMITS.dropout, (s: UrlState) => s.config.hiddenLayers.length),
    get: (s) => s.config.dropout,
    set: (s, v) => {
      s.config.dropout = v;
    },
    fallback: (s) => s.config.hiddenLayers.map(() => DEFAULT_DROP),
  }),
  field({
    key: 'variant',
    codec: choiceCodec(DROPOUT_VARIANTS),
    get: (s) => s.config.variant,
    set: (s, v) => {
      s.config.variant = v;
    },
    fallback: () => OVERFITTING_MODEL.variant,
  }),
  field({
    key: 'opt',
    codec: choiceCodec(OPTIMIZERS),
    get: (s) => s.config.optimizer,
    set: (s, v) => {
      s.config.optimizer = v;
    },
    fallback: () => OVERFITTING_MODEL.optimizer,
  }),
  field({
    key: 'lr',
    codec: numberCodec(MODEL_LIMITS.learningRate),
    get: (s) => s.config.learningRate,
    set: (s, v) => {
      s.config.learningRate = v;
    },
    fallback: () => OVERFITTING_MODEL.learningRate,
  }),
  field({
    key: 'batch',
    codec: numberCodec(MODEL_LIMITS.batchSize, true),
    get: (s) => s.config.batchSize,
    set: (s, v) => {
      s.config.batchSize = v;
    },
    fallback: () => OVERFITTING_MODEL.batchSize,
  }),
  field({
    key: 'l2',
    codec: numberCodec(MODEL_LIMITS.l2),
    get: (s) => s.config.l2,
    set: (s, v) => {
      s.config.l2 = v;
    },
    fallback: () => OVERFITTING_MODEL.l2,
  }),
  field({
    key: 'compare',
    codec: booleanCodec,
    get: (s) => s.playback.compare,
    set: (s, v) => {
      s.playback.compare = v;
    },
    fallback: () => false,
  }),
  field({
    key: 'speed',
    codec: numberCodec(URL_LIMITS.speed),
    get: (s) => s.playback.speed,
    set: (s, v) => {
      s.playback.speed = v;
    },
    fallback: () => 0,
  }),
  field({
    key: 'stop',
    codec: numberCodec(URL_LIMITS.stopAt, true),
    get: (s) => s.playback.stopAt,
    set: (s, v) => {
      s.playback.stopAt = v;
    },
    fallback: () => 0,
  }),
  field({
    key: 'band',
    codec: booleanCodec,
    get: (s) => s.view.mcBand,
    set: (s, v) => {
      s.view.mcBand = v;
    },
    fallback: () => false,
  }),
  field({
    key: 'ghosts',
    codec: numberCodec(URL_LIMITS.ghosts, true),
    get: (s) => s.view.ghosts,
    set: (s, v) => {
      s.view.ghosts = v;
    },
    fallback: () => 0,
  }),
  field({
    key: 'sweep',
    codec: choiceCodec(SWEEP_KINDS),
    get: (s) => s.sweep.kind,
    set: (s, v) => {
      s.sweep.kind = v;
    },
    fallback: () => DEFAULT_SWEEP_SETTINGS.kind,
  }),
  field({
    key: 'ssteps',
    codec: numberCodec(SWEEP_LIMITS.steps, true),
    get: (s) => s.sweep.steps,
    set: (s, v) => {
      s.sweep.steps = v;
    },
    fallback: () => DEFAULT_SWEEP_SETTINGS.steps,
  }),
  field({
    key: 'sseeds',
    codec: numberCodec(SWEEP_LIMITS.seeds, true),
    get: (s) => s.sweep.seeds,
    set: (s, v) => {
      s.sweep.seeds = v;
    },
    fallback: () => DEFAULT_SWEEP_SETTINGS.seeds,
  }),
  field({
    key: 'embed',
    codec: booleanCodec,
    get: (s) => s.page.embed,
    set: (s, v) => {
      s.page.embed = v;
    },
    fallback: () => false,
    urlOnly: true,
  }),
  field({
    key: 'panels',
    codec: subsetCodec(PANEL_NAMES, 'panel'),
    get: (s) => s.page.panels,
    set: (s, v) => {
      s.page.panels = v;
    },
    fallback: () => [...DEFAULT_PANELS],
  }),
  field({
    key: 'autoplay',
    codec: booleanCodec,
    get: (s) => s.page.autoplay,
    set: (s, v) => {
      s.page.autoplay = v;
    },
    fallback: (s) => !s.page.embed,
  }),
  field({
    key: 'presenter',
    codec: booleanCodec,
    get: (s) => s.page.presenter,
    set: (s, v) => {
      s.page.presenter = v;
    },
    fallback: () => false,
  }),
  field({
    key: 'hide',
    codec: identifierListCodec(URL_LIMITS.hideName, URL_LIMITS.hideCount, 'names are 1–32 of a–z, 0–9 and -'),
    get: (s) => s.page.hide,
    set: (s, v) => {
      s.page.hide = v;
    },
    fallback: () => [],
  }),
  field({
    key: 'origin',
    codec: originCodec(INVALID_ORIGIN),
    get: (s) => s.page.origin,
    set: (s, v) => {
      s.page.origin = v;
    },
    fallback: () => null,
    urlOnly: true,
  }),
];

/** The schema by URL name (a Map: a key such as "__proto__" finds nothing). */
export const URL_FIELD_BY_KEY: ReadonlyMap<string, UrlField<UrlState>> = new Map(URL_FIELDS.map((f) => [f.key, f]));
