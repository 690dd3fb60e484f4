import { describe, expect, it } from 'vitest';
import type { DataConfig } from './config';
import { makeDataset } from './datasets';
import { TRUE_FUNCTIONS } from './true-functions';

const base: DataConfig = { dataset: 'sine', n: 16, noise: 0.25, testCount: 200, seed: 1 };

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
