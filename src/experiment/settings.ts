/**
 * THE settings table: one row per setting — where it lives in the state, its
 * URL key, its codec and limits, its default, whether changing it rebuilds the
 * run, and its label. The link codec, the embed API's `set` and JSON view, the
 * rebuild rule, the labels in notices, the run-file checks and the docs'
 * parameter table are all derived from these rows (setting-rules.ts and
 * link-codec.ts). Adding a URL key for an existing setting is one row here.
 */
import { DATA_LIMITS, DATASETS } from '../data/config';
import { ACTIVATIONS, DROPOUT_SCHEME_NAMES, DROPOUT_VARIANTS, MODEL_LIMITS, OPTIMIZERS } from '../model/config';
import { booleanCodec, choiceCodec, originCodec } from './codecs';
import { type SettingsState } from './defaults';
import { mainP, mainPList } from './main-p';
import { knockoutCodec } from './knockout-codec';
import { layerChoiceCodec } from './layer-choice-codec';
import { dropListCodec, identifierListCodec, layerListCodec, pointsCodec, subsetCodec } from './list-codecs';
import { CONTROL_NAMES, PANEL_NAMES } from './page-options';
import type { UrlField } from './setting-row';
import { type AnySetting, numberSetting, setting, withLimits } from './setting-builders';
import { SWEEP_KINDS, SWEEP_LIMITS } from './sweep-plan';

/** The origin kept when the link's `origin` is not an exact origin: the embed API then accepts nothing. */
export const INVALID_ORIGIN = 'invalid';

/** Control names in `hide`. */
const HIDE_NAME = /^[a-z0-9-]{1,32}$/;
const HIDE_COUNT = 50;

