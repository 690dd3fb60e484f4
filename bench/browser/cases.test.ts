import { describe, expect, it } from 'vitest';
import { parseHash } from '../../src/experiment/link-codec';
import { defaultSettings } from '../../src/experiment/defaults';
import { allCases, caseHash, kernelKey } from './cases';

describe('browser bench cases', () => {
  it('covers every throttle × view × N once', () => {
    const cases = allCases();
    expect(new Set(cases.map((c) => `${c.throttle}|${kernelKey(c)}`)).size).toBe(cases.length);
    expect(cases).toHaveLength(8);
  });

  it('opens one network with the default N, whatever view the page opens on', () => {
    const { state, notices } = parseHash(caseHash({ view: 'single', n: null }));
    expect(notices).toEqual([]);
    expect(state.playback.compare).toBe(false);
    expect(state.config.n).toBe(defaultSettings().config.n);
  });

  it('opens compare mode with N = 500 through a link the app reads without notices', () => {
    const { state, notices } = parseHash(caseHash({ view: 'compare', n: 500 }));
    expect(notices).toEqual([]);
    expect(state.playback.compare).toBe(true);
    expect(state.config.n).toBe(500);
    expect(state.config.hiddenLayers).toEqual(defaultSettings().config.hiddenLayers);
  });
});
