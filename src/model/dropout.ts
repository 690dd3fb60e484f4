import type { DropoutSchemeName, DropoutVariant } from './config';
import type { Rng } from './rng';

/**
 * Bernoulli dropout's arithmetic, one scaling per variant. p is the DROP
 * probability; a unit is kept with probability 1 − p, independently for every
 * example and step.
 *
 * The MLP's fused activation loop (mlp.ts) decides each unit with keepFlag and
 * reads each layer's numbers from the scheme, computed once in setDropout.
 */
export interface DropoutScaling {
  /** The unit is kept when a uniform 32-bit draw u < keepThreshold(p) (see keepFlag). */
  keepThreshold(p: number): number;
  /** Factor applied to kept outputs while training; dropped outputs are 0. */
  trainScale(p: number): number;
  /** Factor applied to every output at test time (dropout off, all units active). */
  evalScale(p: number): number;
  /** What multiplies the upstream gradient ∂loss/∂a of a kept unit. */
  keptGradient(p: number): number;
  /** The same for a dropped unit: the fused loop multiplies by the 0/1 mask, so only 0 is supported. */
  readonly droppedGradient: 0;
}

const TWO_POW_32 = 4294967296;
const INV_TWO_POW_32 = 1 / TWO_POW_32;

/** Threshold of a Bernoulli(1 − p) keep draw: P(keep) = 1 − p to within 2⁻³². */
export function keepThreshold(p: number): number {
  return Math.ceil((1 - p) * TWO_POW_32);
}

/** Exact probability that a uniform 32-bit draw falls below `threshold`. */
export function thresholdProbability(threshold: number): number {
  return Math.min(threshold, TWO_POW_32) / TWO_POW_32;
}

/** Exact probability that a Bernoulli(1 − p) draw keeps the unit. */
export function keepProbability(p: number): number {
  return thresholdProbability(keepThreshold(p));
}

/** What a scheme's noise multiplies, so that the network panel can draw it. */
export type NoiseTarget = 'neurons-dropped' | 'neurons-scaled' | 'weights-dropped';

/**
 * The dropout schemes, one entry per scheme. Every scheme's noise has mean 1
 * and variance p/(1 − p) per unit it multiplies (inverted Bernoulli's), so
 * that p means the same strength in each; the MLP (mlp.ts, drop-connect.ts)
 * runs the loops and reads these numbers once per setDropout.
 */
export interface DropoutSchemeSpec {
  readonly noise: NoiseTarget;
  /** Whether the variant setting (inverted or classic) applies; the others always scale like inverted dropout. */
  readonly usesVariant: boolean;
  /** Variance of the multiplicative noise on each unit (or weight) it reaches, with mean 1. */
  noiseVariance(p: number): number;
}

export const DROPOUT_SCHEMES: Readonly<Record<DropoutSchemeName, DropoutSchemeSpec>> = {
  /** Each hidden neuron's output × 0 with probability p, else × the variant's train scale. */
  bernoulli: { noise: 'neurons-dropped', usesVariant: true, noiseVariance: (p) => p / (1 - p) },
  /** Each hidden output × ε, ε ~ N(1, p/(1 − p)) per example and step; nothing at test time. */
  gaussian: { noise: 'neurons-scaled', usesVariant: false, noiseVariance: (p) => p / (1 - p) },
  /** Each weight reading a hidden layer × 0 with that layer's p, else × 1/(1 − p); full weights at test time. */
  dropconnect: { noise: 'weights-dropped', usesVariant: false, noiseVariance: (p) => p / (1 - p) },
};

/** Standard deviation of Gaussian dropout's noise at drop rate p: the spread of inverted Bernoulli dropout's factor. */
export function gaussianNoiseStd(p: number): number {
  return Math.sqrt(p / (1 - p));
}

export const DROPOUT_SCALINGS: Readonly<Record<DropoutVariant, DropoutScaling>> = {
  /** As in modern frameworks: kept units × 1/(1 − p) while training, nothing at test time. */
  inverted: {
    keepThreshold,
    trainScale: (p) => 1 / (1 - p),
    evalScale: () => 1,
    keptGradient: (p) => 1 / (1 - p),
    droppedGradient: 0,
  },
  /** As in the 2014 dropout paper: no scaling while training, × (1 − p) at test time. */
  classic: {
    keepThreshold,
    trainScale: () => 1,
    evalScale: (p) => 1 - p,
    keptGradient: () => 1,
    droppedGradient: 0,
  },
};

/**
 * The keep decision for one uniform 32-bit draw u (from Rng.nextU32): 1 when u < threshold, else 0.
 * The Bernoulli sampler of neuron masks: training masks and the thinned networks' masks use it
 * (DropConnect's weight masks use an integer one on hashed draws, drop-connect.ts).
 * It takes the draw rather than the Rng so that the training loop stays as fast as with the expression inlined.
 */
export function keepFlag(u: number, threshold: number): number {
  // (u − threshold)/2³² lies in (−1, 1), so floor gives −1 (kept) or 0 (dropped).
  // Masks are coin flips that no branch predictor can learn, so they enter as arithmetic, not branches.
  return 0 - Math.floor((u - threshold) * INV_TWO_POW_32);
}

/** Fills `mask` with keep flags (1 = kept), one draw per unit, and returns it. */
export function sampleKeepMask(rng: Rng, threshold: number, mask: Uint8Array): Uint8Array {
  for (let o = 0; o < mask.length; o++) mask[o] = keepFlag(rng.nextU32(), threshold);
  return mask;
}
