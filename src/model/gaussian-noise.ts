import { detLog } from './detmath';
import type { Rng } from './rng';
import type { FloatArray } from './floats';

/**
 * Fills out[0..n) with 1 + std · g, g standard normal, for Gaussian dropout.
 * Marsaglia's polar method on the Rng's uniforms, using both halves of every
 * pair here (an odd n discards the last half), so nothing is cached in the
 * Rng and its state can be captured between any two examples. Only + − × ÷,
 * sqrt and detLog: the same numbers in every engine.
 */
export function fillGaussianFactors(rng: Rng, std: number, out: FloatArray, n: number): void {
  for (let o = 0; o < n; o += 2) {
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * rng.uniform() - 1;
      v = 2 * rng.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = std * Math.sqrt((-2 * detLog(s)) / s);
    out[o] = 1 + u * f;
    if (o + 1 < n) out[o + 1] = 1 + v * f;
  }
}
