import { describe, expect, it } from 'vitest';
import type { ModelConfig } from './config';
import { keepProbability } from './dropout';
import { Rng } from './rng';
import { Training, type TrainSet } from './training';

const config: ModelConfig = {
  hiddenLayers: [16, 16],
  activation: 'relu',
  dropout: [0.3, 0.3],
  variant: 'inverted',
  optimizer: 'adam',
  learningRate: 0.01,
  l2: 0.001,
  lrHalfLife: 0,
  scheme: 'bernoulli',
  batchSize: 8,
};

function noisyLine(n: number, seed: number): TrainSet {
  const rng = new Rng(seed);
  const x = Float32Array.from({ length: n }, () => rng.range(-1, 1));
  const y = Float32Array.from(x, (xi) => 0.5 * xi + 0.1 * rng.gaussian());
  return { x, y };
}

function losses(training: Training, steps: number): Float64Array {
  return Float64Array.from({ length: steps }, () => training.trainStep());
}

describe('Training', () => {
  it('replays bit for bit from the same seed and configuration', () => {
    const data = noisyLine(40, 1);
    for (const activation of ['relu', 'tanh', 'sigmoid'] as const) {
      for (const optimizer of ['sgd', 'momentum', 'adam'] as const) {
        const c = { ...config, activation, optimizer };
        const a = new Training(c, data, 9);
        const b = new Training(c, data, 9);
        expect(losses(a, 200)).toEqual(losses(b, 200));
        expect(a.net.params).toEqual(b.net.params);
      }
    }
  });

  it('a different seed gives different initial weights and a different run', () => {
    const data = noisyLine(40, 1);
    const a = new Training(config, data, 1);
    const b = new Training(config, data, 2);
    expect(a.net.params).not.toEqual(b.net.params);
    expect(losses(a, 5)).not.toEqual(losses(b, 5));
  });

  it('changing only p leaves the initial weights and the minibatch order identical', () => {
    const data = noisyLine(40, 1);
    const a = new Training({ ...config, dropout: [0, 0] }, data, 5);
    const b = new Training({ ...config, dropout: [0.8, 0.2] }, data, 5);
    expect(a.net.params).toEqual(b.net.params);
    for (let s = 0; s < 12; s++) {
      a.trainStep();
      b.trainStep();
      expect([...a.lastBatch()]).toEqual([...b.lastBatch()]);
    }
  });

  it('live changes keep the weights and take effect on the next step', () => {
    const data = noisyLine(40, 1);
    const t = new Training(config, data, 3);
    losses(t, 50);
    const before = Float32Array.from(t.net.params);
    t.applyLive({ ...config, dropout: [0.6, 0.1], variant: 'classic', optimizer: 'sgd', learningRate: 0.1, l2: 0, lrHalfLife: 0, batchSize: 0 });
    expect(t.net.params).toEqual(before);
    expect(t.net.dropoutOf(0)).toBe(0.6);
    t.trainStep();
    expect(t.lastBatchSize).toBe(40);
    expect(t.net.params).not.toEqual(before);
  });

  it.each([0.5, 0.2])('p = %s: every step draws fresh masks — the fraction of units whose mask changes between steps is 2q(1 − q)', (p) => {
    // Full batch, so row b holds example b at every step. Steps are taken in disjoint pairs
    // (2k, 2k + 1), so with masks independent across steps every (seed, pair, layer, row, unit)
    // gives an independent Bernoulli(r) "changed" indicator, r = P(keep then drop or drop then
    // keep) = 2q(1 − q), q = P(keep): SD of the observed fraction = √(r(1 − r)/count); Z = 6.
    // A mask reused from step to step gives 0; one reused for a while gives less than r.
    const Z = 6;
    const data = noisyLine(8, 1);
    const c: ModelConfig = { ...config, dropout: [p, p], optimizer: 'sgd', learningRate: 0.01, batchSize: 0 };
    const pairs = 25;
    let changed = 0;
    let count = 0;
    for (let seed = 100; seed < 120; seed++) {
      const t = new Training(c, data, seed);
      for (let k = 0; k < pairs; k++) {
        t.trainStep();
        const before = t.net.layers.slice(0, t.net.hiddenCount).map((l) => l.masks.slice(0, t.lastBatchSize * l.nOut));
        t.trainStep();
        before.forEach((m, l) => {
          const after = t.net.layers[l].masks;
          for (let i = 0; i < m.length; i++) changed += m[i] === after[i] ? 0 : 1;
          count += m.length;
        });
      }
    }
    expect(count).toBe(20 * pairs * 8 * 32);
    const q = keepProbability(p);
    const r = 2 * q * (1 - q);
    expect(Math.abs(changed / count - r)).toBeLessThanOrEqual(Z * Math.sqrt((r * (1 - r)) / count));
  });

  it('stores the last minibatch masks, one row per example', () => {
    const data = noisyLine(40, 1);
    const t = new Training({ ...config, dropout: [0.5, 0.5] }, data, 4);
    t.trainStep();
    const layer = t.net.layers[0];
    const rows = t.lastBatchSize;
    const kept = layer.masks.subarray(0, rows * layer.nOut).reduce((s, m) => s + m, 0);
    // 8 × 16 = 128 Bernoulli(½) draws: mean 64, sd 5.7.
    expect(kept).toBeGreaterThan(64 - 5 * 5.7);
    expect(kept).toBeLessThan(64 + 5 * 5.7);
  });
});
