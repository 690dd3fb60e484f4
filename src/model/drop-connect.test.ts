/**
 * DropConnect's fast path (drop-connect.ts): the counter-based keep draws, the
 * integer keep flag, and the loops that skip rows and zeros — checked against
 * dense references on ReLU networks, where the skipping happens (the scheme's
 * statistics and tanh/sigmoid gradient checks are in dropout-schemes.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { edgeDraw, edgeKeepFlag, edgeKeepThreshold, writeEdgeMask } from './drop-connect';
import { ForwardMode } from './mlp';
import { Rng, Stream } from './rng';
import { makeNet, replayedNoiseGradientCheck } from './test-helpers';

const TWO_POW_31 = 2 ** 31;

describe('the keep flag', () => {
  it('keeps a draw exactly when it is below the threshold, at every edge of the range', () => {
    for (const threshold of [0, 1, 12345, TWO_POW_31 - 1, TWO_POW_31]) {
      for (const draw of [0, 1, threshold - 1, threshold, threshold + 1, TWO_POW_31 - 1]) {
        if (draw < 0 || draw >= TWO_POW_31) continue;
        expect(edgeKeepFlag(draw, threshold), `draw ${draw}, threshold ${threshold}`).toBe(draw < threshold ? 1 : 0);
      }
    }
    expect(edgeKeepThreshold(0)).toBe(TWO_POW_31);
    expect(edgeKeepThreshold(1)).toBe(0);
    expect(edgeKeepThreshold(0.5)).toBe(TWO_POW_31 / 2);
  });
});

describe('the counter-based draws', () => {
  // Keys from the mask stream of seeds 1…40 (a range, not picked), 4,096 weights each.
  const keys = Array.from({ length: 40 }, (_, s) => new Rng(s + 1, Stream.masks).nextU32());
  const WEIGHTS = 4096;

  it.each([0.1, 0.5, 0.8])('keep rate 1 − p within 5 standard errors, p = %s', (p) => {
    const threshold = edgeKeepThreshold(p);
    let kept = 0;
    for (const key of keys) for (let k = 0; k < WEIGHTS; k++) kept += edgeKeepFlag(edgeDraw(key, k), threshold);
    const n = keys.length * WEIGHTS;
    const q = threshold / TWO_POW_31;
    expect(Math.abs(kept / n - q)).toBeLessThan(5 * Math.sqrt((q * (1 - q)) / n));
  });

  it('neighbouring weights, the same weight under consecutive keys, and the draw bits are uncorrelated', () => {
    const threshold = edgeKeepThreshold(0.5);
    const n = (keys.length - 1) * (WEIGHTS - 1);
    let alongRow = 0;
    let acrossKeys = 0;
    for (let s = 0; s + 1 < keys.length; s++) {
      for (let k = 0; k + 1 < WEIGHTS; k++) {
        const here = 2 * edgeKeepFlag(edgeDraw(keys[s], k), threshold) - 1;
        alongRow += here * (2 * edgeKeepFlag(edgeDraw(keys[s], k + 1), threshold) - 1);
        acrossKeys += here * (2 * edgeKeepFlag(edgeDraw(keys[s + 1], k), threshold) - 1);
      }
    }
    // ±1 flags: each product has mean 0 and variance 1 when independent.
    expect(Math.abs(alongRow / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(acrossKeys / n)).toBeLessThan(5 / Math.sqrt(n));
    // Every bit of the 31-bit draw is a fair coin (a low-quality hash shows in some bit).
    for (let bit = 0; bit < 31; bit++) {
      let ones = 0;
      for (const key of keys) for (let k = 0; k < WEIGHTS; k++) ones += (edgeDraw(key, k) >>> bit) & 1;
      const m = keys.length * WEIGHTS;
      expect(Math.abs(ones / m - 0.5), `bit ${bit}`).toBeLessThan(5 * Math.sqrt(0.25 / m));
    }
  });
});

describe('the loops that skip zeros (ReLU)', () => {
  const p = [0.4, 0.5];

  function reluNet() {
    const net = makeNet({ hidden: [12, 10], activation: 'relu', seed: 51, maskRows: 4 });
    net.setDropout(p, 'inverted', 'dropconnect');
    return net;
  }

  it('the forward pass equals a dense sum over every weight with the flags of writeEdgeMask', () => {
    const net = reluNet();
    const start = new Rng(52, Stream.masks).state();
    for (const x of [-1.3, -0.2, 0.4, 1.7]) {
      const rng = Rng.fromState(start);
      const y = net.forward(x, ForwardMode.train, rng, 0);
      // The keys are the stream's first two draws (one per dropping layer), in layer order.
      const keyRng = Rng.fromState(start);
      const keys = [keyRng.nextU32(), keyRng.nextU32()];
      let input: ArrayLike<number> = net.layers[0].a;
      let dense = 0;
      for (const l of [1, 2]) {
        const { nIn, nOut, w, b } = net.layers[l];
        const flags = new Uint8Array(nIn * nOut);
        writeEdgeMask(keys[l - 1], edgeKeepThreshold(p[l - 1]), flags);
        if (l === 1) expect(Array.from(net.layers[1].edgeMask)).toEqual(Array.from(flags));
        const z = Float64Array.from(b);
        for (let i = 0; i < nIn; i++) for (let o = 0; o < nOut; o++) z[o] += input[i] * w[i * nOut + o] * (flags[i * nOut + o] / (1 - p[l - 1]));
        if (l === 1) {
          const h = Array.from(z, (v) => Math.max(v, 0));
          for (let o = 0; o < nOut; o++) expect(net.layers[1].a[o]).toBeCloseTo(h[o], 12);
          input = h;
        } else dense = z[0];
      }
      expect(y).toBeCloseTo(dense, 12);
    }
  });

  it('replaying one Rng state gives the same weight masks at every x, however many rows ReLU zeroes', () => {
    const net = reluNet();
    const start = new Rng(53, Stream.masks).state();
    const masksAt = (x: number) => {
      net.forward(x, ForwardMode.train, Rng.fromState(start), 0);
      return [Array.from(net.layers[1].edgeMask), Array.from(net.layers[2].edgeMask)];
    };
    const zeroRows = (x: number) => {
      net.forward(x, ForwardMode.eval);
      return Array.from(net.layers[0].a).filter((a) => a === 0).length;
    };
    // The inputs differ in which rows are zero, so the loops skip different rows; the masks do not change.
    expect(new Set([-1.5, 0, 1.5].map(zeroRows)).size).toBeGreaterThan(1);
    expect(masksAt(0)).toEqual(masksAt(-1.5));
    expect(masksAt(1.5)).toEqual(masksAt(-1.5));
  });

  it('gradient check with the noise held fixed, f64, every parameter (the sparse backward and the skipped rows)', () => {
    const BATCH = 4;
    const net = reluNet();
    const data = new Rng(54, Stream.trainData);
    const xs = Array.from({ length: BATCH }, () => data.range(-2, 2));
    const ts = Array.from({ length: BATCH }, () => data.range(-1, 1));
    const { failures, nonzero } = replayedNoiseGradientCheck(net, xs, ts, new Rng(55, Stream.masks).state(), { eps: 1e-6, rel: 1e-5, abs: 1e-7 });
    expect(failures).toEqual([]);
    // Most parameters take part (a gradient of zeros everywhere would pass the check).
    expect(nonzero).toBeGreaterThan(net.params.length / 3);
  });
});
