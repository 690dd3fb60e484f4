/**
 * The dropout-scheme table and the shared keep sampler. Every scheme is held to
 * the same properties, so a new scheme is one table entry plus a case in
 * referenceScales (test-helpers.ts). Statistical checks use ±Z standard
 * deviations with Z = 6, as in dropout-stats.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DROPOUT_VARIANTS } from './config';
import { DROPOUT_SCALINGS, keepFlag, keepProbability, keepThreshold, sampleKeepMask, thresholdProbability } from './dropout';
import { ForwardMode } from './mlp';
import { Rng, Stream } from './rng';
import { makeNet, proportionSd, referenceScales } from './test-helpers';

const Z = 6;
const TWO_POW_32 = 4294967296;
const P_MAX = 0.9; // MODEL_LIMITS.dropout.max
const anyP = fc.double({ min: 0, max: P_MAX, noNaN: true });

it('has exactly one scheme per dropout variant', () => {
  expect(Object.keys(DROPOUT_SCALINGS).sort()).toEqual([...DROPOUT_VARIANTS].sort());
});

describe.each(DROPOUT_VARIANTS)('scheme %s', (variant) => {
  const scheme = DROPOUT_SCALINGS[variant];

  it('scales as DESIGN.md says', () => {
    fc.assert(
      fc.property(anyP, (p) => {
        const ref = referenceScales(variant, p);
        expect(scheme.trainScale(p)).toBe(ref.train);
        expect(scheme.evalScale(p)).toBe(ref.eval);
      }),
    );
  });

  it('preserves the expectation: P(keep) × train scale = test scale', () => {
    fc.assert(
      fc.property(anyP, (p) => {
        const q = thresholdProbability(scheme.keepThreshold(p));
        expect(Math.abs(q - (1 - p))).toBeLessThanOrEqual(1 / TWO_POW_32);
        // E[train output] = h·q·s; the test output is h·evalScale. q is 1 − p to within 2⁻³².
        const s = scheme.trainScale(p);
        expect(Math.abs(q * s - scheme.evalScale(p))).toBeLessThanOrEqual(s * (1 / TWO_POW_32 + 4 * Number.EPSILON));
      }),
    );
  });

  it.each([0.1, 0.5, 0.9])('p = %s: the mean train output over sampled masks matches the test output', (p) => {
    const h = -0.7;
    const units = 200_000;
    const mask = sampleKeepMask(new Rng(91, Stream.masks), scheme.keepThreshold(p), new Uint8Array(units));
    const s = scheme.trainScale(p);
    let sum = 0;
    for (let o = 0; o < units; o++) sum += h * mask[o] * s;
    // SD of the mean of h·M·s over independent M ~ Bernoulli(q): |h|·s·√(q(1 − q)/units).
    const q = thresholdProbability(scheme.keepThreshold(p));
    expect(Math.abs(sum / units - h * scheme.evalScale(p))).toBeLessThanOrEqual(Z * Math.abs(h) * s * proportionSd(q, units) + 1e-12);
  });

  it('multiplies the upstream gradient by ∂a/∂h: the train scale if kept, 0 if dropped', () => {
    fc.assert(
      fc.property(anyP, (p) => {
        // A kept unit outputs a = h·s, a dropped one a = 0, both linear in h.
        expect(scheme.keptGradient(p)).toBe(scheme.trainScale(p));
        expect(scheme.droppedGradient).toBe(0);
      }),
    );
  });

  it('p = 0 is the identity: every unit kept, all factors 1', () => {
    expect(thresholdProbability(scheme.keepThreshold(0))).toBe(1);
    expect(scheme.trainScale(0)).toBe(1);
    expect(scheme.evalScale(0)).toBe(1);
    expect(scheme.keptGradient(0)).toBe(1);
    const mask = sampleKeepMask(new Rng(5, Stream.masks), scheme.keepThreshold(0), new Uint8Array(10_000));
    expect(mask.every((m) => m === 1)).toBe(true);
  });
});

describe('the keep sampler', () => {
  it('keeps exactly the draws below the threshold', () => {
    const max = TWO_POW_32 - 1;
    for (const u of [0, 1, 12345, 2 ** 31, max - 1, max]) {
      expect(keepFlag(u, u)).toBe(0);
      expect(keepFlag(u, u + 1)).toBe(1);
    }
    expect(keepFlag(max, keepThreshold(0))).toBe(1);
  });

  it.each([0.1, 0.5, 0.9])('p = %s: keep rate in the binomial interval', (p) => {
    const units = 100_000;
    const mask = sampleKeepMask(new Rng(17, Stream.thinned), keepThreshold(p), new Uint8Array(units));
    let kept = 0;
    for (let o = 0; o < units; o++) kept += mask[o];
    const q = keepProbability(p);
    expect(Math.abs(kept / units - q)).toBeLessThanOrEqual(Z * proportionSd(q, units));
  });

  it('draws the same masks as the training loop from the same stream, one draw per unit', () => {
    const net = makeNet({ hidden: [24], activation: 'relu', seed: 3 });
    net.setDropout([0.4], 'classic');
    const trainRng = new Rng(8, Stream.masks);
    const maskRng = new Rng(8, Stream.masks);
    const mask = new Uint8Array(24);
    for (let e = 0; e < 20; e++) {
      net.forward(0.1 * e, ForwardMode.train, trainRng, 0);
      sampleKeepMask(maskRng, net.keepThresholdOf(0), mask);
      expect(Array.from(net.layers[0].masks)).toEqual(Array.from(mask));
    }
    expect(trainRng.nextU32()).toBe(maskRng.nextU32());
  });
});
