/** Configuration of the network and its training, with the core's own validator. */

import { checkChoice, checkNumber, ConfigError } from './validation';

export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const DROPOUT_VARIANTS = ['inverted', 'classic'] as const;
/** inverted: kept units × 1/(1 − p) in training, identity at test. classic: × (1 − p) at test. */
export type DropoutVariant = (typeof DROPOUT_VARIANTS)[number];

export const DROPOUT_SCHEME_NAMES = ['bernoulli', 'gaussian', 'dropconnect'] as const;
/** bernoulli: neurons dropped (× 0). gaussian: neurons × N(1, p/(1 − p)) noise. dropconnect: weights dropped instead of neurons. */
export type DropoutSchemeName = (typeof DROPOUT_SCHEME_NAMES)[number];

export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerKind = (typeof OPTIMIZERS)[number];

export interface ModelConfig {
  /** Neurons per hidden layer, input and output (1 each) excluded. */
  hiddenLayers: number[];
  activation: Activation;
  /** DROP probability p per hidden layer (keep = 1 − p). */
  dropout: number[];
  /** Bernoulli dropout only: the other schemes always use the inverted-style scaling. */
  variant: DropoutVariant;
  /** The noise dropout injects; p sets its strength in every scheme. */
  scheme: DropoutSchemeName;
  optimizer: OptimizerKind;
  learningRate: number;
  /** λ of the penalty λ‖W‖² on weights (not biases). */
  l2: number;
  /** Steps over which the learning rate halves (lr · 2^(−t/h) at step t); 0 keeps it constant. */
  lrHalfLife: number;
  /** Examples per minibatch; 0 or ≥ N means full batch. */
  batchSize: number;
}

/** Inclusive ranges, shared with the UI and URL layers so that every limit has one home. */
export const MODEL_LIMITS = {
  hiddenLayerCount: { min: 1, max: 4 },
  neurons: { min: 1, max: 128 },
  dropout: { min: 0, max: 0.9 },
  learningRate: { min: 0.00001, max: 10 },
  l2: { min: 0, max: 1 },
  lrHalfLife: { min: 0, max: 1_000_000 },
  batchSize: { min: 0, max: 500 },
} as const;

/** Throws a ConfigError naming the first bad field and its allowed range. */
export function validateModelConfig(config: ModelConfig): void {
  const layers = config.hiddenLayers;
  const count = MODEL_LIMITS.hiddenLayerCount;
  if (!Array.isArray(layers) || layers.length < count.min || layers.length > count.max) {
    throw new ConfigError('hiddenLayers', `must list ${count.min} to ${count.max} hidden layers (got ${Array.isArray(layers) ? layers.length : 'none'})`);
  }
  layers.forEach((n, i) => checkNumber(`hiddenLayers[${i}]`, n, MODEL_LIMITS.neurons, true));
  checkChoice('activation', config.activation, ACTIVATIONS);
  if (!Array.isArray(config.dropout) || config.dropout.length !== layers.length) {
    throw new ConfigError('dropout', `must give one drop probability per hidden layer (${layers.length})`);
  }
  config.dropout.forEach((p, i) => checkNumber(`dropout[${i}]`, p, MODEL_LIMITS.dropout));
  checkChoice('variant', config.variant, DROPOUT_VARIANTS);
  checkChoice('scheme', config.scheme, DROPOUT_SCHEME_NAMES);
  checkChoice('optimizer', config.optimizer, OPTIMIZERS);
  checkNumber('learningRate', config.learningRate, MODEL_LIMITS.learningRate);
  checkNumber('l2', config.l2, MODEL_LIMITS.l2);
  checkNumber('lrHalfLife', config.lrHalfLife, MODEL_LIMITS.lrHalfLife, true);
  checkNumber('batchSize', config.batchSize, MODEL_LIMITS.batchSize, true);
}

/**
 * The network and training half of the overfitting preset: two hidden layers
 * of 64 tanh, Adam lr 0.01 halving every 900 steps, full batch, no dropout.
 * The schedule lets the runs settle: without it Adam on a near-zero training
 * loss jumps by 10× and more in long runs.
 */
export const OVERFITTING_MODEL: ModelConfig = {
  hiddenLayers: [64, 64],
  activation: 'tanh',
  dropout: [0, 0],
  variant: 'inverted',
  scheme: 'bernoulli',
  optimizer: 'adam',
  learningRate: 0.01,
  l2: 0,
  lrHalfLife: 900,
  batchSize: 0,
};
