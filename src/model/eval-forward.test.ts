/**
 * Test time is the full network: dropout off, every neuron active, the
 * classic variant's (1 − p) scale applied. The kernel's eval forward (and the
 * predictions and losses built on it) must equal a reference forward pass
 * computed independently from the weights (reference-forward.test-helpers.ts),
 * after training with dropout has left masks with dropped units in store.
 */
import { describe, expect, it } from 'vitest';
import type { Activation, DropoutVariant, ModelConfig } from './config';
import type { Precision } from './floats';
import { evalMse, predict } from './loss';
import { ForwardMode } from './mlp';
import { referenceForward, referenceMse, type ReferenceNet } from './reference-forward.test-helpers';
import { Rng } from './rng';
import { Training } from './training';

const ACTIVATIONS: Activation[] = ['relu', 'tanh', 'sigmoid'];
const VARIANTS: DropoutVariant[] = ['inverted', 'classic'];
const PRECISIONS: Precision[] = ['f64', 'f32'];
const cases = PRECISIONS.flatMap((pr) => VARIANTS.flatMap((v) => ACTIVATIONS.map((a) => [pr, v, a] as const)));

/**
 * Tolerance relative to the output's scale. f64: the kernel's deterministic
 * tanh/sigmoid and summation order differ from Math's by a few ulps per layer.
 * f32: every layer's values are rounded to float32 (2⁻²⁴ relative) in the
 * kernel and not in the reference. A mask left on, or a missing (1 − p), moves
 * outputs by O(1) relative.
 */
const TOLERANCE: Record<Precision, number> = { f64: 1e-12, f32: 1e-5 };

const xs = Float64Array.from({ length: 41 }, (_, i) => -1 + i / 20);

function trainedRun(precision: Precision, variant: DropoutVariant, activation: Activation): { training: Training; reference: ReferenceNet; ys: Float64Array } {
  const config: ModelConfig = {
    hiddenLayers: [12, 9],
    activation,
    dropout: [0.5, 0.3],
    variant,
    optimizer: 'adam',
    learningRate: 0.01,
    l2: 0,
    lrHalfLife: 0,
    scheme: 'bernoulli',
    batchSize: 0,
  };
  const rng = new Rng(5);
  const x = Float64Array.from({ length: 10 }, () => rng.range(-1, 1));
  const y = Float64Array.from(x, (v) => Math.sin(Math.PI * v) + 0.2 * rng.gaussian());
  const training = new Training(config, { x, y }, 17, precision);
  for (let s = 0; s < 40; s++) training.trainStep();
  const net = training.net;
  const reference: ReferenceNet = { sizes: net.sizes, params: net.params, activation, dropout: config.dropout, variant };
  const ys = Float64Array.from(xs, (v) => Math.cos(v));
  return { training, reference, ys };
}

describe('eval mode is the full network, computed independently from the weights', () => {
  it.each(cases)(
    '%s, %s, %s: eval forward, predict and evalMse equal the reference, with dropped units in the stored masks',
    (precision, variant, activation) => {
      const { training, reference, ys } = trainedRun(precision, variant, activation);
      const net = training.net;
      const tol = TOLERANCE[precision];

      // The last minibatch left masks with dropped units in every hidden layer's store.
      for (let l = 0; l < net.hiddenCount; l++) expect(net.layers[l].masks.subarray(0, net.layers[l].nOut)).toContain(0);

      const predicted = new Float64Array(xs.length);
      predict(net, xs, predicted);
      let maskedGap = 0;
      let scale = 0;
      let worstHidden = 0;
      for (let i = 0; i < xs.length; i++) {
        const ref = referenceForward(reference, xs[i]);
        scale = Math.max(scale, Math.abs(ref.y));
        expect(Math.abs(net.forward(xs[i], ForwardMode.eval) - ref.y), `x = ${xs[i]}`).toBeLessThanOrEqual(tol * (1 + Math.abs(ref.y)));
        expect(Math.abs(predicted[i] - ref.y), `predict at x = ${xs[i]}`).toBeLessThanOrEqual(tol * (1 + Math.abs(ref.y)));
        // Every hidden layer passes on f(z) × its test-time scale.
        for (let l = 0; l < net.hiddenCount; l++) {
          const a = net.layers[l].a;
          for (let o = 0; o < a.length; o++) worstHidden = Math.max(worstHidden, Math.abs(a[o] - ref.a[l][o]) / (1 + Math.abs(ref.a[l][o])));
        }
        // The stored mask of row 0, if it were applied, would be visible at this tolerance.
        maskedGap = Math.max(maskedGap, Math.abs(net.forward(xs[i], ForwardMode.fixedMask, null, 0) - ref.y));
      }
      expect(worstHidden).toBeLessThanOrEqual(tol);
      expect(maskedGap).toBeGreaterThan(1e3 * tol * (1 + scale));

      const mse = referenceMse(reference, xs, ys);
      expect(Math.abs(evalMse(net, xs, ys) - mse)).toBeLessThanOrEqual(4 * tol * (1 + mse + scale));
    },
  );
});
