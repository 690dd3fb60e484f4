import { describe, expect, it } from 'vitest';
import { validateDataConfig } from '../data/config';
import { validateModelConfig } from '../model/config';
import { INVALID_ORIGIN, URL_FIELDS } from './settings';
import { defaultSettings, type SettingsState } from './defaults';
import { parseHash, serializeHash } from './link-codec';

/** Parses a hash and returns the state with the notices by field. */
function parse(hash: string) {
  const { state, notices } = parseHash(hash);
  validateModelConfig(state.config);
  validateDataConfig(state.config);
  return { state, notices, fields: notices.map((n) => n.field) };
}

function only(hash: string) {
  const { state, notices } = parse(hash);
  expect(notices).toHaveLength(1);
  return { state, notice: notices[0] };
}

describe('parseHash: defaults', () => {
  it('an empty hash gives the overfitting preset with p = 0.5 on hidden layer 2, and no notices', () => {
    for (const hash of ['', '#', '#&&', 'v=2', '#v=2']) {
      const { state, notices } = parse(hash);
      expect(notices, hash).toEqual([]);
      expect(state).toEqual(defaultSettings());
    }
    expect(defaultSettings()).toEqual({
      config: {
        dataset: 'sine',
        n: 24,
        noise: 0.4,
        testCount: 200,
        seed: 1,
        hiddenLayers: [64, 64],
        activation: 'tanh',
        dropout: [0, 0.5],
        variant: 'inverted',
        scheme: 'bernoulli',
        optimizer: 'adam',
        learningRate: 0.01,
        l2: 0,
        lrHalfLife: 900,
        batchSize: 0,
      },
      playback: { speed: 0, stopAt: 0, compare: true },
      frameOptions: { mcBand: false, mcPasses: 30, thinnedCurves: 0, maskExample: 0, hoveredNeuron: null, knockout: [], robustness: false, robustnessLayer: 0 },
      page: {
        embed: false,
        panels: ['fit', 'network', 'loss', 'controls'],
        autoplay: true,
        presenter: false,
        notices: true,
        hide: [],
        origin: null,
        ensemble: false,
      },
      sweep: { kind: 'p', steps: 3000, seeds: 5, folds: 4, grid: 3 },
    });
  });

  it('reads the example link, with or without its #', () => {
    const hash = 'v=1&data=cubic&n=16&p=0.5&layers=64,64&seed=7';
    for (const h of [hash, `#${hash}`]) {
      const { state, notices } = parse(h);
      expect(notices).toEqual([]);
      expect(state.config).toMatchObject({ dataset: 'cubic', n: 16, dropout: [0.5, 0.5], hiddenLayers: [64, 64], seed: 7 });
    }
  });

  it('autoplay defaults to on, embedded too (an embed must show learning); notices default to off only when embedded', () => {
    expect(parse('#').state.page.autoplay).toBe(true);
    expect(parse('#embed=1').state.page.autoplay).toBe(true);
    expect(parse('#embed=1&autoplay=0').state.page.autoplay).toBe(false);
    expect(parse('#').state.page.notices).toBe(true);
    expect(parse('#embed=1').state.page.notices).toBe(false);
  });

  it('a garbage hash gives the defaults with notices, and never throws', () => {
    for (const hash of ['#%%%', '#==&=', '#\u0000\uffff', '#<script>alert(1)</script>', '#🙂=🙂', '#a=b=c', '#%E0%A4%A']) {
      const { state, notices } = parse(hash);
      expect(state).toEqual(defaultSettings());
      expect(notices.length, hash).toBeGreaterThan(0);
    }
  });
});

