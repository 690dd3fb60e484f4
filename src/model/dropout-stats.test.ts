/**
 * Statistical and exact properties of the dropout kernel (mlp.ts + dropout.ts).
 *
 * Statistical checks use fixed seeds and intervals of ±Z standard deviations,
 * the standard deviation being derived from the binomial / mask variance of
 * the quantity under test. Z = 6: under the normal approximation (every count
 * here is ≥ 2000 expected successes and failures, so it is accurate) a
 * two-sided 6σ excursion has probability ≈ 2.0e-9; this file makes fewer than
 * 400 such checks, so even with a different seed a false failure has
 * probability < 1e-6. The seeds are fixed, so results are reproducible.
 */
import { describe, expect, it } from 'vitest';
import type { Activation, DropoutVariant } from './config';
import { DROPOUT_SCALINGS, keepProbability } from './dropout';
import { allocFloats, type Precision } from './floats';
import { ForwardMode } from './mlp';
import { Rng, Stream } from './rng';
import { makeNet, proportionSd, referenceScales } from './test-helpers';

const Z = 6;
const TWO_POW_32 = 4294967296;
const VARIANTS: DropoutVariant[] = ['inverted', 'classic'];

describe('mask draws: keep rate 1 − p', () => {
  const ROWS = 4;
  const PASSES = 5000;
  const DRAWS = ROWS * PASSES; // mask draws per neuron

  it.each([0.1, 0.5, 0.9])('p = %s: overall and per-neuron keep rates lie in the binomial interval', (p) => {
    const net = makeNet({ hidden: [16, 12], activation: 'relu', seed: 11, maskRows: ROWS });
    net.setDropout([p, p], 'inverted');
    const rng = new Rng(2024, Stream.masks);
    const recount = net.layers.slice(0, net.hiddenCount).map((l) => new Float64Array(l.nOut));
    for (let t = 0; t < PASSES; t++) {
      for (let row = 0; row < ROWS; row++) net.forward(-1 + (2 * row) / ROWS, ForwardMode.train, rng, row);
      // The stored masks of this "minibatch" are exactly what keepCounts counted.
      for (let l = 0; l < net.hiddenCount; l++) {
        const { nOut, masks } = net.layers[l];
        for (let k = 0; k < ROWS * nOut; k++) recount[l][k % nOut] += masks[k];
      }
    }
    expect(net.maskDraws).toBe(DRAWS);
    // q = P(keep) exactly (1 − p to within 2⁻³²).
    const q = keepProbability(p);
    expect(Math.abs(q - (1 - p))).toBeLessThanOrEqual(1 / TWO_POW_32);

    for (let l = 0; l < net.hiddenCount; l++) {
      const { nOut, keepCounts } = net.layers[l];
      expect(Array.from(keepCounts)).toEqual(Array.from(recount[l]));
      // Overall: nOut·DRAWS independent Bernoulli(q) → SD of the rate = √(q(1−q)/(nOut·DRAWS)).
      let kept = 0;
      for (let o = 0; o < nOut; o++) kept += keepCounts[o];
      const overall = kept / (net.maskDraws * nOut);
      expect(Math.abs(overall - q)).toBeLessThanOrEqual(Z * proportionSd(q, nOut * net.maskDraws));
      // Per neuron: DRAWS independent Bernoulli(q) → SD = √(q(1−q)/DRAWS).
      const perNeuronTol = Z * proportionSd(q, net.maskDraws);
      for (let o = 0; o < nOut; o++) {
        expect(Math.abs(keepCounts[o] / net.maskDraws - q), `layer ${l} neuron ${o}`).toBeLessThanOrEqual(perNeuronTol);
      }
    }
  });

  it('p = 0.5: masks are independent across neurons and across examples (joint keep rate q²)', () => {
    const net = makeNet({ hidden: [16, 12], activation: 'tanh', seed: 12, maskRows: ROWS });
    net.setDropout([0.5, 0.5], 'classic');
    const rng = new Rng(77, Stream.masks);
    const q = keepProbability(0.5);
    // Disjoint pairs only, so the pair indicators are independent Bernoulli(q²)
    // under independence: SD of the joint rate = √(q²(1−q²)/pairs).
    const joint = net.layers.slice(0, 2).map(() => ({ neurons: 0, neuronPairs: 0, rows: 0, rowPairs: 0 }));
    for (let t = 0; t < PASSES; t++) {
      for (let row = 0; row < ROWS; row++) net.forward(0.3, ForwardMode.train, rng, row);
      for (let l = 0; l < 2; l++) {
        const { nOut, masks } = net.layers[l];
        const j = joint[l];
        for (let row = 0; row < ROWS; row++) {
          for (let o = 0; o + 1 < nOut; o += 2) {
            j.neurons += masks[row * nOut + o] & masks[row * nOut + o + 1];
            j.neuronPairs++;
          }
        }
        for (let row = 0; row + 1 < ROWS; row += 2) {
          for (let o = 0; o < nOut; o++) {
            j.rows += masks[row * nOut + o] & masks[(row + 1) * nOut + o];
            j.rowPairs++;
          }
        }
      }
    }
    for (const j of joint) {
      expect(Math.abs(j.neurons / j.neuronPairs - q * q)).toBeLessThanOrEqual(Z * proportionSd(q * q, j.neuronPairs));
      expect(Math.abs(j.rows / j.rowPairs - q * q)).toBeLessThanOrEqual(Z * proportionSd(q * q, j.rowPairs));
    }
  });
});

