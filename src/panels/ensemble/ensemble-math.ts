import type { EnsembleMessage } from '../../training/protocol';

/** Mean of (a − b)² over two curves of equal length. */
export function meanSquaredDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return a.length > 0 ? sum / a.length : Number.NaN;
}

/** Row `index` of the MC averages: the average of the first checkpoints[index] thinned networks on the grid. */
export function mcCurve(message: EnsembleMessage, index: number): Float32Array {
  const n = message.scaling.length;
  return message.mc.subarray(index * n, (index + 1) * n);
}

/**
 * The test MSE the MC average tends to as k grows (the exact average's): given exactly when
 * enumerated, else estimated from the 1000-network average less its expected excess v̄/1000.
 */
export function limitMse(message: EnsembleMessage): number {
  if (message.testMse.exact !== null) return message.testMse.exact;
  const last = message.checkpoints.length - 1;
  return message.testMse.mc[last] - message.thinnedVariance / message.checkpoints[last];
}

/** The MC average's expected test MSE at k: the limit plus the variance of a k-network average, v̄/k. */
export function expectedMcMse(message: EnsembleMessage, k: number): number {
  return limitMse(message) + message.thinnedVariance / k;
}

/** How close counts as meeting the scaling rule: within 1% of its test MSE. */
export const MEET_TOLERANCE = 0.01;

export type Meeting =
  /** From about k on, the MC average's expected test MSE is within 1% of the scaling rule's; `below` when it ends up under it. */
  | { kind: 'meets'; k: number; below: boolean }
  /** Its limit (the exact average) is more than 1% worse than the scaling rule: it never gets that close. */
  | { kind: 'never'; gap: number };

/** Where the MC curve meets the scaling rule's test MSE, from the expected curve (not one noisy draw). */
export function meeting(message: EnsembleMessage): Meeting {
  const target = message.testMse.scaling * (1 + MEET_TOLERANCE);
  const limit = limitMse(message);
  const below = limit < message.testMse.scaling;
  if (limit >= target) return { kind: 'never', gap: limit - message.testMse.scaling };
  return { kind: 'meets', k: Math.max(1, Math.ceil(message.thinnedVariance / (target - limit))), below };
}
