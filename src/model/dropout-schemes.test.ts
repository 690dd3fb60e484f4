/**
 * Gaussian dropout and DropConnect (the schemes beside Bernoulli dropout, which
 * dropout-stats.test.ts and gradient-check.test.ts cover): noise statistics,
 * expectation preserved layer by layer, gradient checks with the noise held
 * fixed (by replaying the same Rng state: the number of draws never depends on
 * the values), p = 0, determinism, MC dropout, the variant and fixed masks.
 */
import { describe, expect, it } from 'vitest';
import type { Activation, DropoutSchemeName, ModelConfig } from './config';
import { DROPOUT_SCHEMES, gaussianNoiseStd } from './dropout';
import { predict } from './loss';
import { mcDropoutPredict } from './mc-dropout';
import { ForwardMode, type Mlp } from './mlp';
import { Rng, Stream } from './rng';
import { makeNet, replayedNoiseGradientCheck } from './test-helpers';
import { Training } from './training';

const NOISY: readonly DropoutSchemeName[] = ['gaussian', 'dropconnect'];
const ALL: readonly DropoutSchemeName[] = ['bernoulli', 'gaussian', 'dropconnect'];

/** z = b + W·input with the full weights: what a layer computes with no noise. */
function cleanPreactivation(net: Mlp, l: number, input: ArrayLike<number>): Float64Array {
  const { nIn, nOut, w, b } = net.layers[l];
  const z = Float64Array.from(b);
  for (let i = 0; i < nIn; i++) for (let o = 0; o < nOut; o++) z[o] += input[i] * w[i * nOut + o];
  return z;
}

describe('the noise of each scheme: mean 1, variance p/(1 − p)', () => {
  it.each([0.1, 0.5, 0.8])('Gaussian dropout, p = %s: the factors on the neurons', (p) => {
    const net = makeNet({ hidden: [64], activation: 'tanh', seed: 3 });
    net.setDropout([p], 'inverted', 'gaussian');
    const rng = new Rng(11, Stream.masks);
    const draws: number[] = [];
    for (let t = 0; t < 500; t++) {
      net.forward(0.4, ForwardMode.train, rng);
      const { a, h } = net.layers[0];
      for (let o = 0; o < 64; o++) {
        draws.push(net.layers[0].factors[o]);
        expect(a[o]).toBe(h[o] * net.layers[0].factors[o]);
      }
    }
    expectMoments(draws, 1, p / (1 - p), 3 * (p / (1 - p)) ** 2);
  });

  it.each([0.1, 0.5, 0.8])('DropConnect, p = %s: the factors on the weights reading the hidden layer', (p) => {
    const net = makeNet({ hidden: [32, 32], activation: 'tanh', seed: 4 });
    net.setDropout([p, 0], 'inverted', 'dropconnect');
    const rng = new Rng(12, Stream.masks);
    const draws: number[] = [];
    let droppedInLayerOne = 0;
    for (let t = 0; t < 100; t++) {
      net.forward(-0.3, ForwardMode.train, rng);
      for (const e of net.layers[1].edgeScale) draws.push(e);
      // Neurons are never dropped, and the weights reading layer 2 (p = 0) are all kept.
      for (const a of net.layers[0].a) if (a === 0) droppedInLayerOne++;
    }
    expect(droppedInLayerOne).toBe(0);
    expect(new Set(draws)).toEqual(new Set([0, 1 / (1 - p)]));
    const v = p / (1 - p);
    // The fourth central moment of e − 1, e ∈ {0 (prob p), 1/(1 − p)}.
    expectMoments(draws, 1, v, p + (1 - p) * v ** 4);
  });

  it('the table gives every scheme the same variance, and only Bernoulli reads the variant', () => {
    for (const s of ALL) expect(DROPOUT_SCHEMES[s].noiseVariance(0.5)).toBe(1);
    expect(ALL.filter((s) => DROPOUT_SCHEMES[s].usesVariant)).toEqual(['bernoulli']);
    expect(gaussianNoiseStd(0.5)).toBe(1);
  });
});

/** Sample mean and variance within 5 standard errors (the variance's from the fourth central moment μ4). */
function expectMoments(draws: readonly number[], mean: number, variance: number, mu4: number): void {
  const n = draws.length;
  const m = draws.reduce((s, d) => s + d, 0) / n;
  const s2 = draws.reduce((s, d) => s + (d - m) ** 2, 0) / (n - 1);
  expect(Math.abs(m - mean)).toBeLessThan(5 * Math.sqrt(variance / n));
  // + the O(1/n) bias of estimating the mean (μ4 = σ⁴ at p = 0.5 for DropConnect: (e − 1)² is always 1).
  expect(Math.abs(s2 - variance)).toBeLessThan(5 * Math.sqrt((mu4 - variance ** 2) / n) + (10 * variance) / n);
}