describe('expectation at the dropout layer (first hidden layer, input independent of the masks)', () => {
  const T = 20000;
  const X = 0.8;

  describe.each(VARIANTS)('%s', (variant) => {
    it.each([0.1, 0.5, 0.9])('p = %s: eval output = E[train output], and the Monte-Carlo mean matches it', (p) => {
      const net = makeNet({ hidden: [10, 6], activation: 'tanh', seed: 21, biasStd: 0.5 });
      net.setDropout([p, 0.5], variant);
      const first = net.layers[0];
      const n = first.nOut;

      net.forward(X, ForwardMode.eval);
      const h = Float64Array.from(first.h);
      const aEval = Float64Array.from(first.a);
      for (let o = 0; o < n; o++) {
        // Eval scaling as plain arithmetic: classic a = (1 − p)·h, inverted a = h.
        expect(aEval[o]).toBe(h[o] * referenceScales(variant, p).eval);
        expect(h[o]).not.toBe(0);
      }

      const s = DROPOUT_SCALINGS[variant].trainScale(p);
      const q = keepProbability(p);
      const sum = new Float64Array(n);
      let hChanged = 0;
      const rng = new Rng(31 + Math.round(p * 10), Stream.monteCarlo);
      for (let t = 0; t < T; t++) {
        net.forward(X, ForwardMode.train, rng);
        for (let o = 0; o < n; o++) {
          if (first.h[o] !== h[o]) hChanged++;
          sum[o] += first.a[o];
        }
      }
      // The first layer's pre-dropout activation does not depend on masks or mode.
      expect(hChanged).toBe(0);

      for (let o = 0; o < n; o++) {
        // Train output a = h·M·s, M ~ Bernoulli(q): E[a] = h·s·q.
        const expectation = h[o] * s * q;
        // Eval output = E[train output] up to the 2⁻³² granularity of q = P(keep)
        // (|q − (1 − p)| ≤ 2⁻³²) and rounding: inverted s(1 − p) = 1, classic eval = (1 − p)h.
        expect(Math.abs(aEval[o] - expectation)).toBeLessThanOrEqual(Math.abs(h[o]) * s * (1 / TWO_POW_32 + 4 * Number.EPSILON));
        // Var[a] = h²s²·q(1 − q): inverted (s = 1/(1−p)) h²·p/(1−p); classic (s = 1) h²·p(1−p).
        // SD of the mean of T independent passes = |h|·s·√(q(1−q)/T).
        const sd = Math.abs(h[o]) * s * proportionSd(q, T);
        expect(Math.abs(sum[o] / T - expectation), `neuron ${o}`).toBeLessThanOrEqual(Z * sd);
        expect(Math.abs(sum[o] / T - aEval[o]), `neuron ${o} vs eval`).toBeLessThanOrEqual(Z * sd + Math.abs(aEval[o] - expectation));
      }
    });
  });

  it('beyond the first layer the eval output is NOT the train-mode mean: linear pre-activation yes, tanh output no', () => {
    // Inverted dropout on layer 0 only. z₂ = b + Σᵢ wᵢ·hᵢ·Mᵢ/(1−p) is linear in the
    // masks, so E[z₂] = eval z₂; but h₂ = tanh(z₂) is not, so E[h₂] ≠ tanh(E[z₂]).
    const p = 0.5;
    const net = makeNet({ hidden: [10, 6], activation: 'tanh', seed: 21, biasStd: 0.5 });
    net.setDropout([p, 0], 'inverted');
    const [first, second] = net.layers;
    net.forward(X, ForwardMode.eval);
    const h1 = Float64Array.from(first.h);
    const h2Eval = Float64Array.from(second.h);
    const z2Eval = h2Eval.map((v) => Math.atanh(v));

    const m = second.nOut;
    const zSum = new Float64Array(m);
    const hSum = new Float64Array(m);
    const hSq = new Float64Array(m);
    const rng = new Rng(41, Stream.monteCarlo);
    for (let t = 0; t < T; t++) {
      net.forward(X, ForwardMode.train, rng);
      for (let o = 0; o < m; o++) {
        const v = second.h[o];
        zSum[o] += Math.atanh(v);
        hSum[o] += v;
        hSq[o] += v * v;
      }
    }
    const q = keepProbability(p);
    const s = DROPOUT_SCALINGS.inverted.trainScale(p);
    let maxJensenZ = 0;
    for (let o = 0; o < m; o++) {
      // Var[z₂ₒ] = Σᵢ wᵢₒ²·hᵢ²·s²·q(1−q) (independent masks) → SD of the mean = √(Var/T).
      let variance = 0;
      for (let i = 0; i < first.nOut; i++) variance += (second.w[i * m + o] * h1[i] * s) ** 2 * q * (1 - q);
      // E[z₂] = b + Σ wᵢ hᵢ s q; eval z₂ = b + Σ wᵢ hᵢ: they differ by ≤ Σ|wᵢhᵢ|·s·2⁻³² — negligible,
      // as is the atanh round-trip error (|z₂| is moderate here, so 1 − h² is not tiny).
      expect(Math.abs(zSum[o] / T - z2Eval[o]), `z neuron ${o}`).toBeLessThanOrEqual(Z * Math.sqrt(variance / T) + 1e-9);
      const mean = hSum[o] / T;
      const sampleVar = (hSq[o] - T * mean * mean) / (T - 1);
      maxJensenZ = Math.max(maxJensenZ, Math.abs(mean - h2Eval[o]) / Math.sqrt(sampleVar / T));
    }
    // At least one neuron's MC mean of tanh(z₂) is far (> Zσ) from the eval tanh(z₂):
    // the "eval = expectation" property is specific to the dropout layer itself.
    expect(maxJensenZ).toBeGreaterThan(Z);
  });
});

