/**
 * The lesson's claims at the lesson length on seeds nobody picked (101–120:
 * the presets were calibrated on seeds 1–100). lesson-claims-long.test.ts
 * checks ten times the lesson length; `npm run test:science:full` checks all
 * of it on seeds 5001–5100 with Wilson bounds.
 */
import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../experiment/presets';
import { claimsOnSeed, geometricMean, measureSeed, SLOPE_GRID } from './lesson-claims';

const SEEDS = Array.from({ length: 20 }, (_, i) => 101 + i);
const outcomes = SEEDS.map((seed) => measureSeed(seed, { long: false }));
const claims = outcomes.map((o) => claimsOnSeed(o, OVERFITTING_PRESET.noise));
const count = (pick: (c: (typeof claims)[number]) => boolean | null) => claims.filter((c) => pick(c) === true).length;

describe('the lesson at its length, on seeds 101–120', () => {
  it('without dropout the network fits the noise and overfits: train MSE < σ²/2, test ≥ 2.5 × train and ≥ 1.2 × its best (19 of 20)', () => {
    expect(count((c) => c.plainFitsNoise)).toBeGreaterThanOrEqual(19);
    expect(count((c) => c.plainOverfits)).toBeGreaterThanOrEqual(19);
    expect(count((c) => c.plainPastBest)).toBeGreaterThanOrEqual(19);
  });

  it('with the preset’s p the final test MSE is lower (18 of 20, geometric mean of the ratios ≤ 0.75)', () => {
    expect(count((c) => c.dropoutLower)).toBeGreaterThanOrEqual(18);
    expect(geometricMean(outcomes.map((o) => o.dropout.finalTest / o.plain.finalTest))).toBeLessThanOrEqual(0.75);
  });

  it(`the dropout fit follows the trend: at most 12% of the steep points of a ${SLOPE_GRID}-point grid are flat (mean over seeds)`, () => {
    const mean = outcomes.reduce((s, o) => s + o.dropout.flatShare, 0) / outcomes.length;
    expect(mean).toBeLessThanOrEqual(0.12);
  });

  it('the training MSE never jumps by 10× after the first 10% of the lesson', () => {
    expect(count((c) => c.noJumps)).toBe(SEEDS.length);
  });
});
