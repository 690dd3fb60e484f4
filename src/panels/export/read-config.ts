import { ACTIVATIONS, DATA_LIMITS, DATASETS, DROPOUT_VARIANTS, MODEL_LIMITS, OPTIMIZERS } from '../../state/limits';
import type { ExperimentConfig, PlaybackConfig } from '../../worker/protocol';
import { FieldError, own, readArray, readBoolean, readChoice, readNumber, readObject } from './field-checks';
import { PLAYBACK_LIMITS } from '../../state/limits';

type Point = { x: number; y: number };

function readPoints(value: unknown, custom: boolean): Point[] {
  const { min, max } = DATA_LIMITS.customPoints;
  const items = readArray('points', value, { min: custom ? min : 0, max }, 'points');
  return items.map((item, i) => {
    const point = readObject(`points[${i}]`, item);
    return {
      x: readNumber(`points[${i}].x`, own(point, 'x'), DATA_LIMITS.coordinate),
      y: readNumber(`points[${i}].y`, own(point, 'y'), DATA_LIMITS.customY),
    };
  });
}

/**
 * A fresh, fully checked ExperimentConfig from untrusted JSON, with the same
 * ranges as the controls and the core (src/state/limits.ts). Unknown keys are
 * dropped. Throws a FieldError naming the first bad field.
 */
export function readConfig(value: unknown): ExperimentConfig {
  const c = readObject('config', value);
  const dataset = readChoice('dataset', own(c, 'dataset'), DATASETS);
  const n = readNumber('n', own(c, 'n'), DATA_LIMITS.n, true);
  const noise = readNumber('noise', own(c, 'noise'), DATA_LIMITS.noise);
  const testCount = readNumber('testCount', own(c, 'testCount'), DATA_LIMITS.testCount, true);
  const seed = readNumber('seed', own(c, 'seed'), DATA_LIMITS.seed, true);
  const rawPoints = own(c, 'points');
  const custom = dataset === 'custom';
  if (custom && (rawPoints === undefined || rawPoints === null)) {
    throw new FieldError('points', `custom data needs ${DATA_LIMITS.customPoints.min} to ${DATA_LIMITS.customPoints.max} points (got none)`);
  }
  const points = rawPoints === undefined || rawPoints === null ? undefined : readPoints(rawPoints, custom);

  const layers = readArray('hiddenLayers', own(c, 'hiddenLayers'), MODEL_LIMITS.hiddenLayerCount, 'hidden layer sizes');
  const hiddenLayers = layers.map((size, i) => readNumber(`hiddenLayers[${i}]`, size, MODEL_LIMITS.neurons, true));
  const activation = readChoice('activation', own(c, 'activation'), ACTIVATIONS);
  const drops = readArray('dropout', own(c, 'dropout'), { min: hiddenLayers.length, max: hiddenLayers.length }, 'drop probabilities (one per hidden layer)');
  const dropout = drops.map((p, i) => readNumber(`dropout[${i}]`, p, MODEL_LIMITS.dropout));
  const variant = readChoice('variant', own(c, 'variant'), DROPOUT_VARIANTS);
  const optimizer = readChoice('optimizer', own(c, 'optimizer'), OPTIMIZERS);
  const learningRate = readNumber('learningRate', own(c, 'learningRate'), MODEL_LIMITS.learningRate);
  const l2 = readNumber('l2', own(c, 'l2'), MODEL_LIMITS.l2);
  const batchSize = readNumber('batchSize', own(c, 'batchSize'), MODEL_LIMITS.batchSize, true);

  const config: ExperimentConfig = { dataset, n, noise, testCount, seed, hiddenLayers, activation, dropout, variant, optimizer, learningRate, l2, batchSize };
  if (points !== undefined) config.points = points;
  return config;
}

/** Fresh, checked playback settings from untrusted JSON. */
export function readPlayback(value: unknown): PlaybackConfig {
  const p = readObject('playback', value);
  return {
    speed: readNumber('playback.speed', own(p, 'speed'), PLAYBACK_LIMITS.speed),
    stopAt: readNumber('playback.stopAt', own(p, 'stopAt'), PLAYBACK_LIMITS.stopAt, true),
    compare: readBoolean('playback.compare', own(p, 'compare')),
  };
}
