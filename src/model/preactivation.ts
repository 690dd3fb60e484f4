/**
 * The linear part of each layer: z = b + Σ_i input_i · w_i· over the non-zero
 * inputs only (ReLU and dropout make many), four weight rows at a time, the
 * first layer's z = b + x · w, and the linear output. The training kernel's
 * arithmetic, shared by the single-point pass (mlp.ts) and the many-point eval
 * pass (eval-batch.ts) so that the two agree to the bit.
 */
import type { FloatArray } from './floats';

/** Gathers the non-zero inputs: their weight-row offsets (i · nOut) into idx, values into val; returns how many. */
export function gatherNonZero(input: FloatArray, nIn: number, nOut: number, idx: Int32Array, val: FloatArray): number {
  let k = 0;
  for (let i = 0; i < nIn; i++) {
    const v = input[i];
    if (v !== 0) {
      idx[k] = i * nOut;
      val[k] = v;
      k++;
    }
  }
  return k;
}

/** z = b + the k gathered rows of w (row-major, nIn × nOut) weighted by val. */
export function accumulateRows(z: FloatArray, b: FloatArray, w: FloatArray, nOut: number, idx: Int32Array, val: FloatArray, k: number): void {
  for (let o = 0; o < nOut; o++) z[o] = b[o];
  let j = 0;
  for (; j + 3 < k; j += 4) {
    const r0 = idx[j];
    const r1 = idx[j + 1];
    const r2 = idx[j + 2];
    const r3 = idx[j + 3];
    const v0 = val[j];
    const v1 = val[j + 1];
    const v2 = val[j + 2];
    const v3 = val[j + 3];
    for (let o = 0; o < nOut; o++) {
      z[o] += v0 * w[r0 + o] + v1 * w[r1 + o] + v2 * w[r2 + o] + v3 * w[r3 + o];
    }
  }
  for (; j < k; j++) {
    const r = idx[j];
    const v = val[j];
    for (let o = 0; o < nOut; o++) z[o] += v * w[r + o];
  }
}

/** The first hidden layer reads the scalar x: z = b + x · w. */
export function firstLayerPreactivation(z: FloatArray, b: FloatArray, w: FloatArray, nOut: number, x: number): void {
  for (let o = 0; o < nOut; o++) z[o] = b[o] + x * w[o];
}

/** The linear output y = b + Σ_i last_i · w_i over the non-zero last hidden outputs, in double precision. */
export function linearOutput(b: FloatArray, w: FloatArray, nIn: number, last: FloatArray): number {
  let y = b[0];
  for (let i = 0; i < nIn; i++) {
    const v = last[i];
    if (v !== 0) y += v * w[i];
  }
  return y;
}
