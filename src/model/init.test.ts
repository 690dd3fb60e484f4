/**
 * The initial weight variance of every layer, pinned to its formula:
 * He (2/nIn) for ReLU hidden layers, Glorot (2/(nIn + nOut)) for tanh and
 * sigmoid hidden layers, LeCun (1/nIn) for the linear output layer, zero-mean
 * normal draws, biases 0.
 *
 * Statistics: over many seeds, every layer's N weights are independent
 * N(0, σ²) draws, so the mean of w² has expectation σ² and SD σ²·√(2/N)
 * (Var[w²] = 2σ⁴), and the mean of w has SD σ/√N. We allow Z = 6 of these
 * SDs (a two-sided normal tail of 2e-9 per check; N ≥ 27,000 here, so the
 * normal approximation is accurate). The layers are deliberately not square,
 * so that nIn, nOut and nIn + nOut give distinguishable variances.
 */
import { describe, expect, it } from 'vitest';
import type { Activation } from './config';
import { Mlp } from './mlp';
import { Rng, Stream } from './rng';

const Z = 6;
const HIDDEN = [120, 40, 90];
const SEEDS = Array.from({ length: 300 }, (_, s) => 500 + s);

/** The intended variance, written out independently of the kernel. */
function intendedVariance(activation: Activation, nIn: number, nOut: number, output: boolean): number {
  if (output) return 1 / nIn; // LeCun: the output layer is linear
  switch (activation) {
    case 'relu':
      return 2 / nIn; // He
    case 'tanh':
    case 'sigmoid':
      return 2 / (nIn + nOut); // Glorot (normal)
    default: {
      const unhandled: never = activation;
      throw new Error(`no intended variance for ${String(unhandled)}`);
    }
  }
}

describe('initialize: per-layer weight variance', () => {
  it.each(['relu', 'tanh', 'sigmoid'] as const)('%s: every layer matches its formula within 6σ over 300 seeds; biases 0', (activation) => {
    const net = new Mlp({ hiddenLayers: HIDDEN, activation });
    const L = net.layers.length;
    const sum = new Float64Array(L);
    const sumSq = new Float64Array(L);
    const count = new Float64Array(L);
    for (const seed of SEEDS) {
      net.initialize(Rng.stream(seed, Stream.init));
      net.layers.forEach((layer, l) => {
        for (const w of layer.w) {
          sum[l] += w;
          sumSq[l] += w * w;
        }
        count[l] += layer.w.length;
        expect(layer.b.every((b) => b === 0)).toBe(true);
      });
    }
    const sizes = [1, ...HIDDEN, 1];
    for (let l = 0; l < L; l++) {
      const [nIn, nOut] = [sizes[l], sizes[l + 1]];
      const variance = intendedVariance(activation, nIn, nOut, l === L - 1);
      const N = count[l];
      expect(N).toBe(SEEDS.length * nIn * nOut);
      expect(Math.abs(sumSq[l] / N - variance), `layer ${l} (${nIn}→${nOut}) variance`).toBeLessThanOrEqual(Z * variance * Math.sqrt(2 / N));
      expect(Math.abs(sum[l] / N), `layer ${l} (${nIn}→${nOut}) mean`).toBeLessThanOrEqual(Z * Math.sqrt(variance / N));
    }
  });
});