describe('p = 0 is exactly the identity', () => {
  const ACTIVATIONS: Activation[] = ['relu', 'tanh', 'sigmoid'];
  const PRECISIONS: Precision[] = ['f64', 'f32'];
  const cases = VARIANTS.flatMap((v) => ACTIVATIONS.flatMap((a) => PRECISIONS.map((pr) => [v, a, pr] as const)));

  it.each(cases)('%s, %s, %s: train and eval forward are bit-identical, a = h, masks all 1', (variant, activation, precision) => {
    const rows = 3;
    const net = makeNet({ hidden: [7, 5, 4], activation, precision, seed: 51, maskRows: rows });
    net.setDropout([0, 0, 0], variant);
    expect(DROPOUT_SCALINGS[variant].trainScale(0)).toBe(1);
    expect(DROPOUT_SCALINGS[variant].evalScale(0)).toBe(1);
    const rng = new Rng(52, Stream.masks);
    const xs = [-2, -0.75, -0.1, 0, 0.3, 1.1, 2.5];
    for (let i = 0; i < xs.length; i++) {
      const yTrain = net.forward(xs[i], ForwardMode.train, rng, i % rows);
      const trainA = net.layers.map((l) => Array.from(l.a));
      for (let l = 0; l < net.hiddenCount; l++) {
        expect(Array.from(net.layers[l].a)).toEqual(Array.from(net.layers[l].h));
      }
      const yEval = net.forward(xs[i], ForwardMode.eval);
      expect(Object.is(yTrain, yEval)).toBe(true);
      for (let l = 0; l < net.hiddenCount; l++) {
        expect(Array.from(net.layers[l].a)).toEqual(Array.from(net.layers[l].h));
        expect(Array.from(net.layers[l].a)).toEqual(trainA[l]);
      }
    }
    expect(net.maskDraws).toBe(xs.length);
    for (let l = 0; l < net.hiddenCount; l++) {
      const { masks, keepCounts } = net.layers[l];
      expect(masks.every((m) => m === 1)).toBe(true);
      expect(keepCounts.every((c) => c === xs.length)).toBe(true);
    }
  });
});

