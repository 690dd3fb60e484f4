import { describe, expect, it } from 'vitest';
import { defaultExperiment, defaultSettings } from './defaults';
import { FieldError } from './field-checks';
import { changedRebuildKeys, copyConfig, readConfig, readPlayback, settingLabel, settingsOf } from './setting-rules';
import { SETTING_LIST } from './settings';

describe('the settings table', () => {
  it('names every URL key and every state key once', () => {
    const urls = SETTING_LIST.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    const places = SETTING_LIST.map((s) => `${s.home}.${s.key}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it('has a row for every field of the experiment and of its playback, so nothing escapes links and run files', () => {
    const defaults = defaultSettings();
    const withPoints = { ...defaults.config, points: [] };
    expect(
      settingsOf('config')
        .map((s) => s.key)
        .sort(),
    ).toEqual(Object.keys(withPoints).sort());
    expect(
      settingsOf('playback')
        .map((s) => s.key)
        .sort(),
    ).toEqual(Object.keys(defaults.playback).sort());
  });

  it('gives each row a default its own codec accepts unchanged (pts has none: no custom points)', () => {
    const defaults = defaultSettings();
    for (const row of SETTING_LIST) {
      const value = row.fallback(defaults);
      if (row.url === 'pts') {
        expect(value).toBeUndefined();
        continue;
      }
      const decoded = row.codec.decode(row.codec.toJson(value), defaults);
      expect(decoded.ok, row.url).toBe(true);
      if (decoded.ok) expect(row.codec.equals(decoded.value, value), row.url).toBe(true);
    }
  });

  it('rebuilds exactly for the rows marked so, naming them by state key', () => {
    const before = { config: defaultExperiment(), playback: defaultSettings().playback };
    expect(changedRebuildKeys(before, before)).toEqual([]);
    expect(changedRebuildKeys(before, { ...before, config: { ...before.config, n: 40, learningRate: 0.5 } })).toEqual(['n']);
    expect(changedRebuildKeys(before, { ...before, config: { ...before.config, dropout: [0.1, 0.1] } })).toEqual([]);
    expect(changedRebuildKeys(before, { ...before, playback: { ...before.playback, compare: !before.playback.compare, speed: 5 } })).toEqual(['compare']);
    expect(settingLabel('hiddenLayers')).toBe('the hidden layers');
  });
});

describe('run files, read strictly through the table', () => {
  it('reads back what copyConfig writes, custom points included, and drops unknown keys', () => {
    const config = {
      ...defaultExperiment(),
      dataset: 'custom' as const,
      points: [
        { x: 0.1, y: 0.2 },
        { x: -0.5, y: 1 },
      ],
      extra: 'ignored',
    };
    const copy = copyConfig(config);
    expect(copy).not.toHaveProperty('extra');
    expect(readConfig(JSON.parse(JSON.stringify(copy)))).toEqual(copy);
    expect(readPlayback({ speed: 30, stopAt: 100, compare: true, extra: 1 })).toEqual({ speed: 30, stopAt: 100, compare: true });
  });

  it('refuses what a link would clamp: a string number, a value out of range, a p list of the wrong length', () => {
    const good = copyConfig(defaultExperiment());
    const bad = (patch: Record<string, unknown>) => () => readConfig({ ...good, ...patch });
    expect(bad({ learningRate: '0.1' })).toThrow(FieldError);
    expect(bad({ n: 501 })).toThrow('n: must be an integer from 2 to 500 (got 501)');
    expect(bad({ dropout: [0.5] })).toThrow('dropout: must list 2 drop probabilities');
    expect(() => readPlayback({ speed: 0, stopAt: 0, compare: 'yes' })).toThrow('playback.compare: must be true or false');
  });

  it('reads a run file written before the learning-rate schedule existed as a constant rate, not as today’s default', () => {
    const { lrHalfLife, ...older } = copyConfig({ ...defaultExperiment(), lrHalfLife: 1234 });
    expect(lrHalfLife).toBe(1234);
    expect(readConfig(older).lrHalfLife).toBe(0);
    expect(() => readConfig({ ...older, lrHalfLife: -1 })).toThrow('lrHalfLife');
  });
});

describe('the dropout scheme in run files', () => {
  it('reads a run file written before the schemes existed as Bernoulli dropout, and a scheme it names as that scheme', () => {
    const { scheme, ...older } = copyConfig({ ...defaultExperiment(), scheme: 'dropconnect' });
    expect(scheme).toBe('dropconnect');
    expect(readConfig(older).scheme).toBe('bernoulli');
    expect(readConfig({ ...older, scheme: 'gaussian' }).scheme).toBe('gaussian');
    expect(() => readConfig({ ...older, scheme: 'spike-and-slab' })).toThrow('scheme');
  });
});
