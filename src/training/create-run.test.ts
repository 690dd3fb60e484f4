import { describe, expect, it } from 'vitest';
import { evalMse } from '../model/loss';
import { createRun } from './create-run';
import { OVERFITTING_PRESET, LESSON_STEPS } from '../experiment/presets';
import type { ExperimentConfig } from '../experiment/types';

const SEEDS = [1, 2, 3, 4, 5];
const NOISE_VARIANCE = OVERFITTING_PRESET.noise ** 2;

function meanLosses(p: number): { train: number; test: number } {
  let train = 0;
  let test = 0;
  for (const seed of SEEDS) {
    const config: ExperimentConfig = { ...OVERFITTING_PRESET, seed, dropout: [p, p] };
    const { dataset, training } = createRun(config);
    for (let s = 0; s < LESSON_STEPS; s++) training.trainStep();
    train += evalMse(training.net, dataset.trainX, dataset.trainY);
    test += evalMse(training.net, dataset.testX, dataset.testY);
  }
  return { train: train / SEEDS.length, test: test / SEEDS.length };
}

describe('the overfitting preset', () => {
  const plain = meanLosses(0);
  const dropout = meanLosses(0.5);

  it('without dropout fits the noise: train MSE below σ²/2, test MSE above 1.5 σ²', () => {
    expect(plain.train).toBeLessThan(0.5 * NOISE_VARIANCE);
    expect(plain.test).toBeGreaterThan(1.5 * NOISE_VARIANCE);
  });

  it('with p = 0.5 generalises better: lower mean test MSE', () => {
    expect(dropout.test).toBeLessThan(plain.test);
  });

  it('the same seed reproduces data, initial weights and losses exactly', () => {
    const a = createRun(OVERFITTING_PRESET);
    const b = createRun({ ...OVERFITTING_PRESET, dropout: [0.5, 0.5] });
    expect(a.dataset).toEqual(b.dataset);
    expect(a.training.net.params).toEqual(b.training.net.params);
    const c = createRun(OVERFITTING_PRESET);
    for (let s = 0; s < 100; s++) expect(a.training.trainStep()).toBe(c.training.trainStep());
  });
});
