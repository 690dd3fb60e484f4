import { describe, expect, it } from 'vitest';
import type { DataConfig } from './config';
import { makeDataset } from './datasets';
import { TRUE_FUNCTIONS } from './true-functions';

const base: DataConfig = { dataset: 'sine', n: 16, noise: 0.25, testCount: 200, seed: 1 };
/** Statistical checks allow ±Z standard deviations, the SD derived from the variance of the statistic. */
const Z = 6;

describe('makeDataset', () => {
  it('is reproducible from the seed and changes with it', () => {
    expect(makeDataset(base)).toEqual(makeDataset(base));
    expect(makeDataset({ ...base, seed: 2 }).trainX).not.toEqual(makeDataset(base).trainX);
  });

  it('draws x in [−1, 1] and noise with the requested σ', () => {
    const d = makeDataset({ ...base, n: 500, testCount: 1000, noise: 0.3 });
    const f = TRUE_FUNCTIONS.sine;
    let sumSq = 0;
    for (let i = 0; i < d.testX.length; i++) {
      expect(Math.abs(d.testX[i])).toBeLessThanOrEqual(1);
      sumSq += (d.testY[i] - f(d.testX[i])) ** 2;
    }
    // The sample variance of 1000 N(0, σ²) draws has sd σ²·√(2/1000).
    const variance = sumSq / d.testX.length;
    expect(Math.abs(variance - 0.09)).toBeLessThan(5 * 0.09 * Math.sqrt(2 / 1000));
  });

  it('keeps the test set separate: more training data extends the same training set and leaves the test set alone', () => {
    const small = makeDataset(base);
    const large = makeDataset({ ...base, n: 200 });
    expect(large.trainX.subarray(0, 16)).toEqual(small.trainX);
    expect(large.trainY.subarray(0, 16)).toEqual(small.trainY);
    expect(large.testX).toEqual(small.testX);
    expect(large.testY).toEqual(small.testY);
  });

  describe('the test set is an independent sample, not a copy of the training set', () => {
    // Many seeds, not a chosen one: every seed below is a fresh experiment.
    const SEEDS = Array.from({ length: 200 }, (_, s) => 1000 + s);
    const config = (seed: number): DataConfig => ({ ...base, seed });

    it('test x are not the training x', () => {
      // Under independence two draws round to the same float32 with probability
      // ≈ (1/4)·(4/3)·2⁻²⁴ ≈ 2e-8 (x ~ U[−1, 1), float32 spacing 2⁻²⁴⁻ᵏ on [2⁻ᵏ⁻¹, 2⁻ᵏ)),
      // so over 200 seeds × 16 × 200 pairs the expected number of equal pairs is ≈ 0.013
      // and P(more than 2) < 1e-6 (Poisson). A test set drawn from the training
      // stream repeats all 16 training x in every seed: 3200 equal pairs.
      let equalPairs = 0;
      for (const seed of SEEDS) {
        const d = makeDataset(config(seed));
        const train = new Set(d.trainX);
        for (const x of d.testX) if (train.has(x)) equalPairs++;
      }
      expect(equalPairs).toBeLessThanOrEqual(2);
    });

    it('test noise is independent of the training noise (correlation within its 6σ bound over many seeds)', () => {
      const f = TRUE_FUNCTIONS.sine;
      const sigma2 = base.noise ** 2;
      const n = base.n;
      const T = base.testCount;
      // Noise of point i: e_i = y_i − f(x_i) (float32 storage adds ~1e-8, negligible).
      // (1) Index-aligned: Σ_seeds Σ_{i<n} e_i·t_i. Under independence each product has
      //     mean 0 and variance σ⁴, all independent → SD = σ²·√(seeds·n).
      // (2) Any re-use, whatever the pairing: Σ_seeds (Σ_i e_i)(Σ_j t_j). Under independence
      //     each term has mean 0 and variance (nσ²)(Tσ²) → SD = σ²·√(seeds·n·T). If the test
      //     noise re-used training noise values, E[term] > 0 (a sum of squares of shared noise).
      let aligned = 0;
      let sums = 0;
      for (const seed of SEEDS) {
        const d = makeDataset(config(seed));
        const e = Array.from(d.trainX, (x, i) => d.trainY[i] - f(x));
        const t = Array.from(d.testX, (x, j) => d.testY[j] - f(x));
        for (let i = 0; i < n; i++) aligned += e[i] * t[i];
        sums += e.reduce((s, v) => s + v, 0) * t.reduce((s, v) => s + v, 0);
      }
      const S = SEEDS.length;
      expect(Math.abs(aligned)).toBeLessThanOrEqual(Z * sigma2 * Math.sqrt(S * n));
      expect(Math.abs(sums)).toBeLessThanOrEqual(Z * sigma2 * Math.sqrt(S * n * T));
    });
  });

  it('noise 0 puts the points on the true function', () => {
    for (const dataset of ['sine', 'cubic', 'abs', 'step'] as const) {
      const d = makeDataset({ ...base, dataset, noise: 0 });
      const f = TRUE_FUNCTIONS[dataset];
      d.trainX.forEach((x, i) => expect(d.trainY[i]).toBeCloseTo(f(x), 6));
      expect(d.truth).toBe(f);
    }
  });

  it('holds out a seeded quarter of custom points (at least one) as the test set', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({ x: -1 + i / 5, y: i / 10 }));
    const d = makeDataset({ ...base, dataset: 'custom', points });
    expect(d.testX.length).toBe(2);
    expect(d.trainX.length).toBe(8);
    const all = [...d.trainX, ...d.testX].map((x) => Math.fround(x)).sort((a, b) => a - b);
    expect(all).toEqual(points.map((p) => Math.fround(p.x)).sort((a, b) => a - b));
    expect(d.truth).toBeNull();
    const two = makeDataset({ ...base, dataset: 'custom', points: points.slice(0, 2) });
    expect([two.trainX.length, two.testX.length]).toEqual([1, 1]);
    const otherSeed = makeDataset({ ...base, seed: 99, dataset: 'custom', points });
    expect([...otherSeed.testX]).not.toEqual([...d.testX]);
  });
});
