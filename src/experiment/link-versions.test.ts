import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import { parseHash, serializeHash } from './link-codec';
import { URL_SCHEMA_VERSION } from './link-versions';

/** What a version-1 link meant by leaving a key out: the page's defaults before the presets were calibrated. */
const V1 = {
  dataset: 'sine',
  n: 16,
  noise: 0.25,
  testCount: 200,
  hiddenLayers: [64, 64],
  activation: 'relu',
  dropout: [0.5, 0.5],
  variant: 'inverted',
  optimizer: 'adam',
  learningRate: 0.01,
  l2: 0,
  lrHalfLife: 0,
  batchSize: 0,
};

describe('link versions', () => {
  it('writes the current version', () => {
    expect(URL_SCHEMA_VERSION).toBe(2);
    expect(serializeHash(defaultSettings())).toMatch(/^#v=2&/);
  });

  it('reads a version-1 link with the version-1 defaults, so an old link still means what it meant', () => {
    const { state, notices } = parseHash('#v=1&seed=3');
    expect(notices).toEqual([]);
    expect(state.config).toMatchObject({ ...V1, seed: 3 });
    expect(state.playback.compare).toBe(false);
    expect(parseHash('#v=2&seed=3').state.playback.compare).toBe(defaultSettings().playback.compare);
  });

  it('keeps what a version-1 link said, and reads a current link with today’s defaults', () => {
    expect(parseHash('#v=1&seed=3&n=40').state.config.n).toBe(40);
    const today = { ...defaultSettings().config, seed: 3 };
    expect(parseHash('#v=2&seed=3').state.config).toEqual(today);
    expect(parseHash('#seed=3').state.config).toEqual(today);
  });

  it('fills p for the link’s own layers with its version’s pattern: every layer in version 1, all but the first today', () => {
    expect(parseHash('#v=1&layers=32,32,32').state.config.dropout).toEqual([0.5, 0.5, 0.5]);
    const today = defaultSettings().config.dropout;
    expect(parseHash('#v=2&layers=32,32,32').state.config.dropout).toEqual([today[0], today[1], today[1]]);
    expect(parseHash('#v=2&layers=32').state.config.dropout).toEqual([today[1]]);
  });

  it('writes a version-1 link back as an equivalent current link', () => {
    const old = parseHash('#v=1&seed=3').state;
    expect(parseHash(serializeHash(old)).state).toEqual(old);
  });
});
