import { describe, expect, it } from 'vitest';
import { validateDataConfig } from '../data/config';
import { validateModelConfig } from '../model/config';
import { defaultSettings, type SettingsState } from './defaults';
import { applyParams, parseHash, toJsonParams } from './link-codec';

function apply(base: SettingsState, params: unknown) {
  const result = applyParams(base, params);
  validateModelConfig(result.state.config);
  validateDataConfig(result.state.config);
  return { ...result, fields: result.notices.map((n) => n.field) };
}

const customBase = () => parseHash('#data=custom&pts=-0.5:0.2,0.3:0.9&embed=1&origin=https://course.example.edu').state;

describe('applyParams', () => {
  it('takes JSON values and URL text forms alike', () => {
    const json = apply(defaultSettings(), { p: [0.2, 0.5], layers: [64, 64], compare: true, lr: 0.1, act: 'tanh', hide: ['lr'] });
    const text = apply(defaultSettings(), { p: '0.2,0.5', layers: '64,64', compare: '1', lr: '0.1', act: 'tanh', hide: 'lr' });
    expect(json.notices).toEqual([]);
    expect(json.error).toBeNull();
    expect(text.state).toEqual(json.state);
    expect(json.state.config).toMatchObject({ dropout: [0.2, 0.5], learningRate: 0.1, activation: 'tanh' });
    expect(json.state.playback.compare).toBe(true);
  });

  it('does not change the base state', () => {
    const base = defaultSettings();
    apply(base, { p: 0.1, layers: [8], hide: ['x'] });
    expect(base).toEqual(defaultSettings());
  });

  it('clamps like the URL', () => {
    const { state, notices } = apply(defaultSettings(), { p: 1, n: 1e9, layers: [0, 999] });
    expect(state.config).toMatchObject({ n: 500, hiddenLayers: [1, 128], dropout: [0.9, 0.9] });
    expect(notices.map((n) => n.message)).toEqual([
      'n: 1000000000 is outside 2–500; using 500.',
      'layers: 0 is outside 1–128; 999 is outside 1–128; using 1,128.',
      'p: 1 is outside 0–0.9; using 0.9.',
    ]);
  });

  it('keeps the current value (not the default) when a value is unusable', () => {
    const base = defaultSettings();
    base.config.learningRate = 0.5;
    base.config.activation = 'sigmoid';
    const { state, notices } = apply(base, { lr: 'fast', act: '<script>', compare: 'maybe' });
    expect(state.config.learningRate).toBe(0.5);
    expect(state.config.activation).toBe('sigmoid');
    expect(notices.map((n) => n.message)).toEqual([
      'act: "<script>" is not one of relu, tanh, sigmoid; keeping sigmoid.',
      'lr: "fast" is not a number; keeping 0.5.',
      'compare: "maybe" is not 0 or 1; keeping 1.',
    ]);
  });

  it('fits the current p to new layers when only layers change', () => {
    const base = defaultSettings();
    base.config.dropout = [0.2, 0.4];
    expect(apply(base, { layers: [8, 8, 8] }).state.config.dropout).toEqual([0.2, 0.4, 0.4]);
    expect(apply(base, { layers: [8] }).state.config.dropout).toEqual([0.2]);
    expect(apply(base, { layers: [8, 8, 8] }).notices).toEqual([]);
  });

  it('cannot change embed or origin, but may repeat their values', () => {
    const base = customBase();
    const { state, notices } = apply(base, { embed: false, origin: 'https://evil.example', p: 0.3 });
    expect(state.page.embed).toBe(true);
    expect(state.page.origin).toBe('https://course.example.edu');
    expect(state.config.dropout).toEqual([0.3, 0.3]);
    expect(notices.map((n) => n.field)).toEqual(['embed', 'origin']);
    expect(notices[1].message).toBe("origin: can be set only in the page's own link, not by the embedding page; keeping https://course.example.edu.");
    expect(apply(base, { embed: true, origin: 'https://course.example.edu' }).notices).toEqual([]);
  });

  it('reads points as [{x, y}], [[x, y]] or "x:y,…"', () => {
    const expected = [
      { x: 0.1, y: 0.2 },
      { x: 0.3, y: 0.4 },
    ];
    for (const pts of [
      expected,
      [
        [0.1, 0.2],
        [0.3, 0.4],
      ],
      '0.1:0.2,0.3:0.4',
    ]) {
      const { state, notices } = apply(defaultSettings(), { data: 'custom', pts });
      expect(notices).toEqual([]);
      expect(state.config.points).toEqual(expected);
    }
  });

  it('custom data with too few points keeps what the page had', () => {
    const custom = apply(customBase(), { pts: [[0, 0]] });
    expect(custom.state.config.dataset).toBe('custom');
    expect(custom.state.config.points).toEqual(customBase().config.points);
    expect(custom.notices.map((n) => n.message)).toEqual(['pts: custom data needs at least 2 points (got 1); keeping the current 2 points.']);

    const base = defaultSettings();
    base.config.dataset = 'cubic';
    const cubic = apply(base, { data: 'custom' });
    expect(cubic.state.config.dataset).toBe('cubic');
    expect(cubic.notices.map((n) => n.message)).toEqual(['data: custom needs at least 2 points in pts (got 0); keeping cubic.']);
  });

  it('leaving custom data drops the points; points without custom data are ignored with a notice', () => {
    const { state, notices } = apply(customBase(), { data: 'step' });
    expect(notices).toEqual([]);
    expect('points' in state.config).toBe(false);
    const ignored = apply(defaultSettings(), { pts: '0:0,0.5:0.5' });
    expect(ignored.fields).toEqual(['pts']);
    expect('points' in ignored.state.config).toBe(false);
  });

  it('ignores unknown keys with a notice, without prototype pollution', () => {
    const params: unknown = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "zoom": 2, "n": 20}');
    const { state, fields } = apply(defaultSettings(), params);
    expect(state.config.n).toBe(20);
    expect(fields).toEqual(['__proto__', 'constructor', 'zoom']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((state as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses anything but a plain object, returning the base itself', () => {
    const base = defaultSettings();
    for (const params of [null, undefined, 5, 'p=0.5', [1, 2], new Date(0), new Map([['p', 0.5]])]) {
      const result = applyParams(base, params);
      expect(result.state).toBe(base);
      expect(result.notices).toEqual([]);
      expect(result.error).toMatch(/^set: expected an object of settings/);
    }
    expect(applyParams(base, Object.create(null)).error).toBeNull();
  });

  it('survives hostile objects: throwing getters and proxies', () => {
    const base = defaultSettings();
    const getter = Object.defineProperty({}, 'p', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(applyParams(base, getter)).toMatchObject({ state: base, error: 'set: the settings could not be read; nothing changed.' });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(applyParams(base, proxy).state).toBe(base);
    const points = [
      {
        get x(): number {
          throw new Error('boom');
        },
        y: 0,
      },
    ];
    expect(applyParams(base, { data: 'custom', pts: points })).toMatchObject({ state: base, error: 'set: a value could not be read; nothing changed.' });
  });

  it('notes an unknown version', () => {
    expect(apply(defaultSettings(), { v: 1 }).notices).toEqual([]);
    expect(apply(defaultSettings(), { v: 3 }).fields).toEqual(['v']);
  });
});

describe('toJsonParams', () => {
  it('gives the full configuration in JSON types', () => {
    expect(toJsonParams(defaultSettings())).toEqual({
      v: 2,
      data: 'sine',
      n: 24,
      noise: 0.4,
      test: 200,
      seed: 1,
      layers: [64, 64],
      act: 'tanh',
      p: [0, 0.5],
      variant: 'inverted',
      scheme: 'bernoulli',
      opt: 'adam',
      lr: 0.01,
      batch: 0,
      l2: 0,
      halflife: 900,
      compare: true,
      speed: 0,
      stop: 0,
      band: false,
      ghosts: 0,
      knockout: [],
      ensemble: false,
      robustness: false,
      rlayer: 0,
      sweep: 'p',
      ssteps: 3000,
      sseeds: 5,
      sfolds: 4,
      sgrid: 3,
      embed: false,
      panels: ['fit', 'network', 'loss', 'controls'],
      autoplay: true,
      presenter: false,
      notices: true,
      hide: [],
      origin: null,
    });
  });

  it('gives points as [[x, y], …] for custom data only', () => {
    expect(toJsonParams(customBase()).pts).toEqual([
      [-0.5, 0.2],
      [0.3, 0.9],
    ]);
    expect('pts' in toJsonParams(defaultSettings())).toBe(false);
  });

  it('hands out copies, not the state’s own arrays', () => {
    const state = defaultSettings();
    const json = toJsonParams(state);
    (json.layers as number[]).push(1);
    expect(state.config.hiddenLayers).toEqual([64, 64]);
  });

  it('is read back unchanged by applyParams, through JSON too', () => {
    const state = customBase();
    const params: unknown = JSON.parse(JSON.stringify(toJsonParams(state)));
    expect(applyParams(defaultSettings(), params).state.config).toEqual(state.config);
    expect(applyParams(state, params)).toEqual({ state, notices: [], error: null });
  });
});