describe('parseHash: numbers', () => {
  it('n=1e9 → 500, with a notice naming the field, the value and the value used', () => {
    const { state, notice } = only('#n=1e9');
    expect(state.config.n).toBe(500);
    expect(notice).toEqual({ field: 'n', given: '1e9', used: '500', message: 'n: 1e9 is outside 2–500; using 500.' });
  });

  it('lr=-1 → 0.00001, p=1 → 0.9', () => {
    expect(only('#lr=-1').state.config.learningRate).toBe(0.00001);
    const { state, notice } = only('#p=1.5');
    expect(state.config.dropout).toEqual([0.9, 0.9]);
    expect(notice.message).toBe('p: 1.5 is outside 0–0.9; using 0.9.');
    expect(only('#p=1').state.config.dropout).toEqual([0.9, 0.9]);
  });

  it('rounds a non-integer for an integer field, with a notice', () => {
    const { state, notice } = only('#n=16.5');
    expect(state.config.n).toBe(17);
    expect(notice.message).toBe('n: 16.5 is not a whole number; using 17.');
    expect(only('#ghosts=2.2').state.frameOptions.thinnedCurves).toBe(2);
  });

  it('falls back to the default for NaN, Infinity, hex or empty values', () => {
    for (const value of ['NaN', 'Infinity', '0x10', '', 'abc', '1,2']) {
      const { state, notice } = only(`#noise=${value}`);
      expect(state.config.noise).toBe(0.4);
      expect(notice.used).toBe('0.4');
      expect(notice.message).toContain('using the default 0.4');
    }
  });

  it('reads exponent forms, "+" included', () => {
    expect(parse('#lr=1e-3').state.config.learningRate).toBe(0.001);
    expect(parse('#lr=1e%2B0').state.config.learningRate).toBe(1);
    expect(parse('#lr=1e+0').state.config.learningRate).toBe(1);
  });

  it('reads and clamps every numeric field', () => {
    const { state, fields } = parse('#n=1&noise=2&test=5&seed=-4&batch=501&l2=3&speed=20000&stop=1e8&ghosts=11');
    expect(fields).toEqual(['n', 'noise', 'test', 'seed', 'batch', 'l2', 'speed', 'stop', 'ghosts']);
    expect(state.config).toMatchObject({ n: 2, noise: 1, testCount: 10, seed: 0, batchSize: 500, l2: 1 });
    expect(state.playback).toMatchObject({ speed: 10000, stopAt: 10000000 });
    expect(state.frameOptions.thinnedCurves).toBe(10);
    expect(parse('#seed=2147483648').state.config.seed).toBe(2147483647);
    expect(parse('#seed=2147483647').notices).toEqual([]);
  });
});

describe('parseHash: layers and p', () => {
  it('clamps layers 0,999 to 1,128', () => {
    const { state, notice } = only('#layers=0,999');
    expect(state.config.hiddenLayers).toEqual([1, 128]);
    expect(state.config.dropout).toEqual([0, 0.5]);
    expect(notice.message).toBe('layers: 0 is outside 1–128; 999 is outside 1–128; using 1,128.');
  });

  it('keeps the first four of too many layers, and p follows', () => {
    const { state, notice } = only('#layers=8,8,8,8,8');
    expect(state.config.hiddenLayers).toEqual([8, 8, 8, 8]);
    expect(state.config.dropout).toEqual([0, 0.5, 0.5, 0.5]);
    expect(notice.field).toBe('layers');
  });

  it('p: one value for every layer, one per layer, or a list fitted to the layers with a notice', () => {
    expect(parse('#layers=8,8,8&p=0.2').state.config.dropout).toEqual([0.2, 0.2, 0.2]);
    expect(parse('#layers=8,8&p=0.2,0.5').notices).toEqual([]);
    const truncated = only('#layers=8,8&p=0.1,0.2,0.3');
    expect(truncated.state.config.dropout).toEqual([0.1, 0.2]);
    expect(truncated.notice.message).toBe('p: 3 values given for 2 hidden layers, the extra dropped; using 0.1,0.2.');
    const extended = only('#layers=8,8,8&p=0.1,0.2');
    expect(extended.state.config.dropout).toEqual([0.1, 0.2, 0.2]);
  });

  it('p is fitted to the layers whatever the order of the keys', () => {
    expect(parse('#p=0.1,0.2,0.3&layers=8,8,8').state.config.dropout).toEqual([0.1, 0.2, 0.3]);
  });

  it('an unreadable layers value falls back to 64,64', () => {
    const { state, notice } = only('#layers=big');
    expect(state.config.hiddenLayers).toEqual([64, 64]);
    expect(notice.message).toBe('layers: "big" is not a list of layer sizes such as 64,64; using the default 64,64.');
  });
});

