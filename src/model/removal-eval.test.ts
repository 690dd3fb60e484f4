import { describe, expect, it } from 'vitest';
import { evalMse } from './loss';
import { KnockoutNet, noneRemoved, sampleRemoval, type TestTimeScaling } from './knockout';
import { Mlp } from './mlp';
import { RemovalEvaluator } from './removal-eval';
import { Rng } from './rng';
import type { Activation } from './config';

function randomNet(hiddenLayers: number[], activation: Activation, seed: number): Mlp {
  const net = new Mlp({ hiddenLayers, activation, precision: 'f64' });
  net.initialize(new Rng(seed));
  const rng = new Rng(seed, 3);
  for (let k = 0; k < net.params.length; k++) net.params[k] += 0.2 * rng.gaussian();
  return net;
}

const xs = Float64Array.from({ length: 30 }, (_, i) => -1 + (2 * i) / 29);
const ys = Float64Array.from(xs, (x) => Math.sin(3 * x));

describe('RemovalEvaluator', () => {
  // Every shortcut it takes (correcting layer 2, summing the kept, the last layer's one term) against the knock-out copy's plain forward pass.
  const cases: [number[], Activation, TestTimeScaling][] = [
    [[7, 6], 'tanh', { dropout: [0, 0.5], variant: 'inverted', scheme: 'bernoulli' }],
    [[7, 6], 'relu', { dropout: [0.2, 0.5], variant: 'classic', scheme: 'bernoulli' }],
    [[5], 'sigmoid', { dropout: [0.3], variant: 'classic', scheme: 'bernoulli' }],
    [[4, 5, 6], 'tanh', { dropout: [0.1, 0.2, 0.3], variant: 'classic', scheme: 'gaussian' }],
  ];
  it.each(cases)('gives the knock-out copy’s test MSE for every removal (%j, %s)', (layers, activation, scaling) => {
    const net = randomNet(layers, activation, layers.length * 11);
    net.setDropout(scaling.dropout, scaling.variant, scaling.scheme);
    const evaluator = new RemovalEvaluator(net, scaling, xs, ys);
    const copy = new KnockoutNet(net);
    copy.load(net, scaling);
    const removed = noneRemoved(net.sizes);
    const order = new Int32Array(16);
    const rng = new Rng(9);
    for (const fraction of [0, 0.1, 0.3, 0.6, 0.9, 1]) {
      for (const layer of [null, 0, layers.length - 1]) {
        sampleRemoval(rng, fraction, layer, removed, order);
        copy.remove(removed);
        expect(evaluator.mse(removed)).toBeCloseTo(evalMse(copy.net, xs, ys), 10);
      }
    }
    const last = layers.length - 1;
    for (let i = 0; i < layers[last]; i++) {
      const single = noneRemoved(net.sizes);
      single[last][i] = 1;
      copy.remove(single);
      expect(evaluator.mseWithoutLast(i)).toBeCloseTo(evalMse(copy.net, xs, ys), 10);
    }
  });
});