describe('expectation preserved layer by layer', () => {
  it.each(NOISY)('%s: given its input, each layer’s noisy output averages to the clean one', (scheme) => {
    const p = [0.3, 0.5, 0.6];
    const net = makeNet({ hidden: [12, 10, 8], activation: 'tanh', seed: 21 });
    net.setDropout(p, 'inverted', scheme);
    const rng = new Rng(22, Stream.masks);
    const T = 3000;
    const layers = net.hiddenCount + 1;
    const sums = Array.from({ length: layers }, () => 0);
    const variances = Array.from({ length: layers }, () => 0);
    for (let t = 0; t < T; t++) {
      net.forward(0.7, ForwardMode.train, rng);
      for (let l = 0; l < layers; l++) {
        const layer = net.layers[l];
        if (scheme === 'gaussian' && l < net.hiddenCount) {
          // Output a_o = h_o · ε: deviation h_o(ε − 1), variance h_o² · p/(1 − p).
          for (let o = 0; o < layer.nOut; o++) {
            sums[l] += layer.a[o] - layer.h[o];
            variances[l] += layer.h[o] ** 2 * (p[l] / (1 - p[l]));
          }
        } else if (scheme === 'dropconnect' && l > 0) {
          // Pre-activation against b + W·a_prev: deviation Σ_i a_i w_io (e_io − 1), variance Σ_i (a_i w_io)² p/(1 − p).
          const input = net.layers[l - 1].a;
          const clean = cleanPreactivation(net, l, input);
          // A hidden layer keeps h = tanh(z), not z: tanh⁻¹ recovers z to ~1e-15 here (|z| stays small).
          for (let o = 0; o < layer.nOut; o++) {
            const zo = l < net.hiddenCount ? Math.atanh(layer.h[o]) : layer.a[o];
            sums[l] += zo - clean[o];
            for (let i = 0; i < layer.nIn; i++) variances[l] += (input[i] * layer.w[i * layer.nOut + o]) ** 2 * (p[l - 1] / (1 - p[l - 1]));
          }
        }
      }
    }
    let checked = 0;
    for (let l = 0; l < layers; l++) {
      if (variances[l] === 0) continue;
      checked++;
      // The standardised sum of independent zero-mean deviations.
      expect(Math.abs(sums[l]) / Math.sqrt(variances[l]), `layer ${l + 1}`).toBeLessThan(5);
    }
    expect(checked).toBe(3);
  });
});

describe('gradient check with the noise held fixed (replaying the Rng), f64, every parameter', () => {
  const BATCH = 4;
  const cases: Array<[DropoutSchemeName, Activation, number[], number[]]> = [];
  for (const scheme of NOISY) {
    for (const activation of ['tanh', 'sigmoid'] as const) {
      cases.push([scheme, activation, [6, 5], [0.5, 0.3]]);
      cases.push([scheme, activation, [5, 4, 6], [0.2, 0.5, 0.4]]);
    }
  }
  it.each(cases)('%s %s hidden=%j p=%j', (scheme, activation, hidden, p) => {
    const net = makeNet({ hidden, activation, seed: 31 + hidden.length, maskRows: BATCH });
    net.setDropout(p, 'inverted', scheme);
    const data = new Rng(32, Stream.trainData);
    const xs = Array.from({ length: BATCH }, () => data.range(-2, 2));
    const ts = Array.from({ length: BATCH }, () => data.range(-1, 1));
    const { loss, failures, nonzero } = replayedNoiseGradientCheck(net, xs, ts, new Rng(33, Stream.masks).state(), { eps: 1e-5, rel: 1e-6, abs: 1e-8 });
    // The noise is really there: the replayed loss is not the clean one.
    let cleanLoss = 0;
    for (let b = 0; b < BATCH; b++) cleanLoss += (net.forward(xs[b], ForwardMode.eval) - ts[b]) ** 2;
    expect(loss()).not.toBe(cleanLoss / BATCH);
    expect(failures).toEqual([]);
    expect(nonzero).toBeGreaterThan(net.params.length / 4);
  });
});

describe('p = 0 is the identity', () => {
  it.each(NOISY)('%s: train mode equals eval mode bit for bit and draws nothing', (scheme) => {
    const net = makeNet({ hidden: [8, 7], activation: 'relu', seed: 41 });
    net.setDropout([0, 0], 'inverted', scheme);
    const rng = new Rng(42, Stream.masks);
    const before = rng.state();
    for (const x of [-0.9, -0.2, 0.3, 0.95]) expect(net.forward(x, ForwardMode.train, rng)).toBe(net.forward(x, ForwardMode.eval));
    expect(rng.state()).toEqual(before);
  });

  it.each(NOISY)('%s: a run at p = 0 trains exactly as Bernoulli at p = 0', (scheme) => {
    const a = run('bernoulli', [0, 0], 30);
    const b = run(scheme, [0, 0], 30);
    expect(Array.from(b.net.params)).toEqual(Array.from(a.net.params));
  });
});

const DATA = (() => {
  const r = new Rng(5, Stream.trainData);
  const x = Array.from({ length: 16 }, () => r.range(-1, 1));
  return { x, y: x.map((v) => Math.sin(3 * v) + 0.3 * r.gaussian()) };
})();

