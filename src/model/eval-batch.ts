/**
 * The eval-mode forward pass (dropout off) over many x at once, four points at
 * a time: each weight row read from memory serves four points instead of one.
 * The arithmetic is the single-point forward's, operation for operation (the
 * same zero skipping, the same grouping of four inputs, the same rounding to
 * the network's precision), so every output equals `net.forward(x, eval)` to
 * the bit. Where the four points' non-zero inputs differ (ReLU), that block
 * falls back to one point at a time with the same arithmetic.
 */
import { applyActivation } from './activations';
import { allocFloats, type FloatArray } from './floats';
import type { Layer, Mlp } from './mlp';
import { accumulateRows, firstLayerPreactivation, gatherNonZero, linearOutput } from './preactivation';

const BLOCK = 4;

interface Scratch {
  /** Per point of a block: the current layer's outputs, and the next layer's. */
  readonly cur: FloatArray[];
  readonly next: FloatArray[];
  /** Per point: the indices (× nOut) and values of its non-zero inputs, and how many. */
  readonly idx: Int32Array[];
  readonly val: FloatArray[];
  readonly count: Int32Array;
}

const scratchOf = new WeakMap<Mlp, Scratch>();

function scratch(net: Mlp): Scratch {
  let s = scratchOf.get(net);
  if (s === undefined) {
    const width = Math.max(...net.sizes);
    const make = () => Array.from({ length: BLOCK }, () => allocFloats(net.precision, width));
    s = {
      cur: make(),
      next: make(),
      idx: Array.from({ length: BLOCK }, () => new Int32Array(width)),
      val: make(),
      count: new Int32Array(BLOCK),
    };
    scratchOf.set(net, s);
  }
  return s;
}

/** Calls `each(i, y)` in order with the eval-mode output y (double precision, as the single-point pass returns it) of every x in xs[0..count). */
export function evalForwardEach(net: Mlp, xs: ArrayLike<number>, count: number, each: (i: number, y: number) => void): void {
  const s = scratch(net);
  const out = net.layers[net.layers.length - 1];
  for (let start = 0; start < count; start += BLOCK) {
    const points = Math.min(BLOCK, count - start);
    forwardBlock(net, xs, start, points, s);
    for (let p = 0; p < points; p++) each(start + p, linearOutput(out.b, out.w, out.nIn, s.cur[p]));
  }
}

/** Runs points start..start+points through the hidden layers; their last hidden outputs end in s.cur. */
function forwardBlock(net: Mlp, xs: ArrayLike<number>, start: number, points: number, s: Scratch): void {
  const hidden = net.layers.length - 1;
  const act = net.activationCode;
  for (let l = 0; l < hidden; l++) {
    const layer = net.layers[l];
    const { nOut, w, b } = layer;
    if (l === 0) {
      for (let p = 0; p < points; p++) firstLayerPreactivation(s.cur[p], b, w, nOut, xs[start + p]);
    } else {
      for (let p = 0; p < points; p++) gather(s, p, layer.nIn, nOut);
      if (points === BLOCK && sameInputs(s)) preactivation4(layer, s);
      else for (let p = 0; p < points; p++) preactivation1(layer, s, p);
      for (let p = 0; p < points; p++) {
        const t = s.cur[p];
        s.cur[p] = s.next[p];
        s.next[p] = t;
      }
    }
    const scale = net.evalScaleOf(l);
    for (let p = 0; p < points; p++) {
      const h = s.cur[p];
      applyActivation(act, h, nOut);
      for (let o = 0; o < nOut; o++) h[o] = h[o] * scale;
    }
  }
}

function gather(s: Scratch, p: number, nIn: number, nOut: number): void {
  s.count[p] = gatherNonZero(s.cur[p], nIn, nOut, s.idx[p], s.val[p]);
}

function sameInputs(s: Scratch): boolean {
  const k = s.count[0];
  for (let p = 1; p < BLOCK; p++) {
    if (s.count[p] !== k) return false;
    const a = s.idx[0];
    const b = s.idx[p];
    for (let j = 0; j < k; j++) if (a[j] !== b[j]) return false;
  }
  return true;
}

/** The single-point forward's preactivation, for point p, into s.next[p]. */
function preactivation1(layer: Layer, s: Scratch, p: number): void {
  accumulateRows(s.next[p], layer.b, layer.w, layer.nOut, s.idx[p], s.val[p], s.count[p]);
}

/** The same for four points whose non-zero inputs sit at the same indices: each weight is loaded once for the four. */
function preactivation4(layer: Layer, s: Scratch): void {
  const { nOut, w, b } = layer;
  const [z0, z1, z2, z3] = s.next;
  const [a, c, d, e] = s.val;
  const idx = s.idx[0];
  const k = s.count[0];
  for (let o = 0; o < nOut; o++) {
    const bo = b[o];
    z0[o] = bo;
    z1[o] = bo;
    z2[o] = bo;
    z3[o] = bo;
  }
  let j = 0;
  for (; j + 3 < k; j += 4) {
    const r0 = idx[j];
    const r1 = idx[j + 1];
    const r2 = idx[j + 2];
    const r3 = idx[j + 3];
    const a0 = a[j],
      a1 = a[j + 1],
      a2 = a[j + 2],
      a3 = a[j + 3];
    const c0 = c[j],
      c1 = c[j + 1],
      c2 = c[j + 2],
      c3 = c[j + 3];
    const d0 = d[j],
      d1 = d[j + 1],
      d2 = d[j + 2],
      d3 = d[j + 3];
    const e0 = e[j],
      e1 = e[j + 1],
      e2 = e[j + 2],
      e3 = e[j + 3];
    for (let o = 0; o < nOut; o++) {
      const w0 = w[r0 + o];
      const w1 = w[r1 + o];
      const w2 = w[r2 + o];
      const w3 = w[r3 + o];
      z0[o] += a0 * w0 + a1 * w1 + a2 * w2 + a3 * w3;
      z1[o] += c0 * w0 + c1 * w1 + c2 * w2 + c3 * w3;
      z2[o] += d0 * w0 + d1 * w1 + d2 * w2 + d3 * w3;
      z3[o] += e0 * w0 + e1 * w1 + e2 * w2 + e3 * w3;
    }
  }
  for (; j < k; j++) {
    const r = idx[j];
    const a0 = a[j],
      c0 = c[j],
      d0 = d[j],
      e0 = e[j];
    for (let o = 0; o < nOut; o++) {
      const wo = w[r + o];
      z0[o] += a0 * wo;
      z1[o] += c0 * wo;
      z2[o] += d0 * wo;
      z3[o] += e0 * wo;
    }
  }
}
