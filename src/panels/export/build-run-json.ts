import type { ExperimentConfig, PlaybackConfig, RunId } from '../../experiment/types';
import { RUN_FILE_FORMAT, RUN_FILE_VERSION, type RunFile } from '../../experiment/run-file';
import { runsOf, layerSizes } from '../../experiment/run-facts';
import { copyConfig } from '../../experiment/setting-rules';
import { STRINGS } from '../kit/strings';

/** The parts of a frame a saved run needs. */
export interface FrameRunsLike {
  sizes: readonly number[];
  runs: readonly { run: RunId; step: number; epoch: number; params: ArrayLike<number> }[];
}

export interface RunJsonInput {
  config: ExperimentConfig;
  playback: PlaybackConfig;
  frame: FrameRunsLike;
  savedAt: Date;
}

/** The saved-run document for the latest frame (serialize it with JSON.stringify). */
export function buildRunJson({ config, playback, frame, savedAt }: RunJsonInput): RunFile {
  return {
    format: RUN_FILE_FORMAT,
    version: RUN_FILE_VERSION,
    savedAt: savedAt.toISOString(),
    config: copyConfig(config),
    playback: { speed: playback.speed, stopAt: playback.stopAt, compare: playback.compare },
    sizes: [...frame.sizes],
    runs: frame.runs.map((r) => ({ run: r.run, step: r.step, epoch: r.epoch, params: Array.from(r.params) })),
  };
}

/**
 * Why the latest frame cannot be saved right now, or null when it can: no
 * frame yet, a frame of a network being rebuilt, or weights that diverged.
 */
export function runExportProblem(config: ExperimentConfig, playback: PlaybackConfig, frame: FrameRunsLike | null): string | null {
  if (frame === null) return STRINGS.export.noFrame;
  const sizes = layerSizes(config.hiddenLayers);
  const ids = runsOf(playback.compare);
  const sameSizes = frame.sizes.length === sizes.length && frame.sizes.every((s, i) => s === sizes[i]);
  const sameRuns = frame.runs.length === ids.length && frame.runs.every((r, i) => r.run === ids[i]);
  if (!sameSizes || !sameRuns) return STRINGS.export.networkRebuilding;
  for (const r of frame.runs) {
    for (let k = 0; k < r.params.length; k++) {
      if (!Number.isFinite(r.params[k])) {
        return STRINGS.export.runDiverged(playback.compare ? r.run : null);
      }
    }
  }
  return null;
}
