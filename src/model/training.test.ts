import { describe, expect, it } from 'vitest';
import type { ModelConfig } from './config';
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
    t.applyLive({ ...config, dropout: [0.6, 0.1], variant: 'classic', optimizer: 'sgd', learningRate: 0.1, l2: 0, batchSize: 0 });
    expect(t.net.params).toEqual(before);
    expect(t.net.dropoutOf(0)).toBe(0.6);
    t.trainStep();
    expect(t.lastBatchSize).toBe(40);
    expect(t.net.params).not.toEqual(before);
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
