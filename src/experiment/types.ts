/**
 * The experiment's vocabulary, shared by every layer above the core: what
 * defines a run, how it plays, what the page asks the trainer to compute, and
 * the snapshots a run resumes from. Types only.
 */
import type { DataConfig } from '../data/config';
import type { ModelConfig, OptimizerKind } from '../model/config';

/** Everything that defines a run: the data, the network and its training. */
export type ExperimentConfig = DataConfig & ModelConfig;

/** A point of the user's own data. */
export type Point = NonNullable<ExperimentConfig['points']>[number];

/** How the worker runs: not part of the model. */
export interface PlaybackConfig {
  /** Optimizer steps per second; 0 = as fast as the machine allows. */
  speed: number;
  /** Pause automatically at this step; 0 = never. */
  stopAt: number;
  /** Twin runs: A without dropout, B with the chosen dropout, same data, weights and batch order. */
  compare: boolean;
}

export type RunId = 'A' | 'B';

export interface NeuronRef {
  run: RunId;
  /** Hidden layer, 1-based as in the diagram (layer 0 is the input). */
  layer: number;
  index: number;
}

/** A hidden neuron as the network panel numbers it (`data-neuron`): hidden layer 1-based, index 0-based. */
export interface NeuronKey {
  layer: number;
  index: number;
}

/** What the page wants drawn beyond the basics; changing it never touches the run. */
export interface FrameOptions {
  /** Compute the MC-dropout predictive mean and ±σ band. */
  mcBand: boolean;
  /** Train-mode passes per MC estimate. */
  mcPasses: number;
  /** How many thinned-network curves (fixed random masks) to draw. */
  thinnedCurves: number;
  /** Which example of the last minibatch has its masks shown. */
  maskExample: number;
  /** A hidden neuron whose output over x is wanted, or null. */
  hoveredNeuron: NeuronRef | null;
  /** Hidden neurons removed at test time (both runs in compare mode), sorted by layer then index; training never sees them. */
  knockout: NeuronKey[];
  /** Compute the robustness curve and the co-adaptation number (in the worker, a small share of its time). */
  robustness: boolean;
  /** Which hidden neurons the robustness curve removes: 0 = from every hidden layer, else that hidden layer (1-based) only. */
  robustnessLayer: number;
}

/** The state of one sfc32 random stream: four unsigned 32-bit words. */
export type RngWords = [number, number, number, number];

/**
 * What an exact resume needs beyond the weights and counters: the optimizer's
 * moments and the positions of the run's random streams.
 */
export interface ResumeState {
  optimizer: {
    kind: OptimizerKind;
    /** First moments: momentum's velocity or Adam's m (zeros for SGD); one per parameter. */
    m: Float32Array;
    /** Adam's second moments (zeros otherwise); one per parameter. */
    v: Float32Array;
    /** β₁ᵗ and β₂ᵗ of Adam's bias correction (1 before Adam's first step). */
    beta1Power: number;
    beta2Power: number;
  };
  /** The minibatch order: the current epoch's permutation of the training examples, the position in it, the shuffle stream. */
  batchOrder: { position: number; order: Int32Array; rng: RngWords };
  /** The dropout-mask stream. */
  maskRng: RngWords;
}

/** Enough to resume a run after a worker restart, an undo or loading a run file. Structured-cloneable. */
export interface RunSnapshot {
  step: number;
  epoch: number;
  /** Flat weights and biases, in the kernel's layout. */
  params: Float32Array;
  /**
   * The rest of the training state: with it the run continues bit for bit as
   * if it had never stopped. null when only the weights are known (a
   * version-1 run file): the run then resumes approximately, with fresh
   * optimizer moments and random streams.
   */
  resume: ResumeState | null;
}

export interface RestoreState {
  runs: RunSnapshot[];
}

export type RunStartReason = 'init' | 'reset' | 'rebuild' | 'restore';

/** A change of settings, by where each lives: nothing is split by hand downstream. */
export interface SettingsPatch {
  config?: Partial<ExperimentConfig>;
  playback?: Partial<PlaybackConfig>;
}
