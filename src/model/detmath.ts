/**
 * Deterministic elementary functions built from + − × ÷ and sqrt only.
 *
 * Math.exp, Math.log and Math.tanh are allowed to differ in the last bits
 * between JavaScript engines; IEEE-754 guarantees the basic operations. Using
 * these everywhere a result feeds the run makes a shared link reproduce bit
 * for bit in every browser. Accuracy is within a few ulps, far below float32.
 */

const LN2_HI = 6.9314718036912381649e-1; // trailing zero bits: k * LN2_HI is exact
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.4426950408889634;
const EXP_OVERFLOW = 709.782712893384;
const EXP_UNDERFLOW = -745.1332191019411;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: high word is [1]

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

// exp(x) = 2^m · 2^(j/128) · exp(r) with x = (128m + j)·ln2/128 + r and |r| ≤ ln2/256,
// so a degree-5 series suffices (truncation < 1e-18). Both tables are built from exact operations.
const TABLE_BITS = 7;
const TABLE_SIZE = 1 << TABLE_BITS;
const LN2_BY_N_HI = LN2_HI / TABLE_SIZE;
const LN2_BY_N_LO = LN2_LO / TABLE_SIZE;
const N_BY_LN2 = TABLE_SIZE * INV_LN2;

/** 2^(j/128) for j = 0..127, each from a reduced argument in [−ln2/2, ln2/2]. */
const TWO_POW_FRACTION = Float64Array.from({ length: TABLE_SIZE }, (_, j) => {
  if (j <= TABLE_SIZE / 2) return 1 + expm1Reduced(j * LN2_BY_N_HI + j * LN2_BY_N_LO);
  const back = TABLE_SIZE - j; // 2^(j/N) = 2 · 2^(−(N − j)/N)
  return 2 * (1 + expm1Reduced(-back * LN2_BY_N_HI - back * LN2_BY_N_LO));
});

/** 2^m for m = −1022..1023, by repeated exact doubling and halving. */
const POW2_OFFSET = 1022;
const POW2 = (() => {
  const table = new Float64Array(POW2_OFFSET + 1024);
  table[POW2_OFFSET] = 1;
  for (let m = 1; m <= 1023; m++) table[POW2_OFFSET + m] = table[POW2_OFFSET + m - 1] * 2;
  for (let m = -1; m >= -1022; m--) table[POW2_OFFSET + m] = table[POW2_OFFSET + m + 1] * 0.5;
  return table;
})();

/** 2^(j/N) · exp(r) for x = k·ln2/N + r, where j = k mod N: the mantissa of exp(x) before scaling by 2^(k div N). */
function expMantissa(x: number, k: number): number {
  const r = x - k * LN2_BY_N_HI - k * LN2_BY_N_LO;
  const t = TWO_POW_FRACTION[k & (TABLE_SIZE - 1)];
  // Estrin's scheme: shorter dependency chains than Horner's.
  const r2 = r * r;
  const p = r + r2 * (0.5 + r * (1 / 6)) + r2 * r2 * (1 / 24 + r * (1 / 120));
  return t + t * p;
}

/** exp(x) for x ∈ [0, 64], without range checks (tanh's hot path). */
function expSmallPositive(x: number): number {
  const k = Math.round(x * N_BY_LN2);
  return expMantissa(x, k) * POW2[POW2_OFFSET + (k >> TABLE_BITS)];
}

export function detExp(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const k = Math.round(x * N_BY_LN2);
  const m = k >> TABLE_BITS;
  const mantissa = expMantissa(x, k);
  if (m > 1023) return mantissa * POW2[POW2_OFFSET + m - 1] * 2;
  if (m < -1022) return mantissa * POW2[POW2_OFFSET + m + 54] * POW2[POW2_OFFSET - 54];
  return mantissa * POW2[POW2_OFFSET + m];
}

export function detExpm1(x: number): number {
  if (x > -0.34657359027997264 && x < 0.34657359027997264) return expm1Reduced(x);
  return detExp(x) - 1;
}

/**
 * tanh to within a few ulps of 1 in absolute terms (all a network needs): one
 * exp and one division, without a data-dependent branch between two formulas.
 */
export function detTanh(x: number): number {
  if (x !== x) return NaN;
  const ax = x < 0 ? -x : x;
  if (ax < 1e-9) return x; // tanh x = x − x³/3 + …: exact to double precision here
  const t = ax > 22 ? 1 : 1 - 2 / (expSmallPositive(2 * ax) + 1);
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
