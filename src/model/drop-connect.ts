import { keepFlag } from './dropout';
import type { FloatArray } from './floats';
import type { Rng } from './rng';

/**
 * DropConnect's loops: the weights of a layer that reads a hidden layer are
 * dropped one by one (instead of the hidden neurons), independently for every
 * example, and the kept ones scaled by 1/(1 − p). The mask of the current
 * example lives in `edgeScale` as 0 or 1/(1 − p) per weight, w's layout.
 */
export interface EdgeLayer {
  readonly nIn: number;
  readonly nOut: number;
  readonly w: FloatArray;
  readonly b: FloatArray;
  readonly gw: FloatArray;
  /** 0 (dropped) or the keep scale, per weight, for the current example. */
  readonly edgeScale: FloatArray;
}

/**
 * z = b + Σ_i input_i · w_io · m_io / (1 − p), drawing every m_io (one 32-bit draw
 * per weight, in w's order, whatever the input: the draws do not depend on the values).
 */
export function edgePreactivation(layer: EdgeLayer, input: FloatArray, z: FloatArray, rng: Rng, threshold: number, scale: number): void {
  const { nIn, nOut, w, b, edgeScale } = layer;
  for (let o = 0; o < nOut; o++) z[o] = b[o];
  for (let i = 0; i < nIn; i++) {
    const v = input[i];
    const row = i * nOut;
    for (let o = 0; o < nOut; o++) {
      const k = row + o;
      const e = keepFlag(rng.nextU32(), threshold) * scale;
      edgeScale[k] = e;
      z[o] += v * (w[k] * e);
    }
  }
}

/**
 * Backward through a DropConnect layer: accumulates ∂loss/∂w_io = input_i · e_io · dz_o
 * and returns ∂loss/∂input_i = Σ_o w_io · e_io · dz_o in `inputDelta`.
 */
export function edgeBackward(layer: EdgeLayer, input: FloatArray, dz: FloatArray, inputDelta: FloatArray): void {
  const { nIn, nOut, w, gw, edgeScale } = layer;
  for (let i = 0; i < nIn; i++) {
    const v = input[i];
    const row = i * nOut;
    let s = 0;
    for (let o = 0; o < nOut; o++) {
      const k = row + o;
      const ed = edgeScale[k] * dz[o];
      gw[k] += v * ed;
      s += w[k] * ed;
    }
    inputDelta[i] = s;
  }
}

/** Writes the current example's keep flags (1 = kept) into `out`, w's layout. */
export function copyEdgeMask(layer: EdgeLayer, out: Uint8Array): void {
  const e = layer.edgeScale;
  for (let k = 0; k < e.length; k++) out[k] = e[k] !== 0 ? 1 : 0;
}
