import { validateDataConfig } from '../data/config';
import { type Dataset, makeDataset } from '../data/datasets';
import { validateModelConfig } from '../model/config';
import { Training } from '../model/training';
import type { ExperimentConfig } from '../experiment/types';

/** Throws a ConfigError naming the first bad field of the model or the data. */
export function validateExperiment(config: ExperimentConfig): void {
  validateModelConfig(config);
  validateDataConfig(config);
}

/** A freshly initialised training run on the dataset's training set. */
export function createTraining(config: ExperimentConfig, dataset: Dataset): Training {
  return new Training(config, { x: dataset.trainX, y: dataset.trainY }, config.seed);
}

export interface Run {
  readonly dataset: Dataset;
  readonly training: Training;
}

/** Builds the data and a freshly initialised training run; throws a ConfigError on a bad configuration. */
export function createRun(config: ExperimentConfig): Run {
  validateExperiment(config);
  const dataset = makeDataset(config);
  return { dataset, training: createTraining(config, dataset) };
}
