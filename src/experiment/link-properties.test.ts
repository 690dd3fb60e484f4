/**
 * Properties of the URL-state codec, with fixed seeds: no input makes it throw
 * or yields a state the core would reject, and every valid state survives a
 * trip through a link (and through the embed API's JSON) unchanged.
 */
import { DEFAULT_FRAME_OPTIONS, defaultSettings, type SettingsState } from './defaults';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_LIMITS, DATASETS, type Point, validateDataConfig } from '../data/config';
import { ACTIVATIONS, DROPOUT_SCHEME_NAMES, DROPOUT_VARIANTS, MODEL_LIMITS, OPTIMIZERS, validateModelConfig } from '../model/config';
import { SWEEP_KINDS, SWEEP_LIMITS } from './sweep-plan';
import { isExactOrigin, type Range } from './codecs';
import type { UrlNotice } from './notices';
import { HIDE_LIMITS, INVALID_ORIGIN, SETTINGS, URL_FIELDS } from './settings';
import { PANEL_NAMES } from './page-options';
import { applyParams, parseHash, serializeHash, toJsonParams } from './link-codec';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

function inRange(value: number, range: Range, integer = false): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max && (!integer || Number.isInteger(value));
}

/** Everything a returned state promises: the core's validators pass, and so do the page's own ranges. */
function expectValidState(state: SettingsState): void {
  validateModelConfig(state.config);
  validateDataConfig(state.config);
  expect('points' in state.config).toBe(state.config.dataset === 'custom');
  expect(inRange(state.playback.speed, SETTINGS.speed.limits)).toBe(true);
  expect(inRange(state.playback.stopAt, SETTINGS.stop.limits, true)).toBe(true);
  expect(inRange(state.frameOptions.thinnedCurves, SETTINGS.ghosts.limits, true)).toBe(true);
  expect(SWEEP_KINDS).toContain(state.sweep.kind);
  expect(inRange(state.sweep.steps, SWEEP_LIMITS.steps, true)).toBe(true);
  expect(inRange(state.sweep.seeds, SWEEP_LIMITS.seeds, true)).toBe(true);
  for (const flag of [state.playback.compare, state.frameOptions.mcBand, state.page.embed, state.page.autoplay, state.page.presenter]) {
    expect(typeof flag).toBe('boolean');
  }
  const { panels, hide, origin } = state.page;
  expect(panels.length).toBeGreaterThan(0);
  expect(panels).toEqual(PANEL_NAMES.filter((name) => panels.includes(name)));
  expect(hide.length).toBeLessThanOrEqual(HIDE_LIMITS.count);
  expect(new Set(hide).size).toBe(hide.length);
  for (const name of hide) expect(name).toMatch(HIDE_LIMITS.name);
  expect(origin === null || origin === INVALID_ORIGIN || isExactOrigin(origin)).toBe(true);
}

function expectWellFormed(notices: readonly UrlNotice[]): void {
  for (const notice of notices) {
    for (const text of [notice.field, notice.given, notice.used, notice.message]) expect(typeof text).toBe('string');
    expect(notice.message.length).toBeLessThan(1000);
  }
}

// ---- arbitraries built from the schema's limits --------------------------------

const numberIn = (range: Range, integer = false): fc.Arbitrary<number> =>
  integer ? fc.integer({ min: range.min, max: range.max }) : fc.double({ min: range.min, max: range.max, noNaN: true }).map((x) => x + 0);

const pointArb: fc.Arbitrary<Point> = fc.record({ x: numberIn(DATA_LIMITS.coordinate), y: numberIn(DATA_LIMITS.customY) });

function canonicalOrigin([scheme, host, port]: [string, string, number | null]): string | null {
  try {
    const origin = new URL(`${scheme}://${host}${port === null ? '' : `:${port}`}`).origin;
    return isExactOrigin(origin) ? origin : null;
  } catch {
    return null;
  }
}

const originArb: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constant(INVALID_ORIGIN),
  fc
    .tuple(fc.constantFrom('http', 'https'), fc.oneof(fc.domain(), fc.constant('localhost')), fc.option(fc.integer({ min: 1, max: 65535 })))
    .map(canonicalOrigin)
    .filter((origin): origin is string => origin !== null),
);

const dropArb = numberIn(MODEL_LIMITS.dropout);

