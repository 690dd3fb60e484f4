/**
 * The two-run claim and the health of long runs at ten times the lesson
 * length. A pair of long runs costs about as much as twenty lesson-length
 * pairs, so CI takes the first seeds of the unseen range (101–102, all must
 * hold); `npm run test:science:full` runs 100 seeds (5001–5100).
 */
import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../experiment/presets';
import { claimsOnSeed, geometricMean, measureSeed } from './lesson-claims';

const SEEDS = [101, 102];
const outcomes = SEEDS.map((seed) => measureSeed(seed, { long: true }));
const claims = outcomes.map((o) => claimsOnSeed(o, OVERFITTING_PRESET.noise));
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

describe('the lesson at ten times its length, on seeds 101–102', () => {
  it('dropout still ends lower on every seed, with a geometric mean of the ratios ≤ 0.75', () => {
    expect(claims.every((c) => c.dropoutLowerLong === true)).toBe(true);
    expect(geometricMean(outcomes.map((o) => (o.dropout.longTest ?? Number.NaN) / (o.plain.longTest ?? Number.NaN)))).toBeLessThanOrEqual(0.75);
  });

  it('long runs stay healthy: no 10× jump of the training MSE after the first 10%, and the dropout run’s mean test MSE within 15% of the lesson length’s', () => {
    expect(claims.every((c) => c.noJumps)).toBe(true);
    const atLesson = mean(outcomes.map((o) => o.dropout.finalTest));
    const atLong = mean(outcomes.map((o) => o.dropout.longTest ?? Number.NaN));
    expect(Math.abs(atLong - atLesson) / atLesson).toBeLessThanOrEqual(0.15);
  });
});
