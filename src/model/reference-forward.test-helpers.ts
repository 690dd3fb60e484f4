/**
 * A tiny reference forward pass for tests: the test-time network computed from
 * the flat parameter vector alone, in plain double arithmetic, with its own
 * activation formulas and the scalings of DESIGN.md written out (via
 * referenceScales). It shares no code with the kernel's forward pass, so a test
 * that compares the two catches a kernel that evaluates something else (a mask
 * left on, a missing test-time scale, the wrong layer read).
 *
 * Layout (Mlp's): for each layer, the nIn × nOut weights row-major
 * (w[i·nOut + o] leaves input i for output o), then the nOut biases.
 */
import type { Activation, DropoutVariant } from './config';
import { referenceScales } from './test-helpers';

export interface ReferenceNet {
  /** [1, ...hidden, 1], as Mlp.sizes. */
  readonly sizes: readonly number[];
  readonly params: ArrayLike<number>;
  readonly activation: Activation;
  /** DROP probability of each hidden layer. */
  readonly dropout: readonly number[];
  readonly variant: DropoutVariant;
}

export interface ReferenceOutput {
  readonly y: number;
  /** Per hidden layer: f(z), before the test-time scale. */
  readonly h: number[][];
  /** Per hidden layer: what the next layer receives at test time, f(z) × the layer's test-time scale. */
  readonly a: number[][];
}

function activate(activation: Activation, z: number): number {
  switch (activation) {
    case 'relu':
      return z > 0 ? z : z === z ? 0 : z; // NaN stays NaN
    case 'tanh':
      return Math.tanh(z);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-z));
    default: {
      const unhandled: never = activation;
      throw new Error(`no reference for activation ${String(unhandled)}`);
    }
  }
}

/** The test-time (dropout off, every neuron active) output at x, with every hidden layer's values. */
export function referenceForward(net: ReferenceNet, x: number): ReferenceOutput {
  const { sizes, params } = net;
  const layerCount = sizes.length - 1;
  const h: number[][] = [];
  const a: number[][] = [];
  let input: number[] = [x];
  let offset = 0;
  let y = Number.NaN;
  for (let l = 0; l < layerCount; l++) {
    const nIn = sizes[l];
    const nOut = sizes[l + 1];
    const z: number[] = [];
    for (let o = 0; o < nOut; o++) {
      let s = params[offset + nIn * nOut + o];
      for (let i = 0; i < nIn; i++) s += input[i] * params[offset + i * nOut + o];
      z.push(s);
    }
    offset += nIn * nOut + nOut;
    if (l === layerCount - 1) {
      y = z[0];
      break;
    }
    const scale = referenceScales(net.variant, net.dropout[l] ?? 0).eval;
    const hl = z.map((v) => activate(net.activation, v));
    h.push(hl);
    input = hl.map((v) => v * scale);
    a.push(input);
  }
  if (offset !== params.length) throw new Error(`reference forward: sizes use ${offset} parameters, the vector has ${params.length}`);
  return { y, h, a };
}

/** Mean squared error of the reference test-time prediction over the points. */
export function referenceMse(net: ReferenceNet, xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += (referenceForward(net, xs[i]).y - ys[i]) ** 2;
  return sum / xs.length;
}
