/**
 * Deterministic elementary functions built from + − × ÷ and sqrt only.
 *
 * Math.exp, Math.log and Math.tanh are allowed to differ in the last bits
 * between JavaScript engines; IEEE-754 guarantees the basic operations. Using
 * these everywhere a result feeds the run makes a shared link reproduce bit
 * for bit in every browser. Accuracy is within a few ulps, far below float32.
 */

const LN2_HI = 6.93147180369123816490e-1; // trailing zero bits: k * LN2_HI is exact
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.4426950408889634;
const EXP_OVERFLOW = 709.782712893384;
const EXP_UNDERFLOW = -745.1332191019411;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: high word is [1]
const LO = 1 - HI;

/** 2^k for integer k in [-1022, 1023], built from the exponent bits. */
function pow2(k: number): number {
  words[HI] = (k + 1023) << 20;
  words[LO] = 0;
  return bits[0];
}

/** exp(r) − 1 for |r| ≤ ln2/2, Taylor series to degree 13 (truncation < 1e-17). */
function expm1Reduced(r: number): number {
  let p = 1 / 6227020800; // 1/13!
  p = 1 / 479001600 + r * p;
  p = 1 / 39916800 + r * p;
  p = 1 / 3628800 + r * p;
  p = 1 / 362880 + r * p;
  p = 1 / 40320 + r * p;
  p = 1 / 5040 + r * p;
  p = 1 / 720 + r * p;
  p = 1 / 120 + r * p;
  p = 1 / 24 + r * p;
  p = 1 / 6 + r * p;
  p = 0.5 + r * p;
  p = 1 + r * p;
  return r * p;
}

export function detExp(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  const m = 1 + expm1Reduced(r);
  if (k > 1023) return m * pow2(k - 1) * 2;
  if (k < -1022) return m * pow2(k + 54) * pow2(-54);
  return m * pow2(k);
}

export function detExpm1(x: number): number {
  if (x > -0.34657359027997264 && x < 0.34657359027997264) return expm1Reduced(x);
  return detExp(x) - 1;
}

export function detTanh(x: number): number {
  if (x !== x) return NaN;
  const ax = x < 0 ? -x : x;
  if (ax > 22) return x < 0 ? -1 : 1;
  const e = detExpm1(2 * ax);
  const t = e / (e + 2);
  return x < 0 ? -t : t;
}

export function detSigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + detExp(-x));
  const e = detExp(x);
  return e / (1 + e);
}

const SQRT2 = 1.4142135623730951;

/** Natural logarithm. */
export function detLog(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let scaled = x;
  let e = 0;
  if (scaled < 2.2250738585072014e-308) {
    scaled *= 18014398509481984; // 2^54: lift subnormals into the normal range
    e = -54;
  }
  bits[0] = scaled;
  const hi = words[HI];
  e += ((hi >>> 20) & 0x7ff) - 1023;
  words[HI] = (hi & 0x000fffff) | 0x3ff00000; // mantissa in [1, 2)
  let m = bits[0];
  if (m > SQRT2) {
    m *= 0.5;
    e += 1;
  }
  // log(m) = 2 atanh(s) with s = (m − 1)/(m + 1), |s| < 0.172
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let p = 1 / 25;
  for (let n = 23; n >= 1; n -= 2) p = 1 / n + s2 * p;
  return e * LN2_HI + (2 * s * p + e * LN2_LO);
}
