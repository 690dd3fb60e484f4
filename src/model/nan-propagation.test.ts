/**
 * A diverged run must never look healthy: a NaN anywhere in the network has to
 * reach the output, the gradients and the loss, whatever the activation. (A
 * ReLU written as `z > 0 ? z : 0` maps NaN to 0 and would hide it.)
 */
import { describe, expect, it } from 'vitest';
import type { Activation, ModelConfig } from './config';
import { ForwardMode } from './mlp';
import { Rng, Stream } from './rng';
import { makeNet } from './test-helpers';
import { Training } from './training';

const ACTIVATIONS: Activation[] = ['relu', 'tanh', 'sigmoid'];

describe('NaN propagates through the kernel', () => {
  it.each(ACTIVATIONS)('%s: a NaN weight in any layer makes the output NaN in eval and train mode, and the gradients NaN', (activation) => {
    const x = 0.4;
    for (let layer = 0; layer < 3; layer++) {
      const net = makeNet({ hidden: [6, 5], activation, seed: 3 });
      net.setDropout([0, 0], 'inverted');
      // A weight leaving an input that is not 0 (the kernel skips exact-zero inputs, so a NaN
      // weight behind a silent ReLU is not multiplied; RunSet.checkWeights reports NaN weights).
      net.forward(x, ForwardMode.eval);
      const input = layer === 0 ? [x] : Array.from(net.layers[layer - 1].a);
      const i = input.findIndex((v) => v !== 0);
      expect(i).toBeGreaterThanOrEqual(0);
      net.layers[layer].w[i * net.layers[layer].nOut] = Number.NaN;
      expect(net.forward(x, ForwardMode.eval), `eval, NaN in layer ${layer}`).toBeNaN();
      const y = net.forward(x, ForwardMode.train, new Rng(1, Stream.masks), 0);
      expect(y, `train, NaN in layer ${layer}`).toBeNaN();
      net.zeroGrads();
      net.backward(x, 2 * (y - 0.1));
      expect(
        net.grads.some((g) => Number.isNaN(g)),
        `gradients, NaN in layer ${layer}`,
      ).toBe(true);
    }
  });

  it('ReLU: a NaN pre-activation stays NaN in h (not 0), and so does its backward gate; −0 and negatives still give +0', () => {
    const net = makeNet({ hidden: [4], activation: 'relu', seed: 5, biasStd: 0 });
    const first = net.layers[0];
    first.w.set([1, -1, -0, Number.NaN]);
    first.b.fill(-0); // z = [0.5, −0.5, −0, NaN]
    net.forward(0.5, ForwardMode.train, null, 0);
    expect(Array.from(first.h)).toEqual([0.5, 0, 0, Number.NaN]);
    expect(Object.is(first.h[1], 0) && Object.is(first.h[2], 0)).toBe(true);
    expect(first.gate[3]).toBeNaN();
  });

  it.each(ACTIVATIONS)('%s: a NaN parameter makes the training loss NaN (so the run is flagged as diverged)', (activation) => {
    const config: ModelConfig = {
      hiddenLayers: [8, 8],
      activation,
      dropout: [0.5, 0.5],
      variant: 'inverted',
      optimizer: 'adam',
      learningRate: 0.01,
      l2: 0,
      lrHalfLife: 0,
      scheme: 'bernoulli',
      batchSize: 0,
    };
    const data = { x: [-0.5, 0, 0.5], y: [0.1, 0.2, 0.3] };
    const training = new Training(config, data, 2);
    expect(Number.isFinite(training.trainStep())).toBe(true);
    training.net.params[0] = Number.NaN; // a first-layer weight
    expect(training.trainStep()).toBeNaN();
  });
});
