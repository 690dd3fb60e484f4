import { describe, expect, it } from 'vitest';
import { errorOf } from './validation.test-helpers';
import { validateModelConfig, type ModelConfig } from './config';

const good: ModelConfig = {
  hiddenLayers: [64, 64],
  activation: 'relu',
  dropout: [0.5, 0.5],
  variant: 'inverted',
  optimizer: 'adam',
  learningRate: 0.01,
  l2: 0,
  lrHalfLife: 0,
  scheme: 'bernoulli',
  batchSize: 0,
};

describe('the core validator', () => {
  it('accepts the overfitting preset', () => {
    expect(() => validateModelConfig(good)).not.toThrow();
  });

  it.each([
    ['p = 1', { dropout: [1, 0.5] }, 'dropout[0]', '0 to 0.9'],
    ['0 neurons', { hiddenLayers: [0, 64] }, 'hiddenLayers[0]', '1 to 128'],
    ['129 neurons', { hiddenLayers: [64, 129] }, 'hiddenLayers[1]', '1 to 128'],
    ['5 hidden layers', { hiddenLayers: [8, 8, 8, 8, 8], dropout: [0, 0, 0, 0, 0] }, 'hiddenLayers', '1 to 4'],
    ['a NaN learning rate', { learningRate: Number.NaN }, 'learningRate', '0.00001 to 10'],
    ['a negative L2', { l2: -0.1 }, 'l2', '0 to 1'],
    ['a fractional batch', { batchSize: 2.5 }, 'batchSize', 'integer'],
    ['a p list of the wrong length', { dropout: [0.5] }, 'dropout', 'per hidden layer'],
    ['an unknown activation', { activation: 'softplus' }, 'activation', 'relu, tanh, sigmoid'],
  ])('rejects %s, naming the field and its range', (_label, patch, field, range) => {
    const error = errorOf(() => validateModelConfig({ ...good, ...patch } as ModelConfig));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(error.message).toContain(range);
  });
});