/** The model half: p is one value for every layer or one per layer, so it depends on the layers. */
const modelArb = fc
  .array(numberIn(MODEL_LIMITS.neurons, true), { minLength: MODEL_LIMITS.hiddenLayerCount.min, maxLength: MODEL_LIMITS.hiddenLayerCount.max })
  .chain((hiddenLayers) =>
    fc.record({
      hiddenLayers: fc.constant(hiddenLayers),
      dropout: fc.oneof(
        dropArb.map((p) => hiddenLayers.map(() => p)),
        fc.array(dropArb, { minLength: hiddenLayers.length, maxLength: hiddenLayers.length }),
      ),
    }),
  );

const stateArb: fc.Arbitrary<SettingsState> = fc
  .record({
    model: modelArb,
    dataset: fc.constantFrom(...DATASETS),
    points: fc.array(pointArb, { minLength: DATA_LIMITS.customPoints.min, maxLength: DATA_LIMITS.customPoints.max }),
    n: numberIn(DATA_LIMITS.n, true),
    noise: numberIn(DATA_LIMITS.noise),
    testCount: numberIn(DATA_LIMITS.testCount, true),
    seed: numberIn(DATA_LIMITS.seed, true),
    activation: fc.constantFrom(...ACTIVATIONS),
    variant: fc.constantFrom(...DROPOUT_VARIANTS),
    scheme: fc.constantFrom(...DROPOUT_SCHEME_NAMES),
    optimizer: fc.constantFrom(...OPTIMIZERS),
    learningRate: numberIn(MODEL_LIMITS.learningRate),
    l2: numberIn(MODEL_LIMITS.l2),
    lrHalfLife: numberIn(MODEL_LIMITS.lrHalfLife, true),
    batchSize: numberIn(MODEL_LIMITS.batchSize, true),
    playback: fc.record({ speed: numberIn(SETTINGS.speed.limits), stopAt: numberIn(SETTINGS.stop.limits, true), compare: fc.boolean() }),
    frameOptions: fc.record({
      mcBand: fc.boolean(),
      thinnedCurves: numberIn(SETTINGS.ghosts.limits, true),
      robustness: fc.boolean(),
      robustnessLayer: fc.nat({ max: MODEL_LIMITS.hiddenLayerCount.max }),
    }),
    page: fc.record({
      embed: fc.boolean(),
      panels: fc.subarray([...PANEL_NAMES], { minLength: 1 }),
      autoplay: fc.boolean(),
      presenter: fc.boolean(),
      notices: fc.boolean(),
      hide: fc.uniqueArray(fc.stringMatching(HIDE_LIMITS.name), { maxLength: HIDE_LIMITS.count }),
      origin: originArb,
      ensemble: fc.boolean(),
    }),
    sweep: fc.record({
      kind: fc.constantFrom(...SWEEP_KINDS),
      steps: numberIn(SWEEP_LIMITS.steps, true),
      seeds: numberIn(SWEEP_LIMITS.seeds, true),
      folds: numberIn(SWEEP_LIMITS.folds, true),
      grid: numberIn(SWEEP_LIMITS.grid, true),
    }),
  })
  .map(({ model, playback, frameOptions, page, sweep, points, ...data }) => {
    const config = { ...data, ...model };
    return {
      config: config.dataset === 'custom' ? { ...config, points } : config,
      playback,
      frameOptions: { ...DEFAULT_FRAME_OPTIONS, ...frameOptions, robustnessLayer: frameOptions.robustnessLayer % (model.hiddenLayers.length + 1) },
      page,
      sweep,
    };
  });

const schemaKeys = ['v', ...URL_FIELDS.map((field) => field.key)];
const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...schemaKeys) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
);

