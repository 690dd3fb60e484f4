import { describe, expect, it } from 'vitest';
import { evalMse } from './loss';
import { KnockoutNet, noneRemoved, sampleRemoval } from './knockout';
import { ForwardMode, Mlp } from './mlp';
import { Rng } from './rng';

function trainedLooking(seed: number): Mlp {
  const net = new Mlp({ hiddenLayers: [6, 5], activation: 'tanh', precision: 'f64' });
  net.initialize(new Rng(seed));
  const rng = new Rng(seed, 9);
  for (let k = 0; k < net.params.length; k++) net.params[k] += 0.3 * rng.gaussian(); // biases too
  return net;
}

const INVERTED = { dropout: [0, 0.5], variant: 'inverted', scheme: 'bernoulli' } as const;

describe('KnockoutNet', () => {
  it('with nothing removed predicts exactly as the source at test time', () => {
    const net = trainedLooking(1);
    const copy = new KnockoutNet(net);
    copy.load(net, INVERTED);
    copy.remove(noneRemoved(net.sizes));
    for (const x of [-1, -0.3, 0.2, 0.9]) expect(copy.net.forward(x, ForwardMode.eval)).toBe(net.forward(x, ForwardMode.eval));
  });

  it('removing a tanh neuron equals silencing it at its input (zero incoming weights and bias: tanh(0) = 0)', () => {
    for (const [layer, index] of [
      [0, 2],
      [1, 4],
    ]) {
      const net = trainedLooking(2);
      const silenced = trainedLooking(2);
      const target = silenced.layers[layer];
      for (let i = 0; i < target.nIn; i++) target.w[i * target.nOut + index] = 0;
      target.b[index] = 0;
      const removed = noneRemoved(net.sizes);
      removed[layer][index] = 1;
      const copy = new KnockoutNet(net);
      copy.load(net, INVERTED);
      copy.remove(removed);
      for (const x of [-0.8, 0, 0.5]) expect(copy.net.forward(x, ForwardMode.eval)).toBeCloseTo(silenced.forward(x, ForwardMode.eval), 12);
      // and it changes the prediction: the neuron mattered
      expect(Math.abs(copy.net.forward(0.5, ForwardMode.eval) - net.forward(0.5, ForwardMode.eval))).toBeGreaterThan(1e-6);
    }
  });

  it('keeps classic dropout’s test-time scaling, and leaves the source untouched', () => {
    const net = trainedLooking(3);
    net.setDropout([0, 0.5], 'classic');
    const before = net.params.slice();
    const copy = new KnockoutNet(net);
    copy.load(net, { dropout: [0, 0.5], variant: 'classic', scheme: 'bernoulli' });
    copy.remove(noneRemoved(net.sizes));
    expect(copy.net.forward(0.4, ForwardMode.eval)).toBe(net.forward(0.4, ForwardMode.eval));
    const removed = noneRemoved(net.sizes);
    removed[1].fill(1);
    copy.remove(removed);
    // every neuron of the last hidden layer gone: the output is the output bias alone
    expect(copy.net.forward(0.4, ForwardMode.eval)).toBe(net.layers[2].b[0]);
    expect(net.params).toEqual(before);
  });

  it('a later remove starts again from the loaded weights', () => {
    const net = trainedLooking(4);
    const copy = new KnockoutNet(net);
    copy.load(net, INVERTED);
    const removed = noneRemoved(net.sizes);
    removed[0][1] = 1;
    copy.remove(removed);
    copy.remove(noneRemoved(net.sizes));
    expect(evalMse(copy.net, [0.1, 0.7], [0, 0])).toBe(evalMse(net, [0.1, 0.7], [0, 0]));
  });
});

describe('sampleRemoval', () => {
  it('removes round(f × n) distinct neurons of each chosen layer, none elsewhere, and every neuron equally often', () => {
    const out = [new Uint8Array(10), new Uint8Array(7)];
    const order = new Int32Array(10);
    const rng = new Rng(5);
    const counts = new Float64Array(10);
    const draws = 4000;
    for (let d = 0; d < draws; d++) {
      sampleRemoval(rng, 0.3, null, out, order);
      expect(out[0].reduce((a, b) => a + b, 0)).toBe(3);
      expect(out[1].reduce((a, b) => a + b, 0)).toBe(2);
      out[0].forEach((f, i) => (counts[i] += f));
    }
    // Each neuron is removed with probability 0.3: binomial sd √(draws·0.3·0.7) ≈ 29; 5 sd margin.
    const sd = Math.sqrt(draws * 0.3 * 0.7);
    for (const c of counts) expect(Math.abs(c - 0.3 * draws)).toBeLessThan(5 * sd);
    sampleRemoval(rng, 0.5, 1, out, order);
    expect(out[0].every((f) => f === 0)).toBe(true);
    expect(out[1].reduce((a, b) => a + b, 0)).toBe(4);
  });
});
