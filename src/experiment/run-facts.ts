/**
 * Facts about the runs of an experiment that every layer needs and none
 * should re-derive: which runs exist, what p each trains with, which run the
 * readouts follow, and how a network's weights are laid out.
 */
export { trainCountOf } from '../data/config';
import type { ExperimentConfig, RunId } from './types';

/** The runs on show: A (no dropout) then B (with dropout) in compare mode, else B alone. */
export function runsOf(compare: boolean): RunId[] {
  return compare ? ['A', 'B'] : ['B'];
}

/** The drop probabilities a run trains with: run A is the no-dropout twin of compare mode. */
export function dropoutOfRun(dropout: readonly number[], run: RunId): number[] {
  return run === 'A' ? dropout.map(() => 0) : [...dropout];
}

/** The configuration a run trains with (run A: the same, without dropout). */
export function configOfRun(config: ExperimentConfig, run: RunId): ExperimentConfig {
  return run === 'A' ? { ...config, dropout: dropoutOfRun(config.dropout, run) } : config;
}

/** The run has thinned networks to average, what the ensemble view shows: Bernoulli dropout with p > 0 on some layer. */
export function hasThinnedEnsemble(config: Pick<ExperimentConfig, 'dropout' | 'scheme'>): boolean {
  return config.scheme === 'bernoulli' && config.dropout.some((p) => p > 0);
}

/**
 * A run has diverged when its eval train MSE exceeds this many times its
 * step-0 value, or is not finite: long before Infinity, a learning rate far
 * too large gives losses of 1e11 that no chart can show meaningfully.
 */
export const DIVERGENCE_FACTOR = 100;

/** The run the readouts, progress messages and file names follow: B, the last of a frame's runs. */
export function mainRun<T>(runs: readonly T[]): T | undefined {
  return runs[runs.length - 1];
}

/** Layer sizes of the network a configuration builds: input 1, the hidden layers, output 1. */
export function layerSizes(hiddenLayers: readonly number[]): number[] {
  return [1, ...hiddenLayers, 1];
}

/**
 * Where one layer's weights and biases sit in the kernel's flat parameter
 * vector: for each layer in order, W of nIn × nOut row-major (row i = the
 * weights leaving input neuron i, W[i * nOut + o]), then the nOut biases.
 */
export interface LayerSlice {
  /** Neurons feeding the layer (the previous column). */
  nIn: number;
  /** Neurons of the layer (the next column). */
  nOut: number;
  /** Index of W[0][0]. */
  weightOffset: number;
  /** Index of the first bias. */
  biasOffset: number;
}

/** One slice per layer pair (sizes.length − 1 of them), in order. */
export function layerSlices(sizes: readonly number[]): LayerSlice[] {
  const slices: LayerSlice[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l++) {
    const nIn = sizes[l - 1];
    const nOut = sizes[l];
    slices.push({ nIn, nOut, weightOffset: offset, biasOffset: offset + nIn * nOut });
    offset += nIn * nOut + nOut;
  }
  return slices;
}

/** How many numbers the flat vector holds for these sizes: Σ (nIn·nOut + nOut). */
export function paramCount(sizes: readonly number[]): number {
  return layerSlices(sizes).reduce((n, s) => n + s.nIn * s.nOut + s.nOut, 0);
}
