import type { DataConfig } from '../data/config';
import { type Dataset, makeDataset } from '../data/datasets';
import { type ModelConfig, validateModelConfig } from '../model/config';
import { Training } from '../model/training';

/** Everything that defines a run: the data, the network and its training. */
export type ExperimentConfig = DataConfig & ModelConfig;

/** Sine, N = 16, σ = 0.25, two hidden layers of 64 ReLU, Adam lr 0.01, full batch: overfits in ~2000 steps. */
export const OVERFITTING_PRESET: ExperimentConfig = {
  dataset: 'sine',
  n: 16,
  noise: 0.25,
  testCount: 200,
  seed: 1,
  hiddenLayers: [64, 64],
  activation: 'relu',
  dropout: [0, 0],
  variant: 'inverted',
  optimizer: 'adam',
  learningRate: 0.01,
  l2: 0,
  batchSize: 0,
};

export const OVERFITTING_PRESET_STEPS = 2000;

export interface Run {
  readonly dataset: Dataset;
  readonly training: Training;
}

/** Builds the data and a freshly initialised training run; throws a ConfigError on a bad configuration. */
export function createRun(config: ExperimentConfig): Run {
  validateModelConfig(config);
  const dataset = makeDataset(config);
  const training = new Training(config, { x: dataset.trainX, y: dataset.trainY }, config.seed);
  return { dataset, training };
}
