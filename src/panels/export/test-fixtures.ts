import { OVERFITTING_DATA } from '../../data/config';
import { OVERFITTING_MODEL } from '../../model/config';
import type { ExperimentConfig, PlaybackConfig, RunId } from '../../experiment/types';
import type { FrameRunsLike } from './build-run-json';
import { layerSizes, paramCount } from '../../experiment/run-facts';

/** Shared by the export tests: a valid configuration and a frame of matching weights. */
export const CONFIG: ExperimentConfig = { ...OVERFITTING_DATA, ...OVERFITTING_MODEL, hiddenLayers: [8, 4], dropout: [0.5, 0.25] };

export const PLAYBACK: PlaybackConfig = { speed: 0, stopAt: 0, compare: false };

/** Weights that are not round numbers, so float32 round trips are exercised. */
export function weights(count: number, salt = 0): Float32Array {
  return Float32Array.from({ length: count }, (_, k) => Math.sin(k * 12.9898 + salt) * 1.7);
}

export function frameFor(config: ExperimentConfig, compare: boolean, step = 1234): FrameRunsLike {
  const sizes = layerSizes(config.hiddenLayers);
  const ids: RunId[] = compare ? ['A', 'B'] : ['B'];
  return { sizes, runs: ids.map((run, i) => ({ run, step, epoch: Math.floor(step / 2), params: weights(paramCount(sizes), i) })) };
}
