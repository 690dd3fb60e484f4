import type { FloatArray } from './floats';

/**
 * DropConnect's loops: the weights of a layer that reads a hidden layer are
 * dropped one by one (instead of the hidden neurons), independently for every
 * example, and the kept ones scaled by 1/(1 − p).
 *
 * The masks are counter-based: an example draws one 32-bit key per layer from
 * the mask stream, and weight k's keep draw is a hash of (key, k) (edgeDraw).
 * So a weight's mask does not depend on which others were drawn, and the loops
 * draw only the masks that matter: those of the rows whose input or input
 * gradient is non-zero (ReLU zeroes about half of them). The stream itself
 * never depends on the values (one key per layer and example): a thinned curve
 * that replays one Rng state at every x gets the same noise at every x.
 * The arithmetic skips zeros as the Bernoulli loops do: zero inputs forward;
 * backward the zero entries of ∂loss/∂z and the inputs whose gradient is gated off.
 */
export interface EdgeLayer {
  readonly nIn: number;
  readonly nOut: number;
  readonly w: FloatArray;
  readonly b: FloatArray;
  readonly gw: FloatArray;
  /**
   * 0 (dropped) or the keep scale per weight for the current example, w's layout; written only
   * for the rows whose input or input gate is non-zero (the others are never read).
   */
  readonly edgeScale: FloatArray;
}

/** Scratch the backward loop shares, allocated once per network: the non-zero entries of ∂loss/∂z (indices, values), widest layer. */
export interface EdgeScratch {
  readonly index: Int32Array;
  readonly value: FloatArray;
}

/** An odd constant that spreads consecutive weight indices over the hash's input (2³² / golden ratio). */
const INDEX_STEP = 0x9e3779b9;
const TWO_POW_31 = 2147483648;

/**
 * The 31-bit keep draw of weight k under an example's key: the top 31 bits of the lowbias32
 * integer hash (Wellons' constants) of key + k · INDEX_STEP, a bijection of its input, so
 * uniform like a draw of the Rng (the DropConnect statistics tests check its keep rate and moments).
 */
export function edgeDraw(key: number, k: number): number {
  let x = (key + Math.imul(k, INDEX_STEP)) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 1;
}

/** DropConnect's keep threshold for a 31-bit draw at drop rate p: P(keep) = ⌈(1 − p)·2³¹⌉ / 2³¹, 1 − p to within 2⁻³¹. */
export function edgeKeepThreshold(p: number): number {
  return Math.ceil((1 - p) * TWO_POW_31);
}

/**
 * 1 when a 31-bit draw is below the threshold (kept), else 0. Integer arithmetic without a
 * branch (the coin flips defeat any branch predictor): draw − threshold lies in [−2³¹, 2³¹),
 * and its bit 31 as an unsigned word is set exactly when it is negative.
 */
export function edgeKeepFlag(draw: number, threshold: number): number {
  return (draw - threshold) >>> 31;
}

/**
 * z = b + Σ_i input_i · w_io · m_io / (1 − p), with m_io = edgeKeepFlag(edgeDraw(key, i·nOut + o)),
 * drawn for the rows that matter: a non-zero input, or a non-zero input gate (its gradient flows back).
 */
export function edgePreactivation(
  layer: EdgeLayer,
  input: FloatArray,
  inputGate: FloatArray,
  z: FloatArray,
  key: number,
  /** edgeKeepThreshold(p) of the layer read. */
  threshold: number,
  scale: number,
): void {
  const { nIn, nOut, w, b, edgeScale } = layer;
  for (let o = 0; o < nOut; o++) z[o] = b[o];
  for (let i = 0; i < nIn; i++) {
    const v = input[i];
    if (v === 0 && inputGate[i] === 0) continue;
    const row = i * nOut;
    for (let o = 0; o < nOut; o++) {
      const k = row + o;
      // The factor in full precision here; edgeScale may hold it rounded to f32, as the backward pass reads it.
      const e = edgeKeepFlag(edgeDraw(key, k), threshold) * scale;
      edgeScale[k] = e;
      z[o] += v * (w[k] * e);
    }
  }
}

/**
 * Backward through a DropConnect layer: accumulates ∂loss/∂w_io = input_i · e_io · dz_o
 * and returns ∂loss/∂input_i = Σ_o w_io · e_io · dz_o in `inputDelta`, except where
 * `inputGate` is 0 (the input's ∂a/∂z: a ReLU at 0), whose gradient stops there: 0.
 * Only the non-zero entries of dz take part.
 */
export function edgeBackward(layer: EdgeLayer, input: FloatArray, inputGate: FloatArray, dz: FloatArray, inputDelta: FloatArray, scratch: EdgeScratch): void {
  const { nIn, nOut, w, gw, edgeScale } = layer;
  const { index, value } = scratch;
  let count = 0;
  for (let o = 0; o < nOut; o++) {
    const d = dz[o];
    if (d !== 0) {
      index[count] = o;
      value[count] = d;
      count++;
    }
  }
  // Mostly non-zero (tanh, sigmoid): the plain loop beats the gathered one.
  if (2 * count > nOut) {
    edgeBackwardDense(layer, input, inputGate, dz, inputDelta);
    return;
  }
  for (let i = 0; i < nIn; i++) {
    const v = input[i];
    const row = i * nOut;
    if (inputGate[i] === 0) {
      inputDelta[i] = 0;
      if (v !== 0) for (let j = 0; j < count; j++) gw[row + index[j]] += v * (edgeScale[row + index[j]] * value[j]);
      continue;
    }
    let s = 0;
    if (v !== 0) {
      for (let j = 0; j < count; j++) {
        const k = row + index[j];
        const ed = edgeScale[k] * value[j];
        gw[k] += v * ed;
        s += w[k] * ed;
      }
    } else {
      for (let j = 0; j < count; j++) {
        const k = row + index[j];
        s += w[k] * (edgeScale[k] * value[j]);
      }
    }
    inputDelta[i] = s;
  }
}

/** edgeBackward over every entry of dz. */
function edgeBackwardDense(layer: EdgeLayer, input: FloatArray, inputGate: FloatArray, dz: FloatArray, inputDelta: FloatArray): void {
  const { nIn, nOut, w, gw, edgeScale } = layer;
  for (let i = 0; i < nIn; i++) {
    const v = input[i];
    const row = i * nOut;
    if (inputGate[i] === 0) {
      inputDelta[i] = 0;
      if (v !== 0) for (let o = 0; o < nOut; o++) gw[row + o] += v * (edgeScale[row + o] * dz[o]);
      continue;
    }
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

/** Writes the keep flags (1 = kept) of every weight under an example's key into `out`, w's layout (for drawing). */
export function writeEdgeMask(key: number, threshold: number, out: Uint8Array): void {
  for (let k = 0; k < out.length; k++) out[k] = edgeKeepFlag(edgeDraw(key, k), threshold);
}
