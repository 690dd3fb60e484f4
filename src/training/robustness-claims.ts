/**
 * Issue 15's science, measured on the calibrated compare preset: both runs (A
 * without dropout, B with the preset's p) trained for the lesson length on one
 * seed, then measured with neurons removed at test time — from every hidden
 * layer, and from each layer alone (dropout acts on hidden layer 2 only).
 * Plain code: the science script and its Node test use it.
 */
import { DROPOUT_PRESET_P, LESSON_STEPS, OVERFITTING_PRESET } from '../experiment/presets';
import { configOfRun } from '../experiment/run-facts';
import type { ExperimentConfig, RunId } from '../experiment/types';
import { createRun } from './create-run';
import type { RobustnessOutcome } from './protocol';
import { RobustnessJob, type RobustnessOptions } from './robustness';

/** Where neurons are removed: every hidden layer, or one (0-based). */
export type RemovalScope = 'all' | number;

export interface RunRobustness {
  /** By scope: 'all', then each hidden layer. */
  byScope: Map<RemovalScope, RobustnessOutcome>;
}

export interface SeedRobustness {
  seed: number;
  A: RunRobustness;
  B: RunRobustness;
}

/** The compare preset's experiment on `seed` (B's p is the preset's). */
export function presetOnSeed(seed: number): ExperimentConfig {
  return { ...OVERFITTING_PRESET, seed, dropout: [...DROPOUT_PRESET_P] };
}

function measureRun(config: ExperimentConfig, id: RunId, steps: number, scopes: readonly RemovalScope[], options: RobustnessOptions): RunRobustness {
  const runConfig = configOfRun(config, id);
  const { dataset, training } = createRun(runConfig);
  for (let s = 0; s < steps; s++) training.trainStep();
  const byScope = new Map<RemovalScope, RobustnessOutcome>();
  for (const scope of scopes) {
    const job = new RobustnessJob(training.net, runConfig, training.step, dataset, config.seed, { ...options, layer: scope === 'all' ? null : scope });
    byScope.set(scope, job.finish());
  }
  return { byScope };
}

/** Both runs of the compare preset on `seed`, measured in each scope (the same removal sets for A and B). */
export function measureRobustnessSeed(seed: number, options: RobustnessOptions & { steps?: number; scopes?: readonly RemovalScope[] } = {}): SeedRobustness {
  const config = presetOnSeed(seed);
  const steps = options.steps ?? LESSON_STEPS;
  const scopes = options.scopes ?? ['all', ...config.hiddenLayers.map((_, l) => l)];
  return { seed, A: measureRun(config, 'A', steps, scopes, options), B: measureRun(config, 'B', steps, scopes, options) };
}
