import { OVERFITTING_DATA } from '../../data/config';
import { OVERFITTING_MODEL } from '../../model/config';
import type { ExperimentConfig, PlaybackConfig, RunId } from '../../experiment/types';
import type { SavedStateLike } from './build-run-json';
import { layerSizes, paramCount, trainCountOf } from '../../experiment/run-facts';

/** Shared by the export tests: a valid configuration and a training state that fits it. */
export const CONFIG: ExperimentConfig = { ...OVERFITTING_DATA, ...OVERFITTING_MODEL, n: 16, noise: 0.25, hiddenLayers: [8, 4], dropout: [0.5, 0.25] };

export const PLAYBACK: PlaybackConfig = { speed: 0, stopAt: 0, compare: false };

/** Weights that are not round numbers, so float32 round trips are exercised. */
export function weights(count: number, salt = 0): Float32Array {
  return Float32Array.from({ length: count }, (_, k) => Math.sin(k * 12.9898 + salt) * 1.7);
}

/** A complete training state of every run (as the trainer's `snapshot` message holds it), with numbers that are not round. */
export function stateFor(config: ExperimentConfig, compare: boolean, step = 1234): SavedStateLike {
  const sizes = layerSizes(config.hiddenLayers);
  const count = paramCount(sizes);
  const examples = trainCountOf(config);
  const ids: RunId[] = compare ? ['A', 'B'] : ['B'];
  return {
    sizes,
    runs: ids.map((run, i) => ({
      run,
      step,
      epoch: Math.floor(step / 2),
      params: weights(count, i),
      resume: {
        optimizer: {
          kind: config.optimizer,
          m: weights(count, i + 10).map((w) => w * 1e-3),
          v: weights(count, i + 20).map((w) => w * w * 1e-7),
          beta1Power: 0.9 ** (step % 300),
          beta2Power: 0.999 ** step,
        },
        batchOrder: {
          position: (3 + i) % examples,
          order: Int32Array.from({ length: examples }, (_, k) => (2 * examples - 1 - k + i) % examples),
          rng: [0xdeadbeef, 12345 + i, 0, 4294967295],
        },
        maskRng: [1, 2, 3 + i, 0x80000000],
      },
    })),
  };
}
