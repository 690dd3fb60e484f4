/** The benchmark's workloads and the kernel-side runner. */
import { makeDataset } from '../src/data/datasets';
import { type Activation, type DropoutSchemeName, type ModelConfig, type OptimizerKind, OVERFITTING_MODEL } from '../src/model/config';
import { ForwardMode } from '../src/model/mlp';
import { Training } from '../src/model/training';
import { countedStep } from './mac-count';
import { measureWindows, type RateResult, type WindowOptions } from './timing';

export type WorkloadName = 'overfit' | 'wide' | 'tanh';

export interface Workload {
  readonly name: WorkloadName;
  readonly hiddenLayers: readonly number[];
  readonly activation: Activation;
  /** Training points of the sine data set. */
  readonly n: number;
  /** 0 = full batch. */
  readonly batchSize: number;
  readonly optimizer: Extract<OptimizerKind, 'sgd' | 'adam'>;
  readonly learningRate: number;
  /** Required speed-up over tfjs, from the issue. */
  readonly tfjsTarget: number;
}

export const WORKLOADS: readonly Workload[] = [
  // The overfitting preset: 1-64-64-1 ReLU, 16 sine points, full batch, Adam 0.01.
  { name: 'overfit', hiddenLayers: [64, 64], activation: 'relu', n: 16, batchSize: 0, optimizer: 'adam', learningRate: 0.01, tfjsTarget: 15 },
  { name: 'wide', hiddenLayers: [128, 128], activation: 'relu', n: 200, batchSize: 32, optimizer: 'adam', learningRate: 0.01, tfjsTarget: 10 },
  { name: 'tanh', hiddenLayers: [16, 16], activation: 'tanh', n: 64, batchSize: 0, optimizer: 'sgd', learningRate: 0.05, tfjsTarget: 5 },
];

export const DROPOUT_RATES: readonly number[] = [0, 0.5];

export const BENCH_SEED = 7;

export interface TrainData {
  readonly x: Float32Array;
  readonly y: Float32Array;
}

export function workloadData(w: Workload): TrainData {
  const data = makeDataset({ dataset: 'sine', n: w.n, noise: 0.25, testCount: 200, seed: BENCH_SEED });
  return { x: data.trainX, y: data.trainY };
}

export function workloadConfig(w: Workload, p: number, scheme: DropoutSchemeName = 'bernoulli'): ModelConfig {
  // The model's defaults for everything a workload does not set (so a new model setting needs no change here).
  return {
    ...OVERFITTING_MODEL,
    hiddenLayers: [...w.hiddenLayers],
    activation: w.activation,
    dropout: w.hiddenLayers.map(() => p),
    variant: 'inverted',
    scheme,
    optimizer: w.optimizer,
    learningRate: w.learningRate,
    // A constant rate, as the TensorFlow.js loop it is compared with.
    lrHalfLife: 0,
    l2: 0,
    batchSize: w.batchSize,
  };
}

/** A fresh kernel run; its initial weights also seed the tfjs model so both start alike. */
export function newTraining(w: Workload, p: number, data: TrainData, scheme: DropoutSchemeName = 'bernoulli'): Training {
  return new Training(workloadConfig(w, p, scheme), data, BENCH_SEED);
}

export interface OursResult {
  readonly rate: RateResult;
  /** Sum of the returned minibatch losses (keeps every step observable). */
  readonly lossSum: number;
  readonly lastLoss: number;
  /** Per hidden layer, the fraction of non-zero activations over the training set at the start and the end of a window. */
  readonly densityStart: readonly number[];
  readonly densityEnd: readonly number[];
  /** MACs the kernel executed per step, mean over a window's steps (bench/mac-count.ts); NaN for the schemes it does not model (not Bernoulli). */
  readonly macsPerStep: number;
}

/**
 * Fraction of non-zero hidden outputs (eval mode, no dropout) over the data.
 * The kernel skips zero inputs, so this is roughly the share of nominal
 * FLOPs it really performs (times 1 − p while training with dropout).
 */
export function hiddenDensity(training: Training, data: TrainData): number[] {
  const net = training.net;
  const hidden = net.layers.slice(0, net.hiddenCount);
  const nonZero = hidden.map(() => 0);
  for (let i = 0; i < data.x.length; i++) {
    net.forward(data.x[i], ForwardMode.eval);
    hidden.forEach((layer, l) => {
      for (let o = 0; o < layer.nOut; o++) if (layer.a[o] !== 0) nonZero[l]++;
    });
  }
  return hidden.map((layer, l) => nonZero[l] / (data.x.length * layer.nOut));
}

/**
 * Our kernel from a healthy state: every window restores the freshly
 * initialised network (weights, optimizer moments, minibatch and mask
 * streams) and takes `steps` steps from step 0, so every window times the
 * same steps of a network that has had no time to lose units.
 */
export function measureOurs(
  w: Workload,
  p: number,
  data: TrainData,
  steps: number,
  timing: WindowOptions,
  scheme: DropoutSchemeName = 'bernoulli',
): OursResult {
  const training = newTraining(w, p, data, scheme);
  const fresh = training.captureState();
  const reset = () => training.restoreState(fresh);
  let lossSum = 0;
  let lastLoss = 0;
  const rate = measureWindows(
    () => {
      for (let i = 0; i < steps; i++) {
        lastLoss = training.trainStep();
        lossSum += lastLoss;
      }
    },
    reset,
    steps,
    timing,
  );
  // The same window again, counted: the MACs it executed and the active fractions around it.
  reset();
  const densityStart = hiddenDensity(training, data);
  const batch = new Int32Array(data.x.length);
  let macs = scheme === 'bernoulli' ? 0 : Number.NaN;
  if (scheme === 'bernoulli') for (let i = 0; i < steps; i++) macs += countedStep(training, batch).macs;
  else for (let i = 0; i < steps; i++) training.trainStep();
  const densityEnd = hiddenDensity(training, data);
  return { rate, lossSum, lastLoss, densityStart, densityEnd, macsPerStep: macs / steps };
}
