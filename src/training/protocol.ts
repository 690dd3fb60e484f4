/**
 * The messages between the page and the training worker: two discriminated
 * unions, one per direction. Types only; every switch over them ends in an
 * exhaustive `never` check (src/experiment/assert-never.ts).
 */
import type {
  ExperimentConfig,
  PlaybackConfig,
  RestoreState,
  ResumeState,
  RunId,
  RunSnapshot,
  RunStartReason,
  SettingsPatch,
  FrameOptions,
} from '../experiment/types';

export type ToWorker =
  | { type: 'init'; config: ExperimentConfig; playback: PlaybackConfig; frameOptions: FrameOptions; playing: boolean; restore: RestoreState | null }
  | { type: 'play' }
  | { type: 'pause' }
  /** Pauses, then runs exactly `count` optimizer steps, then stays paused. */
  | { type: 'step'; count: number }
  /** Back to step 0 with the same seed: the same data and initial weights. */
  | { type: 'reset' }
  | { type: 'set'; patch: SettingsPatch }
  | { type: 'frame-options'; patch: Partial<FrameOptions> }
  /** The page has drawn the last frame; the worker may post the next. */
  | { type: 'ack' }
  /** Test builds only: makes the worker throw. */
  | { type: 'test-crash' }
  /** Computes the ensemble view of the main run's current weights (answered by an `ensemble` message, in slices); `stop` drops the one in progress. */
  | { type: 'ensemble'; stop?: boolean };

/** The train and test sets, sent whenever the data changes. */
export interface DataMessage {
  type: 'data';
  trainX: Float32Array;
  trainY: Float32Array;
  testX: Float32Array;
  testY: Float32Array;
  /** The noise-free function on the grid, or null for custom data. */
  truthY: Float32Array | null;
  gridX: Float32Array;
}

/** Loss-curve points as parallel arrays (eval-mode train and test MSE, train-mode minibatch MSE). */
export interface LossPoints {
  step: Float64Array;
  train: Float32Array;
  test: Float32Array;
  batch: Float32Array;
}

/** The state of one run at the moment of a frame. Arrays are fresh copies, transferred. */
export interface RunFrame {
  run: RunId;
  /** Drop probability per hidden layer (0 for run A in compare mode). */
  dropout: number[];
  step: number;
  epoch: number;
  /** Eval-mode MSE on the full train and test sets. */
  trainLoss: number;
  testLoss: number;
  /** Train-mode MSE of the last minibatch (noisy, with dropout). */
  batchLoss: number;
  /** Loss points added since the last frame. */
  history: LossPoints;
  /** Eval-mode prediction at each grid x. */
  prediction: Float32Array;
  /** MC-dropout mean and standard deviation on the grid, when asked for and due; else null. */
  mcMean: Float32Array | null;
  mcStd: Float32Array | null;
  /** Thinned-network curves, ghosts × grid, row-major; null when none are asked for. */
  thinnedCurves: Float32Array | null;
  /** Masks of the example on show, one array per hidden layer (1 = kept). */
  masks: Uint8Array[];
  /** Gaussian dropout: the noise factor of every hidden neuron for the example on show, one array per hidden layer; else null. */
  neuronFactors: Float32Array[] | null;
  /**
   * DropConnect: the keep flags (1 = kept) of the weights reading each hidden layer for the first
   * example of the last minibatch, one array per layer after the first (the output layer last), in
   * the kernel's weight layout (row i = the weights leaving input i); else null.
   */
  keptEdges: Uint8Array[] | null;
  /** Flat weights and biases in the kernel's layout. */
  params: Float32Array;
  /** Observed keep frequency of every hidden neuron, layer after layer. */
  keepFrequency: Float32Array;
  /** Test-time output of the hovered neuron on the grid — f(z) × its layer's test-time scale (classic: × (1 − p)), what the next layer receives — or null. */
  neuronCurve: Float32Array | null;
  diverged: boolean;
  divergedAt: number | null;
  /** A hidden layer (1-based) whose every unit outputs 0 on all training x and on the grid, or null. */
  deadLayer: number | null;
  /** With knock-outs: the run with those neurons removed; else null. */
  knockout: KnockoutOutcome | null;
  /** The latest robustness measurement, when asked for and one is done; else null. */
  robustness: RobustnessOutcome | null;
}