const numberTextArb = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.double({ min: -2, max: 2 }).map(String),
  fc.bigInt().map((n) => `${n}`),
  fc.constantFrom('1e999', '-1e999', '1e-400', '-0', 'NaN', 'Infinity', '0x1F', '1_0', '', ' ', '.', '1e', '+1', '٣', '9'.repeat(400)),
);
/** Numbers around the edges of every range in the schema, where clamping bugs live. */
const RANGES: Range[] = [
  ...Object.values(DATA_LIMITS),
  ...Object.values(MODEL_LIMITS),
  SETTINGS.speed.limits,
  SETTINGS.stop.limits,
  SETTINGS.ghosts.limits,
  ...Object.values(SWEEP_LIMITS),
];
const edgeTextArb = fc.constantFrom(...RANGES).chain((range) => {
  const span = Math.max(1, range.max - range.min);
  return fc
    .oneof(
      fc.double({ min: range.min - span, max: range.max + span, noNaN: true }),
      fc.constantFrom(range.min, range.max, range.min - 1e-9, range.max + 1e-9, range.max + 0.5, range.min - 0.5, range.max * 1.5),
    )
    .map(String);
});
const valueTextArb: fc.Arbitrary<string> = fc.oneof(
  numberTextArb,
  edgeTextArb,
  fc.array(edgeTextArb, { maxLength: 6 }).map((items) => items.join(',')),
  fc.array(numberTextArb, { maxLength: 8 }).map((items) => items.join(',')),
  fc.array(fc.tuple(numberTextArb, numberTextArb), { maxLength: 30 }).map((pairs) => pairs.map(([x, y]) => `${x}:${y}`).join(',')),
  fc.constantFrom('custom', 'sine', 'relu', 'true', 'false', 'fit,loss', 'https://course.example.edu', 'invalid', 'lr,seed', 'p', 'n'),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);
const hashArb = fc
  .array(fc.tuple(keyArb, valueTextArb, fc.boolean()), { maxLength: 30 })
  .map((pairs) => `#${pairs.map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`)).join('&')}`);

const RUNS = { numRuns: 400 };

describe('parseHash never fails', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' })), (hash) => {
        const { state, notices } = parseHash(hash);
        expectValidState(state);
        expectWellFormed(notices);
      }),
      { ...RUNS, seed: 11 },
    );
  });

  it('on arbitrary key/value pairs, huge numbers and prototype keys; its result is canonical', () => {
    fc.assert(
      fc.property(hashArb, (hash) => {
        const { state, notices } = parseHash(hash);
        expectValidState(state);
        expectWellFormed(notices);
        expect(parseHash(serializeHash(state))).toEqual({ state, notices: [] });
      }),
      { ...RUNS, seed: 12 },
    );
  });
});

describe('round trips', () => {
  it('parseHash(serializeHash(s)) gives s back, with no notices (but the one on classic scaling beside another scheme)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expectValidState(state);
        expect(parseHash(serializeHash(state))).toEqual({ state, notices: expectedNotices(state) });
      }),
      { ...RUNS, seed: 21 },
    );
  });

  it('applyParams(base, toJsonParams(s)) gives s back, through JSON, with no notices (but the variant one)', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (state, other) => {
        const base: SettingsState = { ...other, page: { ...other.page, embed: state.page.embed, origin: state.page.origin } };
        const params: unknown = JSON.parse(JSON.stringify(toJsonParams(state)));
        expect(applyParams(base, params)).toEqual({ state, notices: expectedNotices(state), error: null });
      }),
      { ...RUNS, seed: 22 },
    );
  });
});

/** A valid state's link reads back with no notice, except that classic scaling is ignored by the other schemes. */
function expectedNotices(state: SettingsState): unknown[] {
  const ignoredVariant = state.config.variant === 'classic' && state.config.scheme !== 'bernoulli';
  return ignoredVariant ? [expect.objectContaining({ field: 'variant', given: 'classic', used: 'classic' })] : [];
}

describe('applyParams never fails', () => {
  const baseArb = fc.oneof(fc.constant(defaultSettings()), stateArb);
  const paramsArb = fc.oneof(
    fc.dictionary(keyArb, fc.oneof(valueTextArb, fc.anything(), fc.array(fc.double()), fc.array(fc.tuple(fc.double(), fc.double())))),
    fc.anything(),
  );

  it('on arbitrary values: a valid state, or an error with the base unchanged', () => {
    fc.assert(
      fc.property(baseArb, paramsArb, (base, params) => {
        const before = serializeHash(base);
        const { state, notices, error } = applyParams(base, params);
        expectValidState(state);
        expectWellFormed(notices);
        expect(serializeHash(base)).toBe(before);
        if (error !== null) expect(state).toBe(base);
        expect(state.page.embed).toBe(base.page.embed);
        expect(state.page.origin).toBe(base.page.origin);
      }),
      { ...RUNS, seed: 31 },
    );
  });
});
