import type { Dataset } from '../../data/datasets';
import { evalMse, predict } from '../../model/loss';
import { mcDropoutPredict } from '../../model/mc-dropout';
import { ForwardMode } from '../../model/mlp';
import { Rng, Stream } from '../../model/rng';
import type { Training } from '../../model/training';
import type { KnockoutOutcome, LossPoints, RobustnessOutcome, RunFrame } from '../protocol';
import type { FrameOptions } from '../../experiment/types';
import type { LiveRun } from './run-set';

export interface EvalLosses {
  train: number;
  test: number;
}

export function evalLosses(training: Training, dataset: Dataset): EvalLosses {
  return {
    train: evalMse(training.net, dataset.trainX, dataset.trainY),
    test: evalMse(training.net, dataset.testX, dataset.testY),
  };
}

function hasDropout(training: Training): boolean {
  for (let l = 0; l < training.net.hiddenCount; l++) if (training.net.dropoutOf(l) > 0) return true;
  return false;
}

/** The masks of one example of the last minibatch, one fresh array per hidden layer. */
function exampleMasks(training: Training, example: number): Uint8Array[] {
  const net = training.net;
  const row = Math.min(Math.max(0, example), Math.max(0, training.lastBatchSize - 1));
  return net.layers.slice(0, net.hiddenCount).map((layer) => layer.masks.slice(row * layer.nOut, (row + 1) * layer.nOut));
}

function keepFrequency(training: Training): Float32Array {
  const net = training.net;
  const out = new Float32Array(net.layers.slice(0, net.hiddenCount).reduce((n, l) => n + l.nOut, 0));
  let k = 0;
  for (let l = 0; l < net.hiddenCount; l++) {
    for (const count of net.layers[l].keepCounts) out[k++] = net.maskDraws > 0 ? count / net.maskDraws : 1;
  }
  return out;
}

/** Gaussian dropout's noise factors of one example of the last minibatch, one fresh array per hidden layer. */
function exampleFactors(training: Training, example: number): Float32Array[] | null {
  const net = training.net;
  if (net.scheme !== 'gaussian') return null;
  const row = Math.min(Math.max(0, example), Math.max(0, training.lastBatchSize - 1));
  return net.layers.slice(0, net.hiddenCount).map((layer) => layer.noise.slice(row * layer.nOut, (row + 1) * layer.nOut));
}

/** DropConnect's kept weights for the first example of the last minibatch, for each layer that reads a hidden layer. */
function keptEdges(training: Training): Uint8Array[] | null {
  const net = training.net;
  if (net.scheme !== 'dropconnect') return null;
  return net.layers.slice(1).map((layer, l) => (net.dropoutOf(l) > 0 ? layer.edgeMask.slice() : new Uint8Array(layer.edgeMask.length).fill(1)));
}

/**
 * Train-mode curves with the noise fixed per curve: the thinned networks that dropout averages.
 * Bernoulli dropout fixes the masks; the other schemes replay one Rng state per curve at every x
 * (the same draws, so the same noise, whatever x is).
 */
function thinnedCurves(training: Training, grid: Float32Array, masks: readonly Uint8Array[][]): Float32Array {
  const net = training.net;
  const out = new Float32Array(masks.length * grid.length);
  if (net.scheme === 'bernoulli') {
    masks.forEach((source, g) => {
      for (let i = 0; i < grid.length; i++) out[g * grid.length + i] = net.forward(grid[i], ForwardMode.fixedMask, null, 0, source);
    });
    return out;
  }
  const seeds = Rng.stream(training.seed, Stream.thinned);
  const rng = new Rng(0);
  masks.forEach((_, g) => {
    const state = new Rng(seeds.nextU32(), g).state();
    for (let i = 0; i < grid.length; i++) {
      rng.setState(state);
      out[g * grid.length + i] = net.forward(grid[i], ForwardMode.train, rng);
    }
  });
  return out;
}

