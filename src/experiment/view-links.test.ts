import { describe, expect, it } from 'vitest';
import { defaultSettings } from './defaults';
import { applyParams, parseHash, serializeHash, toJsonParams } from './link-codec';

const views = (hash: string) => {
  const { state, notices } = parseHash(hash);
  return { ensemble: state.page.ensemble, robustness: state.frameOptions.robustness, rlayer: state.frameOptions.robustnessLayer, state, notices };
};

describe('links: the ensemble and robustness views', () => {
  it('round-trip: each view and layer is written when set and read back without notices', () => {
    for (const [ensemble, robustness, rlayer] of [
      [true, false, 0],
      [false, true, 0],
      [false, true, 1],
      [true, true, 2],
    ] as const) {
      const state = defaultSettings();
      state.page.ensemble = ensemble;
      state.frameOptions.robustness = robustness;
      state.frameOptions.robustnessLayer = rlayer;
      const hash = serializeHash(state);
      expect(hash.includes('ensemble=1'), hash).toBe(ensemble);
      expect(hash.includes('robustness=1'), hash).toBe(robustness);
      expect(hash.includes(`rlayer=${rlayer}`), hash).toBe(rlayer !== 0);
      const back = views(hash);
      expect(back.notices).toEqual([]);
      expect(back.state).toEqual(state);
    }
  });

  it('links without them (of either version) open the fit and the diagram as before, and leave them out when written', () => {
    for (const hash of ['', '#v=1&seed=3', '#v=2&seed=1&knockout=1:3']) {
      const back = views(hash);
      expect([back.ensemble, back.robustness, back.rlayer]).toEqual([false, false, 0]);
      expect(serializeHash(back.state)).not.toMatch(/ensemble|robustness|rlayer/);
    }
  });

  it('rlayer is read against the link own layers: a third hidden layer exists in a 3-layer link', () => {
    const back = views('#layers=8,8,8&robustness=1&rlayer=3');
    expect(back.notices).toEqual([]);
    expect(back.rlayer).toBe(3);
  });

  it('a bad view flag is dropped with a notice naming the field and the values; the rest of the link is kept', () => {
    const back = views('#n=50&ensemble=yes&robustness=1&rlayer=1');
    expect([back.ensemble, back.robustness, back.rlayer, back.state.config.n]).toEqual([false, true, 1, 50]);
    expect(back.notices).toHaveLength(1);
    expect(back.notices[0]).toMatchObject({ field: 'ensemble', given: 'yes', used: '0' });
    expect(back.notices[0].message).toMatch(/^ensemble: .*not 0 or 1; using the default 0\.$/);
  });

  it('an rlayer the network lacks, or that is not a whole number, is dropped (not clamped) with the allowed layers named', () => {
    for (const given of ['3', '-1', '1.5', 'two', '']) {
      const back = views(`#n=50&layers=64,64&robustness=1&ensemble=1&rlayer=${given}`);
      expect([back.rlayer, back.robustness, back.ensemble, back.state.config.n], given).toEqual([0, true, true, 50]);
      expect(back.notices.map((n) => n.field)).toEqual(['rlayer']);
      expect(back.notices[0].message).toContain('0 (every hidden layer) or a hidden layer 1–2; using the default 0.');
    }
  });
});

describe('embed API: the views in get and set', () => {
  it('get carries them in JSON types, and set takes that back unchanged', () => {
    const state = defaultSettings();
    state.page.ensemble = true;
    state.frameOptions.robustness = true;
    state.frameOptions.robustnessLayer = 2;
    const json = toJsonParams(state);
    expect(json).toMatchObject({ ensemble: true, robustness: true, rlayer: 2 });
    const applied = applyParams(defaultSettings(), json);
    expect(applied.notices).toEqual([]);
    expect(applied.state).toEqual(state);
  });

  it('set of an rlayer the network lacks keeps the current one, with a notice', () => {
    const base = defaultSettings();
    base.frameOptions.robustnessLayer = 1;
    const applied = applyParams(base, { rlayer: 5, robustness: true });
    expect(applied.state.frameOptions).toMatchObject({ robustness: true, robustnessLayer: 1 });
    expect(applied.notices.map((n) => n.message)).toEqual(['rlayer: 5 is not 0 (every hidden layer) or a hidden layer 1–2; keeping 1.']);
  });

  it('set of fewer layers sets rlayer back to every layer when its layer is gone, and keeps it otherwise', () => {
    const base = defaultSettings();
    base.frameOptions.robustnessLayer = 2;
    expect(applyParams(base, { layers: [32] }).state.frameOptions.robustnessLayer).toBe(0);
    expect(applyParams(base, { layers: [32, 32, 32] }).state.frameOptions.robustnessLayer).toBe(2);
  });
});