describe('parseHash: choices and flags', () => {
  it('act=<script> → the default tanh with a notice', () => {
    const { state, notice } = only('#act=%3Cscript%3E');
    expect(state.config.activation).toBe('tanh');
    expect(notice).toEqual({
      field: 'act',
      given: '<script>',
      used: 'tanh',
      message: 'act: "<script>" is not one of relu, tanh, sigmoid; using the default tanh.',
    });
  });

  it('reads every choice field', () => {
    const { state, notices } = parse('#data=step&act=tanh&variant=classic&opt=momentum');
    expect(notices).toEqual([]);
    expect(state.config).toMatchObject({ dataset: 'step', activation: 'tanh', variant: 'classic', optimizer: 'momentum' });
    expect(only('#opt=rmsprop').state.config.optimizer).toBe('adam');
    expect(only('#variant=dropconnect').state.config.variant).toBe('inverted');
    expect(only('#data=moons').state.config.dataset).toBe('sine');
  });

  it('scheme: each scheme read, the default left out of the link, an unknown one falls back to bernoulli', () => {
    expect(parse('#scheme=gaussian').state.config.scheme).toBe('gaussian');
    const { state, notices } = parse('#scheme=dropconnect&p=0.3');
    expect(notices).toEqual([]);
    expect(serializeHash(state)).toContain('scheme=dropconnect');
    expect(serializeHash(parse('#scheme=bernoulli').state)).not.toContain('scheme');
    expect(only('#scheme=spike').state.config.scheme).toBe('bernoulli');
  });

  it('a link setting classic scaling with a scheme it does not apply to gets a notice; with Bernoulli it does not', () => {
    const { state, notice } = only('#scheme=gaussian&variant=classic');
    expect(state.config).toMatchObject({ scheme: 'gaussian', variant: 'classic' });
    expect(notice.field).toBe('variant');
    expect(notice.message).toMatch(/applies to Bernoulli dropout only; scheme=gaussian/);
    expect(only('#variant=classic&scheme=dropconnect').notice.field).toBe('variant');
    expect(parse('#scheme=bernoulli&variant=classic').notices).toEqual([]);
    expect(parse('#scheme=dropconnect&variant=inverted').notices).toEqual([]);
  });

  it('reads flags as 0|1 or true|false, and falls back on anything else', () => {
    const { state, notices } = parse('#compare=0&band=true&presenter=1&embed=1&autoplay=false');
    expect(notices).toEqual([]);
    expect(state.playback.compare).toBe(false);
    expect(state.frameOptions.mcBand).toBe(true);
    expect(state.page).toMatchObject({ presenter: true, embed: true, autoplay: false });
    const { state: bad, notice } = only('#compare=yes');
    expect(bad.playback.compare).toBe(true);
    expect(notice.message).toBe('compare: "yes" is not 0 or 1; using the default 1.');
  });
});

describe('parseHash: custom points', () => {
  it('reads custom points', () => {
    const { state, notices } = parse('#data=custom&pts=-0.5:0.2,0.3:0.9');
    expect(notices).toEqual([]);
    expect(state.config.points).toEqual([
      { x: -0.5, y: 0.2 },
      { x: 0.3, y: 0.9 },
    ]);
  });

  it('falls back to sine when custom data has fewer than 2 valid points', () => {
    for (const hash of ['#data=custom', '#data=custom&pts=0.1:0.1', '#data=custom&pts=', '#data=custom&pts=x']) {
      const { state, fields, notices } = parse(hash);
      expect(state.config.dataset, hash).toBe('sine');
      expect(state.config.points).toBeUndefined();
      expect(fields).toContain('data');
      expect(notices.find((n) => n.field === 'data')?.message).toMatch(/^data: custom needs at least 2 points in pts \(got [01]\); using sine\.$/);
    }
  });

  it('ignores points unless data=custom, with a notice', () => {
    const { state, notice } = only('#data=abs&pts=0:0,0.5:0.5');
    expect(state.config.dataset).toBe('abs');
    expect('points' in state.config).toBe(false);
    expect(notice.field).toBe('pts');
  });
});

describe('parseHash: page options', () => {
  it('panels: a subset, unknown names dropped with a notice', () => {
    expect(parse('#panels=loss,fit,sweep').state.page.panels).toEqual(['fit', 'loss', 'sweep']);
    const { state, notice } = only('#panels=fit,chart');
    expect(state.page.panels).toEqual(['fit']);
    expect(notice.message).toBe('panels: "chart" is not a panel (fit, network, loss, controls, lesson, sweep); using fit.');
    expect(only('#panels=chart').state.page.panels).toEqual(['fit', 'network', 'loss', 'controls']);
  });

  it('hide: safe identifiers kept, others dropped with a notice', () => {
    expect(parse('#hide=lr,batch-size').state.page.hide).toEqual(['lr', 'batch-size']);
    const { state, notice } = only('#hide=lr,%3Cimg%20src%3Dx%3E,Seed');
    expect(state.page.hide).toEqual(['lr']);
    expect(notice.given).toBe('lr,<img src=x>,Seed');
  });

  it('origin: kept verbatim when exact, "invalid" otherwise, null when absent', () => {
    expect(parse('#').state.page.origin).toBeNull();
    expect(parse('#origin=https://course.example.edu').state.page.origin).toBe('https://course.example.edu');
    expect(parse('#origin=http%3A%2F%2Flocalhost%3A8080').state.page.origin).toBe('http://localhost:8080');
    for (const bad of ['https://course.example.edu/lesson', '*', '', 'null', 'https://a.edu:443']) {
      const { state, notice } = only(`#origin=${encodeURIComponent(bad)}`);
      expect(state.page.origin, bad).toBe(INVALID_ORIGIN);
      expect(notice.used).toBe('invalid');
    }
    expect(parse('#origin=invalid').notices).toEqual([]);
  });
});