describe('dropped neurons get exactly zero gradient', () => {
  const ACTIVATIONS: Activation[] = ['relu', 'tanh', 'sigmoid'];
  const cases = VARIANTS.flatMap((v) => ACTIVATIONS.map((a) => [v, a] as const));

  it.each(cases)('%s, %s, p = 0.5', (variant, activation) => {
    const net = makeNet({ hidden: [8, 8, 8], activation, seed: 61 });
    net.setDropout([0.5, 0.5, 0.5], variant);
    const rng = new Rng(62, Stream.masks);
    const H = net.hiddenCount;
    let droppedSeen = 0;
    let keptNonzero = 0;
    for (let e = 0; e < 25; e++) {
      const x = -2 + (4 * e) / 24;
      net.zeroGrads();
      net.forward(x, ForwardMode.train, rng, 0);
      net.backward(x, 0.7);
      for (let l = 0; l < H; l++) {
        const layer = net.layers[l];
        const next = net.layers[l + 1];
        const { nIn, nOut, masks, gb, gw, a } = layer;
        let anyNextKept = l + 1 === H; // the output layer is never dropped
        if (!anyNextKept) for (let j = 0; j < next.nOut; j++) if (next.masks[j] === 1 && next.gate[j] !== 0) anyNextKept = true;
        for (let o = 0; o < nOut; o++) {
          if (masks[o] === 0) {
            droppedSeen++;
            expect(a[o]).toBe(0);
            expect(gb[o]).toBe(0);
            for (let i = 0; i < nIn; i++) expect(gw[i * nOut + o]).toBe(0); // incoming weights
            for (let j = 0; j < next.nOut; j++) expect(next.gw[o * next.nOut + j]).toBe(0); // outgoing weights
          } else if (activation !== 'relu' && anyNextKept) {
            // Kept tanh/sigmoid neurons (f′ > 0) with a live path to the output get gradient.
            expect(gb[o], `layer ${l} kept neuron ${o}`).not.toBe(0);
            keptNonzero++;
          } else if (a[o] !== 0 && gb[o] !== 0) {
            keptNonzero++;
          }
        }
      }
    }
    expect(droppedSeen).toBeGreaterThan(100); // ≈ 25·24·0.5 = 300 expected
    expect(keptNonzero).toBeGreaterThan(activation === 'relu' ? 50 : 200);
  });
});

describe('classic vs inverted with the same masks', () => {
  const PRECISIONS: Precision[] = ['f64', 'f32'];
  const ACTIVATIONS: Activation[] = ['relu', 'tanh', 'sigmoid'];
  const cases = PRECISIONS.flatMap((pr) => ACTIVATIONS.map((a) => [pr, a] as const));

  it.each(cases)('%s, %s: inverted train output of layer 0 = classic × 1/(1 − p)', (precision, activation) => {
    const p = [0.3, 0.6];
    const make = (variant: DropoutVariant) => {
      const net = makeNet({ hidden: [9, 7], activation, precision, seed: 71 });
      net.setDropout(p, variant);
      return net;
    };
    const inverted = make('inverted');
    const classic = make('classic');
    const rngI = new Rng(72, Stream.masks);
    const rngC = new Rng(72, Stream.masks);
    const scale = DROPOUT_SCALINGS.inverted.trainScale(p[0]);
    const rounded = allocFloats(precision, 1); // rounds like the kernel's arrays
    const ulp = precision === 'f64' ? Number.EPSILON : 2 ** -23;
    let droppedSeen = 0;
    for (let e = 0; e < 20; e++) {
      const x = -1.5 + 0.15 * e;
      inverted.forward(x, ForwardMode.train, rngI, 0);
      classic.forward(x, ForwardMode.train, rngC, 0);
      // Same seed → same masks in every hidden layer (the draw does not depend on the variant).
      for (let l = 0; l < 2; l++) expect(Array.from(inverted.layers[l].masks)).toEqual(Array.from(classic.layers[l].masks));
      const li = inverted.layers[0];
      const lc = classic.layers[0];
      expect(Array.from(li.h)).toEqual(Array.from(lc.h));
      for (let o = 0; o < li.nOut; o++) {
        if (lc.masks[o] === 0) droppedSeen++;
        // classic train output is h·M; inverted is h·M/(1 − p).
        expect(lc.a[o]).toBe(lc.masks[o] === 1 ? lc.h[o] : 0);
        rounded[0] = lc.a[o] * scale;
        expect(li.a[o]).toBe(rounded[0]);
        expect(Math.abs(li.a[o] - lc.a[o] / (1 - p[0]))).toBeLessThanOrEqual(2 * ulp * Math.abs(li.a[o]));
      }
    }
    expect(droppedSeen).toBeGreaterThan(20);
  });
});

describe('fixed-mask forward', () => {
  it('refuses a mask row that does not exist instead of silently keeping every neuron', () => {
    const net = makeNet({ hidden: [4, 4], activation: 'relu', seed: 1, maskRows: 2 });
    net.setDropout([0.5, 0.5], 'inverted');
    expect(() => net.forward(0.3, ForwardMode.fixedMask)).toThrow(RangeError);
    expect(() => net.forward(0.3, ForwardMode.fixedMask, null, 2)).toThrow(RangeError);
    expect(() => net.forward(0.3, ForwardMode.fixedMask, null, 1)).not.toThrow();
  });
});