function config(scheme: DropoutSchemeName, dropout: number[], variant: 'inverted' | 'classic' = 'inverted'): ModelConfig {
  return { hiddenLayers: [10, 9], activation: 'tanh', dropout, variant, scheme, optimizer: 'adam', learningRate: 0.01, l2: 0, lrHalfLife: 0, batchSize: 8 };
}

function run(scheme: DropoutSchemeName, dropout: number[], steps: number, seed = 9, variant: 'inverted' | 'classic' = 'inverted'): Training {
  const t = new Training(config(scheme, dropout, variant), DATA, seed, 'f64');
  for (let s = 0; s < steps; s++) t.trainStep();
  return t;
}

describe('determinism and the variant', () => {
  it.each(NOISY)('%s: the same seed gives the same run; another seed another', (scheme) => {
    const a = run(scheme, [0.5, 0.5], 40);
    const b = run(scheme, [0.5, 0.5], 40);
    const c = run(scheme, [0.5, 0.5], 40, 10);
    expect(Array.from(b.net.params)).toEqual(Array.from(a.net.params));
    expect(Array.from(c.net.params)).not.toEqual(Array.from(a.net.params));
    expect(Array.from(a.net.params)).not.toEqual(Array.from(run('bernoulli', [0.5, 0.5], 40).net.params));
  });

  it.each(NOISY)('%s: a run captured and restored halfway ends where the unbroken run ends', (scheme) => {
    const whole = run(scheme, [0.5, 0.5], 40);
    const half = run(scheme, [0.5, 0.5], 17);
    const resumed = new Training(config(scheme, [0.5, 0.5]), DATA, 9, 'f64');
    resumed.restoreState(half.captureState());
    for (let s = 17; s < 40; s++) resumed.trainStep();
    expect(Array.from(resumed.net.params)).toEqual(Array.from(whole.net.params));
  });

  it.each(NOISY)('%s ignores the variant: classic trains exactly as inverted', (scheme) => {
    const inverted = run(scheme, [0.5, 0.5], 20);
    const classic = run(scheme, [0.5, 0.5], 20, 9, 'classic');
    expect(Array.from(classic.net.params)).toEqual(Array.from(inverted.net.params));
  });

  it.each(NOISY)('%s: fixed Bernoulli masks are refused (the noise is held fixed by replaying the Rng)', (scheme) => {
    const net = makeNet({ hidden: [4], activation: 'tanh', seed: 1 });
    net.setDropout([0.5], 'inverted', scheme);
    expect(() => net.forward(0.1, ForwardMode.fixedMask, null, 0)).toThrow(/Bernoulli/);
  });
});

describe('MC dropout with each scheme', () => {
  const xs = Float64Array.from({ length: 12 }, (_, i) => -0.9 + i * 0.16);
  it.each(ALL)('%s: spread with p > 0, the eval curve with p = 0, and the run untouched', (scheme) => {
    const t = run(scheme, [0.5, 0.5], 10);
    const state = t.captureState();
    const mean = new Float64Array(xs.length);
    const std = new Float64Array(xs.length);
    mcDropoutPredict(t.net, xs, 200, new Rng(3, Stream.monteCarlo), mean, std);
    expect(Math.min(...std)).toBeGreaterThan(0);
    expect(t.captureState()).toEqual(state);
    // The MC mean estimates the train-mode average; a second estimate agrees within the standard error.
    const mean2 = new Float64Array(xs.length);
    const std2 = new Float64Array(xs.length);
    mcDropoutPredict(t.net, xs, 200, new Rng(4, Stream.monteCarlo), mean2, std2);
    for (let i = 0; i < xs.length; i++) expect(Math.abs(mean[i] - mean2[i])).toBeLessThan(5 * Math.sqrt((std[i] ** 2 + std2[i] ** 2) / 200));

    t.net.setDropout([0, 0], 'inverted', scheme);
    const evalOut = new Float64Array(xs.length);
    predict(t.net, xs, evalOut);
    mcDropoutPredict(t.net, xs, 5, new Rng(5, Stream.monteCarlo), mean, std);
    expect(Array.from(mean)).toEqual(Array.from(evalOut));
    expect(std.every((s) => s === 0)).toBe(true);
  });
});

describe('test time: nothing for Gaussian dropout, the full weights for DropConnect', () => {
  it.each(NOISY)('%s: eval mode is the network without dropout', (scheme) => {
    const net = makeNet({ hidden: [8, 8], activation: 'sigmoid', seed: 51 });
    net.setDropout([0, 0], 'inverted');
    const clean = [-0.5, 0, 0.5].map((x) => net.forward(x, ForwardMode.eval));
    net.setDropout([0.6, 0.6], 'classic', scheme);
    expect([-0.5, 0, 0.5].map((x) => net.forward(x, ForwardMode.eval))).toEqual(clean);
  });
});
