import type { DatasetName } from './config';

const PI = 3.141592653589793;

/** sin(πx) from + − × only (Math.sin may differ between engines). */
export function sinPi(x: number): number {
  let t = x - 2 * Math.round(x / 2); // t ∈ [−1, 1]
  if (t > 0.5) t = 1 - t;
  else if (t < -0.5) t = -1 - t;
  const u = PI * t; // |u| ≤ π/2
  const u2 = u * u;
  let p = 1;
  for (let k = 21; k >= 3; k -= 2) p = 1 - (u2 / (k * (k - 1))) * p;
  return u * p;
}

export type TrueFunction = (x: number) => number;

/** The noise-free functions, each scaled to about [−1, 1] on x ∈ [−1, 1]. */
export const TRUE_FUNCTIONS: Record<Exclude<DatasetName, 'custom'>, TrueFunction> = {
  sine: (x) => sinPi(x),
  cubic: (x) => 4 * x * x * x - 3 * x,
  abs: (x) => 2 * Math.abs(x) - 1,
  step: (x) => (x < 0 ? -1 : 1),
};
