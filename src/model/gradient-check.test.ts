/**
 * Finite-difference gradient checks of Mlp.backward on the Float64
 * instantiation, for every activation, with and without dropout, for both
 * dropout variants, over a small minibatch with the loss of training.ts:
 * L = (1/B) Σ_b (y_b − t_b)², dy_b = 2(y_b − t_b)/B.
 *
 * With dropout, the masks are drawn once in train mode (rows stored, exactly as
 * Training.trainStep does) and the perturbed losses are evaluated in fixedMask
 * mode, so L(θ ± ε) is a smooth function of θ with the mask held fixed.
 */
import { describe, expect, it } from 'vitest';
import type { Activation, DropoutVariant, ModelConfig } from './config';
import { ForwardMode, type Mlp } from './mlp';
import { Rng, Stream } from './rng';
import { hiddenNeuronCount, makeNet, replayLoss } from './test-helpers';
import { Training } from './training';

const BATCH = 5;

/** A small, fixed minibatch: inputs spread over [−2, 2], targets in [−1, 1]. */
function minibatch(seed: number): { xs: number[]; ts: number[] } {
  const rng = new Rng(seed, Stream.trainData);
  const xs: number[] = [];
  const ts: number[] = [];
  for (let b = 0; b < BATCH; b++) {
    xs.push(rng.range(-2, 2));
    ts.push(rng.range(-1, 1));
  }
  return { xs, ts };
}

/** Draws masks in train mode (stored in rows 0..B−1) and accumulates the analytic gradient, as trainStep does. */
function analyticGradient(net: Mlp, xs: number[], ts: number[], maskRng: Rng): { grads: Float64Array; outputs: number[] } {
  const count = xs.length;
  const outputs: number[] = [];
  net.zeroGrads();
  for (let b = 0; b < count; b++) {
    const y = net.forward(xs[b], ForwardMode.train, maskRng, b);
    outputs.push(y);
    net.backward(xs[b], (2 * (y - ts[b])) / count);
  }
  return { grads: Float64Array.from(net.grads), outputs };
}

/*
 * Tolerance. Central differences have truncation error ε²/6·|∂³L/∂θ³| and
 * round-off error ≈ u·|L|/ε with u = 2⁻⁵³ ≈ 1.1e-16 (L is evaluated to a few
 * ulps; the perturbation actually applied, (θ+ε) − θ, is used as the step).
 * For these small nets |∂³L| = O(10) and L = O(1), so with ε = 1e-5 both terms
 * are ≲ 2e-10. We require
 *     |g_fd − g_an| ≤ RTOL · max(|g_fd|, |g_an|) + ATOL
 * with RTOL = 1e-6 (the usual "relative error < 1e-6") and an absolute floor
 * ATOL = 1e-8, ~50× the worst error estimate above, for gradients that are 0
 * or tiny (dropped or dead neurons). A wrong factor, sign, missing scale or
 * misrouted gradient gives errors of the order of the gradient itself.
 * ReLU: L is piecewise quadratic in any single parameter, so the truncation
 * term vanishes away from kinks; a perturbation that moves any ReLU input
 * across 0 (for any example) is detected from the sign pattern and skipped.
 */
const RTOL = 1e-6;
const ATOL = 1e-8;

interface CheckResult {
  checked: number;
  skipped: number;
  /** Parameters whose analytic gradient is clearly non-zero. */
  nonzero: number;
  failures: string[];
  maxError: number;
}