/** Knock-outs: the prediction and test MSE with the knocked-out neurons removed (at test time only). */
export interface KnockoutOutcome {
  prediction: Float32Array;
  testLoss: number;
}

/**
 * How a run degrades when hidden neurons are removed at test time, measured on
 * the weights of one step: the robustness curve (test MSE against the fraction
 * removed at random from every hidden layer) and the co-adaptation number.
 */
export interface RobustnessOutcome {
  /** The step of the weights measured. */
  step: number;
  /** Where neurons were removed for the curve: 0 = every hidden layer, else that hidden layer (1-based) only. */
  layer: number;
  /** Fractions removed, from 0. */
  fractions: number[];
  /** Test MSE over the random removals at each fraction: mean, 10th and 90th percentile. */
  mean: number[];
  low: number[];
  high: number[];
  /** Random removals per fraction. */
  draws: number;
  /** The mean increase in test MSE when one hidden neuron is removed, over every hidden neuron. */
  coadaptation: number;
  /** The same per hidden layer (layer 1 first). */
  coadaptationByLayer: number[];
}

export interface Frame {
  type: 'frame';
  /** Increments on every rebuild, so the page can drop frames of a replaced run. */
  runVersion: number;
  playing: boolean;
  stepsPerSec: number;
  /** Layer sizes including input and output, e.g. [1, 64, 64, 1]. */
  sizes: number[];
  runs: RunFrame[];
}

/** The complete training state of one run, for an exact resume. */
export interface RunState extends RunSnapshot {
  run: RunId;
  resume: ResumeState;
}

/**
 * The complete training state of every run (weights, optimizer moments, step
 * counters, random streams): what a restarted worker, a run file or Undo
 * resumes from bit for bit. Posted with the first frame of a run, the frame
 * that follows a pause or a step command, and at most twice a second while
 * playing; never when nothing changed. Arrays are fresh copies, transferred.
 */
export interface SnapshotMessage {
  type: 'snapshot';
  runVersion: number;
  /** Layer sizes including input and output, e.g. [1, 64, 64, 1]. */
  sizes: number[];
  runs: RunState[];
}

/**
 * The ensemble behind test-time scaling, for the main run (run B in compare mode) at `step`:
 * the weight-scaling rule's prediction, the exact average over every thinned network (when
 * the network has at most 16 hidden neurons) and Monte-Carlo averages of the first k thinned
 * networks for each k in `checkpoints`, on the grid, with their test MSEs.
 */
export interface EnsembleMessage {
  type: 'ensemble';
  runVersion: number;
  run: RunId;
  step: number;
  /** The k of the MC averages, ascending (1 to 1000). */
  checkpoints: number[];
  /** Hidden neurons N: there are 2^N thinned networks. */
  hiddenNeurons: number;
  /** The eval-mode (scaling rule) prediction on the grid. */
  scaling: Float32Array;
  /** The exact average on the grid, or null when N > 16. */
  exact: Float32Array | null;
  /** MC averages on the grid, checkpoints × grid, row-major. */
  mc: Float32Array;
  testMse: { scaling: number; exact: number | null; mc: number[] };
  /** The thinned networks' output variance, averaged over the test points (exact when available, else from the 1000 samples). */
  thinnedVariance: number;
}

export type FromWorker =
  | { type: 'ready' }
  | DataMessage
  | Frame
  | SnapshotMessage
  /**
   * A new run began at `step`: `init` (first start), `reset` (step 0, same seed), `rebuild`
   * (a change in `fields` needed new data or a new network; the page offers Undo, which
   * resumes from `replaced`, the state of the old run at the moment it was replaced)
   * or `restore` (resumed from a snapshot: the page keeps its history up to `step`).
   */
  | { type: 'run-started'; runVersion: number; reason: RunStartReason; fields: string[]; step: number; replaced: RestoreState | null }
  /** The auto-pause step was reached. */
  | { type: 'stopped-at'; step: number }
  | { type: 'diverged'; run: RunId; step: number }
  /** A command was refused; nothing changed. */
  | { type: 'rejected'; field: string; message: string }
  | EnsembleMessage;
