/**
 * The four-points-at-a-time eval forward must give, bit for bit, what the
 * single-point eval forward gives — the loss curve, the prediction and the
 * readouts are computed with it, everything else with the single-point pass.
 */
import { describe, expect, it } from 'vitest';
import type { Activation, DropoutVariant, ModelConfig } from './config';
import { evalForwardEach } from './eval-batch';
import type { Precision } from './floats';
import { ForwardMode, type Mlp } from './mlp';
import { Rng } from './rng';
import { Training } from './training';

const ACTIVATIONS: Activation[] = ['relu', 'tanh', 'sigmoid'];
const PRECISIONS: Precision[] = ['f32', 'f64'];
const VARIANTS: DropoutVariant[] = ['inverted', 'classic'];
const SHAPES: number[][] = [[7], [12, 9], [6, 10, 5]];
const SEEDS = [1, 2, 3, 4, 5, 6];

function trained(seed: number, hiddenLayers: number[], activation: Activation, precision: Precision, variant: DropoutVariant): Mlp {
  const config: ModelConfig = {
    hiddenLayers,
    activation,
    dropout: hiddenLayers.map((_, l) => (l === 0 ? 0.2 : 0.5)),
    variant,
    optimizer: 'adam',
    learningRate: 0.02,
    l2: 0,
    lrHalfLife: 0,
    scheme: 'bernoulli',
    batchSize: 0,
  };
  const rng = new Rng(seed);
  const x = Float64Array.from({ length: 12 }, () => rng.range(-1, 1));
  const y = Float64Array.from(x, (v) => Math.sin(3 * v) + 0.3 * rng.gaussian());
  const training = new Training(config, { x, y }, seed, precision);
  for (let s = 0; s < 60; s++) training.trainStep();
  return training.net;
}

/** The single-point pass's outputs, and whether each block of four had the same non-zero hidden outputs throughout. */
function singlePoint(net: Mlp, xs: Float64Array): { ys: number[]; sharedBlocks: number; mixedBlocks: number } {
  const ys: number[] = [];
  const patterns: string[] = [];
  for (const x of xs) {
    ys.push(net.forward(x, ForwardMode.eval));
    patterns.push(
      net.layers
        .slice(0, net.hiddenCount)
        .map((layer) => Array.from(layer.a, (v) => (v === 0 ? 0 : 1)).join(''))
        .join('|'),
    );
  }
  let sharedBlocks = 0;
  let mixedBlocks = 0;
  for (let start = 0; start + 4 <= xs.length; start += 4) {
    if (new Set(patterns.slice(start, start + 4)).size === 1) sharedBlocks++;
    else mixedBlocks++;
  }
  return { ys, sharedBlocks, mixedBlocks };
}

describe('evalForwardEach', () => {
  const cases = PRECISIONS.flatMap((pr) => ACTIVATIONS.flatMap((act) => VARIANTS.map((v) => [pr, act, v] as const)));

  it.each(cases)('%s, %s, %s: every output equals the single-point eval forward to the bit', (precision, activation, variant) => {
    for (const seed of SEEDS) {
      for (const shape of SHAPES) {
        const net = trained(seed, shape, activation, precision, variant);
        const rng = new Rng(1000 + seed);
        // Lengths that leave every remainder of a block of four.
        for (const count of [0, 1, 2, 3, 4, 5, 6, 7, 30]) {
          const xs = Float64Array.from({ length: count }, () => rng.range(-1.5, 1.5));
          const expected = singlePoint(net, xs).ys;
          const got = new Array<number>(count).fill(Number.NaN);
          const order: number[] = [];
          evalForwardEach(net, xs, count, (i, y) => {
            order.push(i);
            got[i] = y;
          });
          expect(order).toEqual(expected.map((_, i) => i));
          for (let i = 0; i < count; i++) expect(Object.is(got[i], expected[i]), `seed ${seed}, ${shape}, x = ${xs[i]}`).toBe(true);
        }
      }
    }
  });

  it('ReLU nets exercise both the four-point path and the fallback, and tanh nets the four-point path', () => {
    let relu = { shared: 0, mixed: 0 };
    for (const seed of SEEDS) {
      const xs = Float64Array.from({ length: 40 }, (_, i) => -1 + i / 20);
      const r = singlePoint(trained(seed, [12, 9], 'relu', 'f32', 'inverted'), xs);
      relu = { shared: relu.shared + r.sharedBlocks, mixed: relu.mixed + r.mixedBlocks };
      const t = singlePoint(trained(seed, [12, 9], 'tanh', 'f32', 'inverted'), xs);
      expect(t.mixedBlocks).toBe(0);
    }
    expect(relu.shared).toBeGreaterThan(0);
    expect(relu.mixed).toBeGreaterThan(0);
  });

  it('reads only the first `count` points', () => {
    const net = trained(1, [8, 8], 'tanh', 'f64', 'inverted');
    const xs = Float64Array.from([0.1, -0.4, 0.7, Number.NaN, Number.NaN]);
    const seen: number[] = [];
    evalForwardEach(net, xs, 3, (i, y) => {
      seen.push(i);
      expect(Number.isFinite(y)).toBe(true);
    });
    expect(seen).toEqual([0, 1, 2]);
  });
});