function finiteDifferenceCheck(net: Mlp, xs: number[], ts: number[], analytic: Float64Array, eps: number): CheckResult {
  const params = net.params;
  const isRelu = net.activation === 'relu';
  const patternLength = xs.length * hiddenNeuronCount(net);
  const basePattern = new Uint8Array(patternLength);
  const pattern = new Uint8Array(patternLength);
  replayLoss(net, xs, ts, basePattern);
  const samePattern = (): boolean => {
    for (let k = 0; k < patternLength; k++) if (pattern[k] !== basePattern[k]) return false;
    return true;
  };
  const result: CheckResult = { checked: 0, skipped: 0, nonzero: 0, failures: [], maxError: 0 };
  for (let k = 0; k < params.length; k++) {
    const theta = params[k];
    params[k] = theta + eps;
    const up = params[k] - theta;
    const lossUp = replayLoss(net, xs, ts, pattern);
    const kinkUp = isRelu && !samePattern();
    params[k] = theta - eps;
    const down = theta - params[k];
    const lossDown = replayLoss(net, xs, ts, pattern);
    const kinkDown = isRelu && !samePattern();
    params[k] = theta;
    if (kinkUp || kinkDown) {
      result.skipped++;
      continue;
    }
    const fd = (lossUp - lossDown) / (up + down);
    const an = analytic[k];
    const error = Math.abs(fd - an);
    const allowed = RTOL * Math.max(Math.abs(fd), Math.abs(an)) + ATOL;
    result.checked++;
    if (Math.abs(an) > 1e-6) result.nonzero++;
    result.maxError = Math.max(result.maxError, error / allowed);
    if (error > allowed) result.failures.push(`param ${k}: analytic ${an}, finite difference ${fd}`);
  }
  return result;
}

interface GradCase {
  hidden: number[];
  activation: Activation;
  p: number[];
  variant: DropoutVariant;
}

const ACTIVATION_LIST: Activation[] = ['relu', 'tanh', 'sigmoid'];
const CASES: GradCase[] = [];
for (const activation of ACTIVATION_LIST) {
  CASES.push({ hidden: [6, 5], activation, p: [0, 0], variant: 'inverted' });
  CASES.push({ hidden: [6, 5], activation, p: [0, 0], variant: 'classic' });
  CASES.push({ hidden: [6, 5], activation, p: [0.5, 0.3], variant: 'inverted' });
  CASES.push({ hidden: [6, 5], activation, p: [0.5, 0.3], variant: 'classic' });
  CASES.push({ hidden: [5, 4, 6, 3], activation, p: [0.2, 0.5, 0.1, 0.4], variant: 'inverted' });
  CASES.push({ hidden: [5, 4, 6, 3], activation, p: [0.2, 0.5, 0.1, 0.4], variant: 'classic' });
}

describe('finite-difference gradient check (f64, central differences, every parameter)', () => {
  it.each(CASES.map((c) => [`${c.activation} hidden=[${c.hidden.join(',')}] p=[${c.p.join(',')}] ${c.variant}`, c] as const))('%s', (_name, c) => {
    const seed = 1234 + c.hidden.length * 10 + ACTIVATION_LIST.indexOf(c.activation);
    const net = makeNet({ hidden: c.hidden, activation: c.activation, seed, maskRows: BATCH });
    net.setDropout(c.p, c.variant);
    const { xs, ts } = minibatch(seed);
    const { grads, outputs } = analyticGradient(net, xs, ts, new Rng(seed, Stream.masks));

    // The stored masks: all kept without dropout; some dropped with it.
    let dropped = 0;
    for (let l = 0; l < net.hiddenCount; l++) for (const m of net.layers[l].masks) dropped += m === 0 ? 1 : 0;
    if (c.p.every((p) => p === 0)) expect(dropped).toBe(0);
    else expect(dropped).toBeGreaterThan(0);

    // Replaying the stored masks reproduces the train-mode forward bit for bit.
    for (let b = 0; b < BATCH; b++) expect(net.forward(xs[b], ForwardMode.fixedMask, null, b)).toBe(outputs[b]);
    // Without dropout the fixed-mask loss is the eval-mode loss.
    if (c.p.every((p) => p === 0)) {
      let evalLoss = 0;
      for (let b = 0; b < BATCH; b++) evalLoss += (net.forward(xs[b], ForwardMode.eval) - ts[b]) ** 2;
      expect(replayLoss(net, xs, ts)).toBe(evalLoss / BATCH);
    }

    const eps = c.activation === 'relu' ? 1e-6 : 1e-5;
    const r = finiteDifferenceCheck(net, xs, ts, grads, eps);
    expect(r.failures).toEqual([]);
    // Every parameter is checked except the few ReLU kink crossings, and the
    // check is not vacuous: a good share of the gradients are clearly non-zero
    // (narrow deep ReLU nets with dropout legitimately have many exact zeros).
    expect(r.checked + r.skipped).toBe(net.params.length);
    expect(r.skipped).toBeLessThanOrEqual(Math.floor(0.05 * net.params.length));
    expect(r.nonzero).toBeGreaterThanOrEqual(Math.ceil(0.25 * net.params.length));
  });
});

