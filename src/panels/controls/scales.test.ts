import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../experiment/presets';
import { defaultExperiment } from '../../experiment/defaults';
import { DROP_RATES, fitDropout, formatRate, LEARNING_RATES, LR_HALF_LIVES } from './scales';

describe('control scales', () => {
  it('offers drop rates from 0 to 0.9 in steps of 0.05, exactly', () => {
    expect(DROP_RATES[0]).toBe(0);
    expect(DROP_RATES.at(-1)).toBe(0.9);
    expect(DROP_RATES).toContain(0.5);
    expect(DROP_RATES).toContain(0.15);
  });

  it('offers every value a preset or the default sets, so a slider never shows a neighbour instead', () => {
    const configs = [defaultExperiment(), ...PRESETS.map((p) => ({ ...defaultExperiment(), ...p.patch.config }))];
    for (const c of configs) {
      expect(LR_HALF_LIVES).toContain(c.lrHalfLife);
      expect(LEARNING_RATES).toContain(c.learningRate);
      for (const p of c.dropout) expect(DROP_RATES).toContain(p);
    }
  });

  it('fits per-layer drop rates to a new layer count', () => {
    expect(fitDropout([0.2, 0.5], 4)).toEqual([0.2, 0.5, 0.5, 0.5]);
    expect(fitDropout([0.2, 0.5, 0.1], 1)).toEqual([0.2]);
    expect(fitDropout([], 2)).toEqual([0, 0]);
  });

  it('formats small rates in exponent form', () => {
    expect(formatRate(0.01)).toBe('0.01');
    expect(formatRate(0.00003)).toBe('3e-5');
  });
});