/**
 * The test-time output of hidden neuron `index` of hidden layer `layer` (1-based) over the grid:
 * what the next layer actually receives with dropout off, f(z) × the layer's test-time scale
 * (× (1 − p) for classic dropout, × 1 for inverted), i.e. the kernel's eval-mode `a`, not `h`.
 */
function neuronCurve(training: Training, grid: Float32Array, layer: number, index: number): Float32Array | null {
  const net = training.net;
  if (layer < 1 || layer > net.hiddenCount || index < 0 || index >= net.layers[layer - 1].nOut) return null;
  const a = net.layers[layer - 1].a;
  return Float32Array.from(grid, (x) => {
    net.forward(x, ForwardMode.eval);
    return a[index];
  });
}

export interface FrameInputs {
  run: LiveRun;
  grid: Float32Array;
  frameOptions: FrameOptions;
  losses: EvalLosses;
  history: LossPoints;
  /** Compute the MC band this frame (it is the costliest part, so it runs less often). */
  mcDue: boolean;
  mcRng: Rng;
  thinned: readonly Uint8Array[][];
  /** The run's first dead hidden layer as last checked (the check runs a few times a second). */
  deadLayer: number | null;
  /** The run with the page's knock-outs removed, and its latest robustness measurement (see knockout-eval.ts, robustness-scheduler.ts). */
  knockout: KnockoutOutcome | null;
  robustness: RobustnessOutcome | null;
}

export function buildRunFrame({ run, grid, frameOptions, losses, history, mcDue, mcRng, thinned, deadLayer, knockout, robustness }: FrameInputs): RunFrame {
  const { training } = run;
  const net = training.net;
  const dropout = Array.from({ length: net.hiddenCount }, (_, l) => net.dropoutOf(l));
  const prediction = new Float32Array(grid.length);
  predict(net, grid, prediction);
  const withDropout = hasDropout(training);
  let mcMean: Float32Array | null = null;
  let mcStd: Float32Array | null = null;
  if (frameOptions.mcBand && mcDue && withDropout) {
    mcMean = new Float32Array(grid.length);
    mcStd = new Float32Array(grid.length);
    mcDropoutPredict(net, grid, Math.max(2, frameOptions.mcPasses), mcRng, mcMean, mcStd);
  }
  const hovered = frameOptions.hoveredNeuron;
  return {
    run: run.id,
    dropout,
    step: training.step,
    epoch: training.epoch,
    trainLoss: losses.train,
    testLoss: losses.test,
    batchLoss: run.batchLoss,
    history,
    prediction,
    mcMean,
    mcStd,
    thinnedCurves: withDropout && thinned.length > 0 ? thinnedCurves(training, grid, thinned) : null,
    masks: exampleMasks(training, frameOptions.maskExample),
    neuronFactors: exampleFactors(training, frameOptions.maskExample),
    keptEdges: keptEdges(training),
    params: Float32Array.from(net.params),
    keepFrequency: keepFrequency(training),
    neuronCurve: hovered && hovered.run === run.id ? neuronCurve(training, grid, hovered.layer, hovered.index) : null,
    diverged: run.divergedAt !== null,
    divergedAt: run.divergedAt,
    deadLayer,
    knockout,
    robustness,
  };
}

/** Every buffer a frame carries, for postMessage's transfer list. */
export function transferablesOf(frames: readonly RunFrame[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  const add = (a: { buffer: ArrayBufferLike } | null) => {
    if (a && a.buffer instanceof ArrayBuffer && !buffers.includes(a.buffer)) buffers.push(a.buffer);
  };
  for (const f of frames) {
    [
      f.history.step,
      f.history.train,
      f.history.test,
      f.history.batch,
      f.prediction,
      f.mcMean,
      f.mcStd,
      f.thinnedCurves,
      f.params,
      f.keepFrequency,
      f.neuronCurve,
      f.knockout?.prediction ?? null,
    ].forEach(add);
    f.masks.forEach(add);
    f.neuronFactors?.forEach(add);
    f.keptEdges?.forEach(add);
  }
  return buffers;
}
