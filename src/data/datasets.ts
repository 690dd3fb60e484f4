import { Rng, Stream } from '../model/rng';
import { customTestCount, type DataConfig, validateDataConfig } from './config';
import { TRUE_FUNCTIONS, type TrueFunction } from './true-functions';

export interface Dataset {
  readonly trainX: Float32Array;
  readonly trainY: Float32Array;
  readonly testX: Float32Array;
  readonly testY: Float32Array;
  /** The noise-free function for drawing; null for custom data. */
  readonly truth: TrueFunction | null;
}

/**
 * Noisy samples of f: x ~ U[−1, 1], y = f(x) + σ·ε. Points are drawn one after
 * another from the stream, so a larger N extends the same set.
 */
function sample(f: TrueFunction, count: number, noise: number, rng: Rng): { x: Float32Array; y: Float32Array } {
  const x = new Float32Array(count);
  const y = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const xi = Math.fround(rng.range(-1, 1));
    x[i] = xi;
    y[i] = f(xi) + noise * rng.gaussian();
  }
  return { x, y };
}

/** The user's points: a seeded random quarter (at least one) is held out as the test set. */
function splitCustom(config: DataConfig): Dataset {
  const points = config.points ?? [];
  const order = new Int32Array(points.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  Rng.stream(config.seed, Stream.split).shuffle(order);
  const testCount = customTestCount(points.length);
  const trainCount = points.length - testCount;
  const pick = (from: number, count: number, axis: 'x' | 'y') => Float32Array.from({ length: count }, (_, k) => points[order[from + k]][axis]);
  return {
    trainX: pick(0, trainCount, 'x'),
    trainY: pick(0, trainCount, 'y'),
    testX: pick(trainCount, testCount, 'x'),
    testY: pick(trainCount, testCount, 'y'),
    truth: null,
  };
}

/** Builds the train and test sets of a validated configuration (throws ConfigError otherwise). */
export function makeDataset(config: DataConfig): Dataset {
  validateDataConfig(config);
  if (config.dataset === 'custom') return splitCustom(config);
  const f = TRUE_FUNCTIONS[config.dataset];
  const train = sample(f, config.n, config.noise, Rng.stream(config.seed, Stream.trainData));
  const test = sample(f, config.testCount, config.noise, Rng.stream(config.seed, Stream.testData));
  return { trainX: train.x, trainY: train.y, testX: test.x, testY: test.y, truth: f };
}
