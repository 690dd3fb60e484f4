import type { DropoutVariant } from './config';

/**
 * The dropout kernel's arithmetic. p is the DROP probability; a neuron is kept
 * with probability 1 − p, independently for every example and step.
 *
 * The mask draw itself lives in the MLP's fused activation loop (see mlp.ts);
 * these helpers give it the numbers.
 */

const TWO_POW_32 = 4294967296;

/** A 32-bit uniform draw u keeps the neuron when u < keepThreshold(p): P(keep) = 1 − p to within 2⁻³². */
export function keepThreshold(p: number): number {
  return Math.ceil((1 - p) * TWO_POW_32);
}

/** Exact probability that a draw is kept with this threshold. */
export function keepProbability(p: number): number {
  return Math.min(keepThreshold(p), TWO_POW_32) / TWO_POW_32;
}

/** Factor applied to kept outputs while training. */
export function trainScale(p: number, variant: DropoutVariant): number {
  return variant === 'inverted' ? 1 / (1 - p) : 1;
}

/** Factor applied to every output at test time (dropout off, all neurons active). */
export function evalScale(p: number, variant: DropoutVariant): number {
  return variant === 'classic' ? 1 - p : 1;
}
