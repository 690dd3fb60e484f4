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

  it('opens the default page without a hash', () => {
    expect(caseHash({ view: 'default', n: null })).toBe('');
  });

  it('opens compare mode with N = 500 through a link the app reads without notices', () => {
    const { state, notices } = parseHash(caseHash({ view: 'compare', n: 500 }));
    expect(notices).toEqual([]);
    expect(state.playback.compare).toBe(true);
    expect(state.config.n).toBe(500);
    expect(state.config.hiddenLayers).toEqual(defaultSettings().config.hiddenLayers);
  });
});
