import { OVERFITTING_DATA } from '../data/config';
import { OVERFITTING_MODEL } from '../model/config';
import { DEFAULT_DROP } from './defaults';
import { mainP, mainPList } from './main-p';
import { formatP } from './p-format';
import type { ExperimentConfig, PlaybackConfig, SettingsPatch } from './types';

/** Sine, N = 24, σ = 0.4, two hidden layers of 64 tanh, Adam lr 0.01 halving every 900 steps, full batch: overfits within the lesson length. */
export const OVERFITTING_PRESET: ExperimentConfig = { ...OVERFITTING_DATA, ...OVERFITTING_MODEL };

/**
 * The lesson length: the step count the presets' story is about (overfitting
 * without dropout, a better fit with it). Not a stop: the page trains on.
 */
export const LESSON_STEPS = 3000;

/** The drop probability of each hidden layer in "Dropout fixes it" and in the comparison: the main p on hidden layer 2, none on layer 1. */
export const DROPOUT_PRESET_P: readonly number[] = mainPList(OVERFITTING_MODEL.hiddenLayers.length, DEFAULT_DROP);

/**
 * The ensemble view's network: 1-8-8-1, small enough (16 hidden neurons, 2^16 thinned networks)
 * for the exact average over every thinned network. ReLU with p on BOTH hidden layers: a
 * nonlinearity between two dropped layers is what makes the exact average differ from the
 * weight-scaling rule (with dropout on the last hidden layer only, they are equal).
 */
export const ENSEMBLE_PRESET: ExperimentConfig = { ...OVERFITTING_PRESET, hiddenLayers: [8, 8], activation: 'relu', dropout: [0.5, 0.5] };

export interface Preset {
  id: string;
  label: string;
  /** What to notice, in a sentence. */
  description: string;
  patch: SettingsPatch;
}

/** The overfitting preset (custom points cleared, compare off, no auto-pause), changed by `config` and `playback`. */
function overfitting(config: Partial<ExperimentConfig> = {}, playback: Partial<PlaybackConfig> = {}): SettingsPatch {
  return {
    config: { ...OVERFITTING_PRESET, points: undefined, ...config },
    playback: { compare: false, stopAt: 0, ...playback },
  };
}

/** One-click starting points for a lesson. Each starts a fresh run. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'overfitting',
    label: 'Overfitting',
    description: `${OVERFITTING_DATA.n} noisy points, a big network, no dropout. When the curve bends toward single points, the test loss rises past its best: overfitting.`,
    patch: overfitting(),
  },
  {
    id: 'dropout',
    label: 'Dropout fixes it',
    description: `The same network with p = ${formatP(mainP(DROPOUT_PRESET_P))} in hidden layer 2 (layer 1 keeps its neurons). Compare its test loss with the run without dropout.`,
    patch: overfitting({ dropout: [...DROPOUT_PRESET_P] }),
  },
  {
    id: 'compare',
    label: 'Compare',
    description: `Both from the same data, weights and minibatch order: no dropout (a) against p = ${formatP(mainP(DROPOUT_PRESET_P))} in hidden layer 2 (b).`,
    patch: overfitting({ dropout: [...DROPOUT_PRESET_P] }, { compare: true }),
  },
  {
    id: 'underfitting',
    label: 'Too little capacity',
    description: 'Two hidden neurons bend the curve only a little. Where it misses the sine, more capacity helps, not dropout.',
    patch: overfitting({ hiddenLayers: [2], dropout: [0] }),
  },
  {
    id: 'more-data',
    label: 'More data',
    description: 'The same big network with 200 points: the noise averages out. More data is the other cure for overfitting.',
    patch: overfitting({ n: 200 }),
  },
  {
    id: 'ensemble',
    label: 'Small ensemble',
    description: `A 1-8-8-1 ReLU network with p = ${formatP(mainP(ENSEMBLE_PRESET.dropout))} on both hidden layers: few enough neurons to average all 2^16 thinned networks exactly. Open “Ensemble” in the fit panel to compare that average with the scaling rule.`,
    patch: overfitting({ hiddenLayers: [...ENSEMBLE_PRESET.hiddenLayers], activation: ENSEMBLE_PRESET.activation, dropout: [...ENSEMBLE_PRESET.dropout] }),
  },
];
