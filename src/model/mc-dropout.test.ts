import { describe, expect, it } from 'vitest';
import { predict } from './loss';
import { mcDropoutPredict } from './mc-dropout';
import { ForwardMode, Mlp } from './mlp';
import { Rng, Stream } from './rng';

// Off x = 0, where zero biases make every hidden output 0 whatever the mask.
const xs = Float64Array.from({ length: 20 }, (_, i) => -0.95 + i / 10);

function net(p: number): Mlp {
  const m = new Mlp({ hiddenLayers: [32, 32], activation: 'tanh', precision: 'f64' });
  m.initialize(new Rng(1));
  m.setDropout([p, p], 'inverted');
  return m;
}

describe('MC dropout', () => {
  it('with p = 0 the band collapses onto the eval prediction', () => {
    const m = net(0);
    const mean = new Float64Array(xs.length);
    const std = new Float64Array(xs.length);
    mcDropoutPredict(m, xs, 10, new Rng(2), mean, std);
    const evalOut = new Float64Array(xs.length);
    predict(m, xs, evalOut);
    expect(mean).toEqual(evalOut);
    expect([...std].every((s) => s === 0)).toBe(true);
  });

  it('with p > 0 has spread, and the mean is a train-mode average (its standard error shrinks as 1/√T)', () => {
    const m = net(0.5);
    const T = 400;
    const mean = new Float64Array(xs.length);
    const std = new Float64Array(xs.length);
    mcDropoutPredict(m, xs, T, new Rng(3), mean, std);
    expect(Math.min(...std)).toBeGreaterThan(0);
    // A second independent estimate agrees within the combined standard error.
    const mean2 = new Float64Array(xs.length);
    const std2 = new Float64Array(xs.length);
    mcDropoutPredict(m, xs, T, new Rng(4), mean2, std2);
    for (let i = 0; i < xs.length; i++) {
      const se = Math.sqrt((std[i] ** 2 + std2[i] ** 2) / T);
      expect(Math.abs(mean[i] - mean2[i])).toBeLessThan(5 * se);
    }
  });

  it.each([2, 5, 30])('T = %s: mean and std are the sample mean and the (T − 1) sample standard deviation of the same passes', (T) => {
    const m = net(0.5);
    const mean = new Float64Array(xs.length);
    const std = new Float64Array(xs.length);
    mcDropoutPredict(m, xs, T, new Rng(6, Stream.monteCarlo), mean, std);
    // Replay the same passes (x by x, T passes each, from the same stream) and compute the
    // statistics independently, two-pass: s² = Σ(y − ȳ)²/(T − 1), the unbiased sample variance.
    const replay = new Rng(6, Stream.monteCarlo);
    for (let i = 0; i < xs.length; i++) {
      const ys = Array.from({ length: T }, () => m.forward(xs[i], ForwardMode.train, replay));
      const ybar = ys.reduce((a, y) => a + y, 0) / T;
      const sd = Math.sqrt(ys.reduce((a, y) => a + (y - ybar) ** 2, 0) / (T - 1));
      expect(sd).toBeGreaterThan(0);
      expect(Math.abs(mean[i] - ybar), `mean at x = ${xs[i]}`).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(ybar)));
      // Dividing by T instead would shrink the std by √((T − 1)/T): 29% at T = 2, 1.7% at T = 30.
      expect(Math.abs(std[i] - sd), `std at x = ${xs[i]}`).toBeLessThanOrEqual(1e-12 * sd);
    }
  });

  it('does not touch the stored masks or keep statistics', () => {
    const m = net(0.5);
    const masks = m.layers.map((l) => Uint8Array.from(l.masks));
    mcDropoutPredict(m, xs, 5, new Rng(5), new Float64Array(xs.length), new Float64Array(xs.length));
    expect(m.layers.map((l) => l.masks)).toEqual(masks);
    expect(m.maskDraws).toBe(0);
  });
});
