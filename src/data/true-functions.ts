import type { DatasetName } from './config';

const PI = 3.141592653589793;

/** sin(u) and cos(u) for |u| ≤ π/4, Taylor series (truncation below 1e-17). */
function sinSmall(u: number): number {
  const u2 = u * u;
  let p = 1;
  for (let k = 17; k >= 3; k -= 2) p = 1 - (u2 / (k * (k - 1))) * p;
  return u * p;
}

function cosSmall(u: number): number {
  const u2 = u * u;
  let p = 1;
  for (let k = 18; k >= 2; k -= 2) p = 1 - (u2 / (k * (k - 1))) * p;
  return p;
}

/** sin(πx) from + − × ÷ only (Math.sin may differ between engines). */
export function sinPi(x: number): number {
  let t = x - 2 * Math.round(x / 2); // t ∈ [−1, 1]
  if (t > 0.5) t = 1 - t;
  else if (t < -0.5) t = -1 - t; // now t ∈ [−½, ½]
  if (t > 0.25) return cosSmall(PI * (0.5 - t));
  if (t < -0.25) return -cosSmall(PI * (0.5 + t));
  return sinSmall(PI * t);
}

export type TrueFunction = (x: number) => number;

/** The noise-free functions, each scaled to about [−1, 1] on x ∈ [−1, 1]. */
export const TRUE_FUNCTIONS: Record<Exclude<DatasetName, 'custom'>, TrueFunction> = {
  sine: (x) => sinPi(x),
  cubic: (x) => 4 * x * x * x - 3 * x,
  abs: (x) => 2 * Math.abs(x) - 1,
  step: (x) => (x < 0 ? -1 : 1),
};
