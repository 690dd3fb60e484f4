import { describe, expect, it } from 'vitest';
import type { Activation, DropoutVariant } from './config';
import { McCheckpointRun, mcDropoutPredict } from './mc-dropout';
import { ForwardMode, type Mlp } from './mlp';
import { Rng, Stream } from './rng';
import { makeNet } from './test-helpers';
import { exactAverageAvailable, exactThinnedAverage, scalingRulePredict, thinnedViewOf, type ThinnedNetView } from './thinned-ensemble';

const xs = Float64Array.from({ length: 13 }, (_, i) => -1.2 + i * 0.2);

function net(hidden: number[], activation: Activation, p: number[], variant: DropoutVariant, seed = 1): Mlp {
  const m = makeNet({ hidden, activation, seed });
  m.setDropout(p, variant);
  return m;
}

/** The average by brute force: every keep pattern of every hidden neuron, run through the kernel's fixed-mask forward. */
function bruteAverage(m: Mlp, x: number): { mean: number; variance: number } {
  const sizes = m.sizes.slice(1, -1);
  const total = sizes.reduce((a, n) => a + n, 0);
  const masks = sizes.map((n) => new Uint8Array(n));
  let mean = 0;
  let second = 0;
  for (let pattern = 0; pattern < 2 ** total; pattern++) {
    let bit = 0;
    let weight = 1;
    masks.forEach((mask, l) => {
      const p = m.dropoutOf(l);
      for (let o = 0; o < mask.length; o++, bit++) {
        mask[o] = (pattern >> bit) & 1;
        weight *= mask[o] ? 1 - p : p;
      }
    });
    if (weight === 0) continue;
    const y = m.forward(x, ForwardMode.fixedMask, null, 0, masks);
    mean += weight * y;
    second += weight * y * y;
  }
  return { mean, variance: second - mean * mean };
}

function exact(view: ThinnedNetView): { mean: Float64Array; variance: Float64Array } {
  const mean = new Float64Array(xs.length);
  const variance = new Float64Array(xs.length);
  exactThinnedAverage(view, xs, mean, variance);
  return { mean, variance };
}

function evalPredict(m: Mlp): Float64Array {
  return Float64Array.from(xs, (x) => m.forward(x, ForwardMode.eval));
}

function scalingRule(view: ThinnedNetView): Float64Array {
  const out = new Float64Array(xs.length);
  scalingRulePredict(view, xs, out);
  return out;
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));

describe('the exact average over every thinned network', () => {
  const cases: Array<[number[], Activation, number[], DropoutVariant]> = [
    [[3, 3], 'relu', [0.5, 0.5], 'inverted'],
    [[3, 4], 'tanh', [0.3, 0.6], 'classic'],
    [[2, 3, 2], 'relu', [0.2, 0.5, 0.7], 'inverted'],
    [[4, 3], 'sigmoid', [0, 0.4], 'classic'],
    [[5], 'relu', [0.5], 'inverted'],
  ];
  it.each(cases)('%j %s p = %j %s: equals brute-force enumeration through the kernel (mean and variance)', (hidden, activation, p, variant) => {
    const m = net(hidden, activation, p, variant);
    const { mean, variance } = exact(thinnedViewOf(m, variant));
    xs.forEach((x, i) => {
      const brute = bruteAverage(m, x);
      expect(Math.abs(mean[i] - brute.mean), `mean at x = ${x}`).toBeLessThan(1e-12 * (1 + Math.abs(brute.mean)));
      expect(Math.abs(variance[i] - brute.variance), `variance at x = ${x}`).toBeLessThan(1e-12 * (1 + brute.variance));
    });
  });

  it('the view’s scaling rule is the kernel’s eval forward (classic × (1 − p), inverted × 1)', () => {
    for (const variant of ['classic', 'inverted'] as const) {
      const m = net([3, 4], 'tanh', [0.3, 0.6], variant);
      expect(maxAbsDiff(scalingRule(thinnedViewOf(m, variant)), evalPredict(m))).toBeLessThan(1e-12);
    }
  });

  it('for a linear (identity-activation) network it equals the scaling rule', () => {
    const m = net([3, 4, 2], 'relu', [0.5, 0.3, 0.7], 'inverted');
    const linear = { ...thinnedViewOf(m, 'inverted'), activate: (z: number) => z };
    const ensemble = exact(linear).mean;
    const rule = scalingRule(linear);
    expect(maxAbsDiff(ensemble, rule)).toBeLessThan(1e-12);
    // Not trivially: the thinned networks themselves differ.
    expect(Math.min(...exact(linear).variance)).toBeGreaterThan(1e-4);
  });

  it('with dropout only on the last hidden layer it is available at any size and equals the scaling rule', () => {
    const m = net([64, 64], 'tanh', [0, 0.5], 'inverted');
    expect(exactAverageAvailable(m.sizes, [0, 0.5])).toBe(true);
    expect(exactAverageAvailable(m.sizes, [0.1, 0.5])).toBe(false);
    expect(exactAverageAvailable([1, 8, 8, 1], [0.5, 0.5])).toBe(true);
    expect(maxAbsDiff(exact(thinnedViewOf(m, 'inverted')).mean, evalPredict(m))).toBeLessThan(1e-12);
  });

  it('with one hidden layer it equals the scaling rule whatever the activation (the output is linear in the mask)', () => {
    const m = net([6], 'relu', [0.5], 'classic');
    expect(maxAbsDiff(exact(thinnedViewOf(m, 'classic')).mean, evalPredict(m))).toBeLessThan(1e-12);
  });

  // Seeds 1–10 of the network; a nonlinearity between two dropped layers makes E[f(z)] ≠ f(E[z]).
  it.each(['relu', 'tanh'] as const)('for %s with two dropped layers it differs from the scaling rule on every network of seeds 1–10', (activation) => {
    for (let seed = 1; seed <= 10; seed++) {
      const m = net([4, 4], activation, [0.5, 0.5], 'inverted', seed);
      expect(maxAbsDiff(exact(thinnedViewOf(m, 'inverted')).mean, evalPredict(m)), `seed ${seed}`).toBeGreaterThan(1e-3);
    }
  });
});