it('the check has power: a 1e-5 relative error in one gradient entry is caught', () => {
  const net = makeNet({ hidden: [6, 5], activation: 'tanh', seed: 5, maskRows: BATCH });
  net.setDropout([0.5, 0.3], 'inverted');
  const { xs, ts } = minibatch(5);
  const { grads } = analyticGradient(net, xs, ts, new Rng(5, Stream.masks));
  expect(finiteDifferenceCheck(net, xs, ts, grads, 1e-5).failures).toEqual([]);
  // Corrupt the largest entry (well above the absolute floor) by 1e-5 relative.
  let k = 0;
  for (let j = 1; j < grads.length; j++) if (Math.abs(grads[j]) > Math.abs(grads[k])) k = j;
  expect(Math.abs(grads[k])).toBeGreaterThan(1e-2);
  grads[k] *= 1 + 1e-5;
  const r = finiteDifferenceCheck(net, xs, ts, grads, 1e-5);
  expect(r.failures.length).toBe(1);
  expect(r.failures[0]).toMatch(new RegExp(`^param ${k}:`));
});

describe('Training.trainStep gradient and the L2 penalty', () => {
  const config = (l2: number): ModelConfig => ({
    hiddenLayers: [6, 5],
    activation: 'tanh',
    dropout: [0.5, 0.3],
    variant: 'inverted',
    optimizer: 'sgd',
    lrHalfLife: 0,
    scheme: 'bernoulli',
    learningRate: 0.1,
    l2,
    batchSize: 0,
  });
  const { xs, ts } = minibatch(99);
  const train = { x: xs, y: ts };

  it('trainStep accumulates the data-loss gradient (no L2 term) and the optimizer adds 2λw to weights only', () => {
    const lambda = 0.25;
    const plain = new Training(config(0), train, 7, 'f64');
    const decayed = new Training(config(lambda), train, 7, 'f64');
    // initialize() zeroes the biases, which would hide an L2 term wrongly applied
    // to them: give both runs the same non-zero biases.
    const biasRng = new Rng(8, 1000);
    for (let l = 0; l < plain.net.layers.length; l++) {
      const b = plain.net.layers[l].b;
      for (let o = 0; o < b.length; o++) b[o] = 0.5 * biasRng.gaussian();
      decayed.net.layers[l].b.set(b);
    }
    const before = Float64Array.from(plain.net.params);
    expect(Array.from(decayed.net.params)).toEqual(Array.from(before));

    const lossPlain = plain.trainStep();
    const lossDecayed = decayed.trainStep();
    expect(lossDecayed).toBe(lossPlain); // same masks, same data: the reported loss has no L2 term
    const g = Float64Array.from(plain.net.grads); // sgd with l2 = 0 leaves grads untouched

    // Check trainStep's gradient by finite differences of the data loss at the
    // pre-step parameters, on the masks it stored (full batch: rows follow lastBatch()).
    const net = plain.net;
    net.params.set(before);
    const order = Array.from(plain.lastBatch());
    expect(order.length).toBe(BATCH);
    const bx = order.map((i) => xs[i]);
    const bt = order.map((i) => ts[i]);
    expect(replayLoss(net, bx, bt)).toBe(lossPlain);
    const r = finiteDifferenceCheck(net, bx, bt, g, 1e-5);
    expect(r.failures).toEqual([]);
    expect(r.checked).toBe(net.params.length);

    // SGD step with L2: w ← w − lr(g + 2λw) on weights, b ← b − lr·g on biases.
    const lr = 0.1;
    const inWeights = new Uint8Array(before.length);
    for (const [s, e] of decayed.net.weightRanges) inWeights.fill(1, s, e);
    for (let k = 0; k < before.length; k++) {
      const expected = before[k] - lr * (g[k] + (inWeights[k] ? 2 * lambda * before[k] : 0));
      expect(Math.abs(decayed.net.params[k] - expected)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(expected)));
    }
  });
});