/** The table, in reading order: a row may depend on those above it (p on layers, pts on data, autoplay on embed). */
export const SETTINGS = {
  data: setting({
    home: 'config',
    key: 'dataset',
    url: 'data',
    codec: choiceCodec(DATASETS),
    label: 'the dataset',
    meaning: 'Dataset',
    rebuilds: true,
  }),
  pts: withLimits(
    setting({
      home: 'config',
      key: 'points',
      url: 'pts',
      codec: pointsCodec(DATA_LIMITS.customPoints, DATA_LIMITS.coordinate, DATA_LIMITS.customY, (s: SettingsState) => s.config.dataset === 'custom'),
      label: 'the custom points',
      meaning: 'Your own training points, for `data=custom` only',
      rebuilds: true,
      fallback: () => undefined,
      relevant: (s) => s.config.dataset === 'custom',
    }),
    { count: DATA_LIMITS.customPoints, x: DATA_LIMITS.coordinate, y: DATA_LIMITS.customY },
  ),
  n: numberSetting({
    home: 'config',
    key: 'n',
    url: 'n',
    limits: DATA_LIMITS.n,
    integer: true,
    label: 'the number of training points',
    meaning: 'Training points',
    rebuilds: true,
  }),
  noise: numberSetting({
    home: 'config',
    key: 'noise',
    url: 'noise',
    limits: DATA_LIMITS.noise,
    label: 'the noise',
    meaning: 'σ of the Gaussian label noise',
    rebuilds: true,
  }),
  test: numberSetting({
    home: 'config',
    key: 'testCount',
    url: 'test',
    limits: DATA_LIMITS.testCount,
    integer: true,
    label: 'the number of test points',
    meaning: 'Test points',
    rebuilds: true,
  }),
  seed: numberSetting({
    home: 'config',
    key: 'seed',
    url: 'seed',
    limits: DATA_LIMITS.seed,
    integer: true,
    label: 'the seed',
    meaning: 'Seed of the data, the initial weights and the dropout masks',
    rebuilds: true,
    always: true,
  }),
  layers: setting({
    home: 'config',
    key: 'hiddenLayers',
    url: 'layers',
    codec: layerListCodec(MODEL_LIMITS.hiddenLayerCount, MODEL_LIMITS.neurons),
    label: 'the hidden layers',
    meaning: 'Hidden layer sizes',
    rebuilds: true,
  }),
  act: setting({
    home: 'config',
    key: 'activation',
    url: 'act',
    codec: choiceCodec(ACTIVATIONS),
    label: 'the activation',
    meaning: 'Activation',
    rebuilds: true,
  }),
  p: setting({
    home: 'config',
    key: 'dropout',
    url: 'p',
    codec: dropListCodec(MODEL_LIMITS.dropout, (s: SettingsState) => s.config.hiddenLayers.length),
    label: 'the drop probability',
    meaning: 'Drop probability of each hidden layer (keep = 1 − p); one value for all layers, or one per layer',
    // The defaults' pattern for as many layers as the link has: their first layer's p there, their main p on the rest.
    fallback: (s, defaults) => mainPList(s.config.hiddenLayers.length, mainP(defaults.config.dropout), defaults.config.dropout[0] ?? 0),
  }),
  variant: setting({
    home: 'config',
    key: 'variant',
    url: 'variant',
    codec: choiceCodec(DROPOUT_VARIANTS),
    label: 'the dropout scaling',
    meaning: 'Dropout scaling: `inverted` scales kept units by 1/(1 − p) while training; `classic` multiplies by (1 − p) at test time',
  }),
  scheme: setting({
    home: 'config',
    key: 'scheme',
    url: 'scheme',
    codec: choiceCodec(DROPOUT_SCHEME_NAMES),
    label: 'the dropout scheme',
    meaning:
      'Dropout scheme: `bernoulli` drops neurons; `gaussian` multiplies each neuron by noise from N(1, p/(1 − p)); `dropconnect` drops weights instead of neurons. `variant` applies to `bernoulli` only',
    beforeRow: 'bernoulli',
  }),
  opt: setting({ home: 'config', key: 'optimizer', url: 'opt', codec: choiceCodec(OPTIMIZERS), label: 'the optimizer', meaning: 'Optimizer' }),
  lr: numberSetting({
    home: 'config',
    key: 'learningRate',
    url: 'lr',
    limits: MODEL_LIMITS.learningRate,
    label: 'the learning rate',
    meaning: 'Learning rate',
  }),
  halflife: numberSetting({
    home: 'config',
    key: 'lrHalfLife',
    url: 'halflife',
    limits: MODEL_LIMITS.lrHalfLife,
    integer: true,
    label: 'the learning-rate half-life',
    meaning: 'Steps over which the learning rate halves (0 = constant)',
    beforeRow: 0,
  }),
  batch: numberSetting({
    home: 'config',
    key: 'batchSize',
    url: 'batch',
    limits: MODEL_LIMITS.batchSize,
    integer: true,
    label: 'the minibatch size',
    meaning: 'Minibatch size; 0 = full batch',
  }),
  l2: numberSetting({ home: 'config', key: 'l2', url: 'l2', limits: MODEL_LIMITS.l2, label: 'the L2 penalty', meaning: 'L2 penalty λ on the weights' }),
  compare: setting({
    home: 'playback',
    key: 'compare',
    url: 'compare',
    codec: booleanCodec,
    label: 'compare mode',
    meaning: 'Twin runs: A without dropout, B with `p`, same data, weights and batch order',
    rebuilds: true,
  }),
  speed: numberSetting({
    home: 'playback',
    key: 'speed',
    url: 'speed',
    limits: { min: 0, max: 10_000 },
    label: 'the speed',
    meaning: 'Optimizer steps per second; 0 = as fast as the machine allows',
  }),
  stop: numberSetting({
    home: 'playback',
    key: 'stopAt',
    url: 'stop',
    limits: { min: 0, max: 10_000_000 },
    integer: true,
    label: 'the stop step',
    meaning: 'Pause at this step; 0 = never',
  }),
  band: setting({
    home: 'frameOptions',
    key: 'mcBand',
    url: 'band',
    codec: booleanCodec,
    label: 'the MC-dropout band',
    meaning: 'Show the MC-dropout mean ± σ band',
  }),
  ghosts: numberSetting({
    home: 'frameOptions',
    key: 'thinnedCurves',
    url: 'ghosts',
    limits: { min: 0, max: 10 },
    integer: true,
    label: 'the thinned-network curves',
    meaning: 'Thinned-network curves (fixed random masks) to draw',
  }),
  knockout: setting({
    home: 'frameOptions',
    key: 'knockout',
    url: 'knockout',
    codec: knockoutCodec((s: SettingsState) => s.config.hiddenLayers),
    label: 'the knocked-out neurons',
    meaning: 'Hidden neurons removed at test time (both runs in compare mode): the fit panel draws the prediction without them. Training never sees them',
  }),
  ensemble: setting({
    home: 'page',
    key: 'ensemble',
    url: 'ensemble',
    codec: booleanCodec,
    label: 'the ensemble view',
    meaning: 'The fit panel shows its Ensemble view: the test-time network (weight scaling) against the average of thinned networks',
  }),
  robustness: setting({
    home: 'frameOptions',
    key: 'robustness',
    url: 'robustness',
    codec: booleanCodec,
    label: 'the robustness view',
    meaning:
      'The network panel shows its Robustness view: the test MSE as a growing share of hidden neurons is removed at random, and the co-adaptation number',
  }),
  rlayer: setting({
    home: 'frameOptions',
    key: 'robustnessLayer',
    url: 'rlayer',
    codec: layerChoiceCodec((s: SettingsState) => s.config.hiddenLayers.length),
    label: 'the layer the robustness view removes neurons from',
    meaning: 'Robustness view, “Remove from”: the hidden layer whose neurons are removed',
  }),
  sweep: setting({
    home: 'sweep',
    key: 'kind',
    url: 'sweep',
    codec: choiceCodec(SWEEP_KINDS),
    label: 'the sweep',
    meaning: 'What the sweep panel varies: the drop probability p, or the number of training points N; or regularizers, a fair comparison of regularizers',
  }),
  ssteps: numberSetting({
    home: 'sweep',
    key: 'steps',
    url: 'ssteps',
    limits: SWEEP_LIMITS.steps,
    integer: true,
    label: 'the sweep steps',
    meaning: 'Sweep: optimizer steps per run',
  }),
  sseeds: numberSetting({
    home: 'sweep',
    key: 'seeds',
    url: 'sseeds',
    limits: SWEEP_LIMITS.seeds,
    integer: true,
    label: 'the sweep seeds',
    meaning: 'Sweep: runs (seeds) per grid value',
  }),
  sfolds: numberSetting({
    home: 'sweep',
    key: 'folds',
    url: 'sfolds',
    limits: SWEEP_LIMITS.folds,
    integer: true,
    label: 'the comparison folds',
    meaning: 'Regularizer comparison: validation folds the training points are split into to tune each method',
  }),
  sgrid: numberSetting({
    home: 'sweep',
    key: 'grid',
    url: 'sgrid',
    limits: SWEEP_LIMITS.grid,
    integer: true,
    label: 'the comparison grid size',
    meaning: 'Regularizer comparison: values of λ (L2) and of p (each dropout scheme) tried in tuning',
  }),
  embed: setting({ home: 'page', key: 'embed', url: 'embed', codec: booleanCodec, label: 'embed mode', meaning: 'Embed mode: no page chrome', urlOnly: true }),
  panels: setting({
    home: 'page',
    key: 'panels',
    url: 'panels',
    codec: subsetCodec(PANEL_NAMES, 'panel'),
    label: 'the panels',
    meaning: 'Panels to show (always in the order listed here)',
  }),
  autoplay: setting({
    home: 'page',
    key: 'autoplay',
    url: 'autoplay',
    codec: booleanCodec,
    label: 'autoplay',
    meaning: 'Start training when the page opens (an embed, once at least half of it is in view; under reduced motion it shows a large Play button instead)',
  }),
  presenter: setting({
    home: 'page',
    key: 'presenter',
    url: 'presenter',
    codec: booleanCodec,
    label: 'presenter mode',
    meaning: 'Projector mode: large type, high-contrast palette',
  }),
  notices: setting({
    home: 'page',
    key: 'notices',
    url: 'notices',
    codec: booleanCodec,
    label: 'notices',
    meaning: 'Show notices on the page; an embedding page hears them as `warning` messages either way (a bad `origin` or no Worker always shows)',
    fallback: (s) => !s.page.embed,
    defaultText: '`1`, or `0` with `embed=1`',
  }),
  hide: setting({
    home: 'page',
    key: 'hide',
    url: 'hide',
    codec: identifierListCodec(
      HIDE_NAME,
      HIDE_COUNT,
      'names are 1–32 of a–z, 0–9 and -',
      ` (the groups are ${CONTROL_NAMES.map((n) => `\`${n}\``).join(', ')})`,
    ),
    label: 'the hidden controls',
    meaning: 'Control groups to hide, e.g. for a focused lesson',
  }),
  origin: setting({
    home: 'page',
    key: 'origin',
    url: 'origin',
    codec: originCodec(INVALID_ORIGIN),
    label: 'the embedding origin',
    meaning: 'The only origin the message API listens to (see below)',
    urlOnly: true,
  }),
};

/** The rows in reading order. */
export const SETTING_LIST: readonly AnySetting[] = Object.values(SETTINGS);

/** The link/API behaviour of every row, in reading order. */
export const URL_FIELDS: readonly UrlField<SettingsState>[] = SETTING_LIST.map((s) => s.field);

/** The rows by URL name (a Map: a key such as "__proto__" finds nothing). */
export const URL_FIELD_BY_KEY: ReadonlyMap<string, UrlField<SettingsState>> = new Map(URL_FIELDS.map((f) => [f.key, f]));

/** Limits of the link's `hide` list (for tests and the share dialog). */
export const HIDE_LIMITS = { name: HIDE_NAME, count: HIDE_COUNT } as const;
