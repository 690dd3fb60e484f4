import { describe, expect, it } from 'vitest';
import type { EnsembleMessage } from '../../training/protocol';
import { LESSON_ENSEMBLE } from './strings-ensemble';

function message(scaling: number, exact: number | null, variance: number): EnsembleMessage {
  return {
    type: 'ensemble',
    runVersion: 1,
    run: 'B',
    step: 1500,
    checkpoints: [1, 1000],
    hiddenNeurons: 16,
    scaling: Float32Array.of(0, 0),
    exact: exact === null ? null : Float32Array.of(0.3, -0.3),
    mc: Float32Array.of(0, 0, 0, 0),
    testMse: { scaling, exact, mc: [scaling + variance, (exact ?? scaling) + variance / 1000] },
    thinnedVariance: variance,
  };
}

describe('the lesson’s ensemble sentence', () => {
  it('invites to open the view until it has run', () => {
    expect(LESSON_ENSEMBLE.live(null)).toBe(LESSON_ENSEMBLE.closed);
  });

  it('says the MC average ends up below the scaling rule only when the exact average is below it', () => {
    const below = LESSON_ENSEMBLE.live(message(0.3, 0.25, 0.1));
    expect(below).toContain('the scaling rule 0.3');
    expect(below).toContain('the exact average of all of them 0.25');
    expect(below).toContain('root mean square');
    expect(below).toMatch(/from k ≈ 2, and ends up below it/);
    expect(LESSON_ENSEMBLE.live(message(0.3, 0.302, 0.1))).toMatch(/from k ≈ 100, but never below it/);
  });

  it('says "never" with the gap, and that the test-time network is better, when the exact average is more than 1% worse', () => {
    const never = LESSON_ENSEMBLE.live(message(0.2, 0.25, 0.1));
    expect(never).toContain('never comes within 1%');
    expect(never).toContain('0.05 higher');
    expect(never).toContain('better on the test points');
    expect(never).not.toContain('k ≈');
  });

  it('without enumeration it names no exact average', () => {
    const text = LESSON_ENSEMBLE.live(message(0.2, null, 0.05));
    expect(text).not.toContain('exact average of all');
    expect(text).toContain('the average of 1,000 thinned networks');
  });
});