describe('parseHash: keys', () => {
  it('ignores unknown keys with a notice, prototype keys included', () => {
    const { state, notices } = parse('#zoom=2&__proto__=x&constructor=1&prototype=2&toString=3');
    expect(state).toEqual(defaultSettings());
    expect(notices.map((n) => n.message)).toEqual([
      'zoom: not a setting this page knows; ignored.',
      '__proto__: not a setting this page knows; ignored.',
      'constructor: not a setting this page knows; ignored.',
      'prototype: not a setting this page knows; ignored.',
      'toString: not a setting this page knows; ignored.',
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('uses the last of a repeated key, with a notice', () => {
    const { state, notice } = only('#n=10&n=20');
    expect(state.config.n).toBe(20);
    expect(notice.message).toBe('n: given more than once; using the last value, 20.');
  });

  it('reads an unknown version as the current one, with a notice', () => {
    const { state, notice } = only('#v=99&n=20');
    expect(state.config.n).toBe(20);
    expect(notice.field).toBe('v');
  });

  it('keeps a garbage hash to a bounded number of notices', () => {
    const hash = Array.from({ length: 500 }, (_, i) => `junk${i}=1`).join('&');
    const { notices } = parse(hash);
    expect(notices).toHaveLength(21);
    expect(notices[20].message).toContain('480 more');
  });
});

describe('serializeHash', () => {
  it('writes only v and seed for the defaults', () => {
    expect(serializeHash(defaultSettings())).toBe('#v=2&seed=1');
  });

  it('every field of the default state equals its own default (one source of defaults)', () => {
    const state = defaultSettings();
    for (const field of URL_FIELDS) {
      if (field.key !== 'seed') expect(field.text(state), field.key).toBeNull();
    }
  });

  it('writes changed fields in schema order, p once when equal, pts only for custom data', () => {
    const state: SettingsState = defaultSettings();
    state.config.hiddenLayers = [32, 16, 8];
    state.config.dropout = [0.2, 0.2, 0.2];
    state.config.seed = 42;
    state.page.embed = true;
    state.page.autoplay = false;
    state.page.hide = ['lr'];
    state.page.origin = 'https://course.example.edu';
    state.config.points = [{ x: 0, y: 0 }];
    expect(serializeHash(state)).toBe('#v=2&seed=42&layers=32,16,8&p=0.2&embed=1&autoplay=0&notices=1&hide=lr&origin=https://course.example.edu');
    state.config.dataset = 'custom';
    state.config.points = [
      { x: -0.5, y: 0.25 },
      { x: 1e-7, y: -2 },
    ];
    state.config.dropout = [0.1, 0.5, 0.5];
    state.page.autoplay = true;
    expect(serializeHash(state)).toBe(
      '#v=2&data=custom&pts=-0.5:0.25,1e-7:-2&seed=42&layers=32,16,8&p=0.1,0.5,0.5&embed=1&notices=1&hide=lr&origin=https://course.example.edu',
    );
    expect(parseHash(serializeHash(state))).toEqual({ state, notices: [] });
  });

  it('round-trips 500 custom points exactly', () => {
    const state = defaultSettings();
    state.config.dataset = 'custom';
    state.config.points = Array.from({ length: 500 }, (_, i) => ({ x: -1 + (2 * i) / 499, y: 2 * Math.sin(i) }));
    expect(parseHash(serializeHash(state))).toEqual({ state, notices: [] });
  });
});

describe('sweep settings', () => {
  it('reads and writes which sweep, steps per run and seeds', () => {
    const { state, notices } = parse('#sweep=n&ssteps=200&sseeds=1');
    expect(notices).toEqual([]);
    expect(state.sweep).toEqual({ kind: 'n', steps: 200, seeds: 1, folds: 4, grid: 3 });
    expect(serializeHash(state)).toBe('#v=2&seed=1&sweep=n&ssteps=200&sseeds=1');
  });

  it('reads the regularizer comparison with its folds and grid size, clamped into their ranges', () => {
    const { state, notices } = parse('#sweep=regularizers&sfolds=3&sgrid=9');
    expect(state.sweep).toEqual({ kind: 'regularizers', steps: 3000, seeds: 5, folds: 3, grid: 6 });
    expect(notices.map((n) => n.message)).toEqual(['sgrid: 9 is outside 2–6; using 6.']);
    expect(parse(serializeHash(state)).state.sweep).toEqual(state.sweep);
  });

  it('clamps steps and seeds into their ranges, and falls back on an unknown sweep', () => {
    const { state, notices } = parse('#sweep=lr&ssteps=5&sseeds=99');
    expect(state.sweep).toEqual({ kind: 'p', steps: 100, seeds: 10, folds: 4, grid: 3 });
    expect(notices.map((n) => n.message)).toEqual([
      'sweep: "lr" is not one of p, n, regularizers; using the default p.',
      'ssteps: 5 is outside 100–20000; using 100.',
      'sseeds: 99 is outside 1–10; using 10.',
    ]);
  });
});