describe('classic and inverted dropout describe the same model', () => {
  it('classic weights W and inverted weights with every layer that reads dropped outputs × (1 − p) have the same thinned networks, exact average and test-time prediction', () => {
    const p = [0.3, 0.6, 0.5];
    const classic = net([3, 3, 2], 'relu', p, 'classic');
    const inverted = net([3, 3, 2], 'relu', p, 'inverted', 99);
    classic.layers.forEach((layer, l) => {
      const scale = l === 0 ? 1 : 1 - p[l - 1];
      inverted.layers[l].w.set(Array.from(layer.w, (w) => w * scale));
      inverted.layers[l].b.set(layer.b);
    });
    const a = exact(thinnedViewOf(classic, 'classic'));
    const b = exact(thinnedViewOf(inverted, 'inverted'));
    expect(maxAbsDiff(a.mean, b.mean)).toBeLessThan(1e-12);
    expect(maxAbsDiff(a.variance, b.variance)).toBeLessThan(1e-12);
    expect(maxAbsDiff(evalPredict(classic), evalPredict(inverted))).toBeLessThan(1e-12);
    xs.forEach((x) => expect(Math.abs(bruteAverage(classic, x).mean - bruteAverage(inverted, x).mean)).toBeLessThan(1e-12));
    // The mapping is what makes them agree: the same weights in the other variant do not.
    const unmapped = net([3, 3, 2], 'relu', p, 'inverted');
    classic.layers.forEach((layer, l) => {
      unmapped.layers[l].w.set(layer.w);
      unmapped.layers[l].b.set(layer.b);
    });
    expect(maxAbsDiff(evalPredict(classic), evalPredict(unmapped))).toBeGreaterThan(1e-2);
  });
});

describe('the Monte-Carlo average of k thinned networks', () => {
  it('converges to the exact average at the 1/√k rate: k × squared error / the thinned networks’ variance averages 1 (repeats on streams 1–100)', () => {
    const m = net([3, 3], 'relu', [0.5, 0.5], 'inverted');
    const { mean, variance } = exact(thinnedViewOf(m, 'inverted'));
    const meanVariance = variance.reduce((a, v) => a + v, 0) / variance.length;
    const repeats = 100;
    for (const k of [4, 16, 64, 256]) {
      // Per repeat: k × the mean squared error over the points, over the mean variance. Its expectation is exactly 1
      // for an unbiased average of k independent draws; a bias b would add k·b²/variance, growing with k.
      const stats = Array.from({ length: repeats }, (_, r) => {
        const mc = new Float64Array(xs.length);
        mcDropoutPredict(m, xs, k, new Rng(r + 1, Stream.monteCarlo), mc, new Float64Array(xs.length));
        return (k * mc.reduce((a, v, i) => a + (v - mean[i]) ** 2, 0)) / xs.length / meanVariance;
      });
      const avg = stats.reduce((a, s) => a + s, 0) / repeats;
      const sd = Math.sqrt(stats.reduce((a, s) => a + (s - avg) ** 2, 0) / (repeats - 1));
      expect(Math.abs(avg - 1), `k = ${k}: ${avg.toFixed(3)} ± ${(sd / Math.sqrt(repeats)).toFixed(3)}`).toBeLessThan((4 * sd) / Math.sqrt(repeats));
    }
  });

  it('checkpoints extend one sequence of passes: the last equals mcDropoutPredict with that many passes, however the work is split', () => {
    const m = net([4, 4], 'tanh', [0.5, 0.5], 'inverted');
    const checkpoints = [1, 2, 5, 10, 20];
    const whole = new McCheckpointRun(m, xs, checkpoints, new Rng(7, Stream.monteCarlo));
    expect(whole.run(Infinity)).toBe(true);
    const split = new McCheckpointRun(m, xs, checkpoints, new Rng(7, Stream.monteCarlo));
    let calls = 0;
    while (!split.run(7)) calls++;
    expect(calls).toBeGreaterThan(30);
    expect(split.means).toEqual(whole.means);
    expect(split.variances).toEqual(whole.variances);
    const mean = new Float64Array(xs.length);
    const std = new Float64Array(xs.length);
    mcDropoutPredict(m, xs, 20, new Rng(7, Stream.monteCarlo), mean, std);
    expect(whole.means.subarray(4 * xs.length)).toEqual(mean);
    expect(
      maxAbsDiff(
        whole.variances,
        Array.from(std, (s) => s * s),
      ),
    ).toBeLessThan(1e-12);
    // k = 1 is a single thinned network: not the 20-pass average.
    expect(maxAbsDiff(whole.means.subarray(0, xs.length), mean)).toBeGreaterThan(1e-3);
  });
});
