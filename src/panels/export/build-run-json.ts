import type { ExperimentConfig, PlaybackConfig, ResumeState, RunId } from '../../experiment/types';
import { RUN_FILE_FORMAT, RUN_FILE_VERSION, type RunFile } from '../../experiment/run-file';
import { runsOf, layerSizes } from '../../experiment/run-facts';
import { copyConfig } from '../../experiment/setting-rules';
import { STRINGS } from '../kit/strings';

/** What a saved run needs: the complete training state of every run (the trainer's latest `snapshot` message). */
export interface SavedStateLike {
  sizes: readonly number[];
  runs: readonly { run: RunId; step: number; epoch: number; params: ArrayLike<number>; resume: ResumeState }[];
}

export interface RunJsonInput {
  config: ExperimentConfig;
  playback: PlaybackConfig;
  state: SavedStateLike;
  savedAt: Date;
}

/** The saved-run document for the latest training state (serialize it with JSON.stringify). */
export function buildRunJson({ config, playback, state, savedAt }: RunJsonInput): RunFile {
  return {
    format: RUN_FILE_FORMAT,
    version: RUN_FILE_VERSION,
    savedAt: savedAt.toISOString(),
    config: copyConfig(config),
    playback: { speed: playback.speed, stopAt: playback.stopAt, compare: playback.compare },
    sizes: [...state.sizes],
    runs: state.runs.map(({ run, step, epoch, params, resume }) => ({
      run,
      step,
      epoch,
      params: Array.from(params),
      optimizer: {
        kind: resume.optimizer.kind,
        m: Array.from(resume.optimizer.m),
        v: Array.from(resume.optimizer.v),
        beta1Power: resume.optimizer.beta1Power,
        beta2Power: resume.optimizer.beta2Power,
      },
      batchOrder: { position: resume.batchOrder.position, order: Array.from(resume.batchOrder.order), rng: [...resume.batchOrder.rng] },
      maskRng: [...resume.maskRng],
    })),
  };
}

/**
 * Why the latest training state cannot be saved right now, or null when it
 * can: none yet, the state of a network being rebuilt, or weights that diverged.
 */
export function runExportProblem(config: ExperimentConfig, playback: PlaybackConfig, state: SavedStateLike | null): string | null {
  if (state === null) return STRINGS.export.noFrame;
  const sizes = layerSizes(config.hiddenLayers);
  const ids = runsOf(playback.compare);
  const sameSizes = state.sizes.length === sizes.length && state.sizes.every((s, i) => s === sizes[i]);
  const sameRuns = state.runs.length === ids.length && state.runs.every((r, i) => r.run === ids[i]);
  if (!sameSizes || !sameRuns) return STRINGS.export.networkRebuilding;
  for (const r of state.runs) {
    for (let k = 0; k < r.params.length; k++) {
      if (!Number.isFinite(r.params[k])) {
        return STRINGS.export.runDiverged(playback.compare ? r.run : null);
      }
    }
  }
  return null;
}
