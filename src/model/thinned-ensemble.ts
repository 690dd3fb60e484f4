import type { DropoutVariant } from './config';
import { detSigmoid, detTanh } from './detmath';
import { DROPOUT_SCALINGS } from './dropout';
import type { Mlp } from './mlp';

type Writable = { [i: number]: number; length: number };

/** Networks with at most this many hidden neurons get the exact average over all 2^N thinned networks. */
export const EXACT_AVERAGE_MAX_HIDDEN = 16;

/**
 * What the ensemble of thinned networks needs of a network under Bernoulli dropout:
 * the weights (the kernel's layout, row i = the weights leaving input i), the activation,
 * and per hidden layer its drop probability p and the factor a kept output is multiplied
 * by while training (classic: 1, inverted: 1/(1 − p)). A thinned network is the network
 * with some hidden neurons dropped: a dropped neuron outputs 0, a kept one f(z) × that factor.
 */
export interface ThinnedNetView {
  readonly sizes: readonly number[];
  readonly layers: ReadonlyArray<{ readonly w: ArrayLike<number>; readonly b: ArrayLike<number> }>;
  readonly activate: (z: number) => number;
  readonly dropP: readonly number[];
  readonly keptScale: readonly number[];
}

/** The same functions the kernel applies (mlp.ts), one value at a time. */
const ACTIVATE = {
  relu: (z: number) => Math.max(z, 0),
  tanh: detTanh,
  sigmoid: detSigmoid,
} as const;

/** The view of a kernel network trained with Bernoulli dropout in `variant`. */
export function thinnedViewOf(net: Mlp, variant: DropoutVariant): ThinnedNetView {
  if (net.scheme !== 'bernoulli') throw new Error(`the thinned-network ensemble is Bernoulli dropout's (this network uses ${net.scheme})`);
  const dropP = Array.from({ length: net.hiddenCount }, (_, l) => net.dropoutOf(l));
  return {
    sizes: net.sizes,
    layers: net.layers,
    activate: ACTIVATE[net.activation],
    dropP,
    keptScale: dropP.map((p) => DROPOUT_SCALINGS[variant].trainScale(p)),
  };
}

/** The number of hidden neurons: the exponent of the 2^N thinned networks. */
export function hiddenNeuronCount(sizes: readonly number[]): number {
  let n = 0;
  for (let l = 1; l < sizes.length - 1; l++) n += sizes[l];
  return n;
}

/** The hidden layers before the last with p > 0: their patterns are enumerated (the last layer's are averaged in closed form). */
function enumeratedNeurons(sizes: readonly number[], dropP: readonly number[]): number {
  let n = 0;
  for (let l = 1; l < sizes.length - 2; l++) if ((dropP[l - 1] ?? 0) > 0) n += sizes[l];
  return n;
}

/**
 * Whether the exact average is computed: for at most 16 hidden neurons (2^16 thinned networks),
 * or for any size when only the last hidden layer has dropout (then it is one closed-form pass).
 */
export function exactAverageAvailable(sizes: readonly number[], dropP: readonly number[]): boolean {
  return hiddenNeuronCount(sizes) <= EXACT_AVERAGE_MAX_HIDDEN || enumeratedNeurons(sizes, dropP) === 0;
}

/**
 * The weight-scaling rule on a view: every hidden output × its expected factor (1 − p) × keptScale,
 * which is the kernel's eval forward (classic: × (1 − p); inverted: × 1). For tests and
 * for views the kernel cannot run (an identity activation).
 */
export function scalingRulePredict(view: ThinnedNetView, xs: ArrayLike<number>, out: Writable): void {
  const { sizes, layers, activate, dropP, keptScale } = view;
  const hidden = sizes.length - 2;
  for (let i = 0; i < xs.length; i++) {
    let a: number[] = [xs[i]];
    for (let l = 0; l <= hidden; l++) {
      const { w, b } = layers[l];
      const nOut = sizes[l + 1];
      const z = Array.from({ length: nOut }, (_, o) => b[o]);
      for (let k = 0; k < a.length; k++) for (let o = 0; o < nOut; o++) z[o] += a[k] * w[k * nOut + o];
      a = l < hidden ? z.map((v) => activate(v) * (1 - dropP[l]) * keptScale[l]) : z;
    }
    out[i] = a[0];
  }
}

/**
 * The exact average over every thinned network, each weighted by its probability
 * Π (1 − p)^kept p^dropped, at each x; `variance` (optional) receives the spread of the
 * thinned networks' outputs around it (what one Monte-Carlo sample's error has on average).
 *
 * Efficient without approximation: the output is linear in the last hidden layer's mask,
 * so that layer's 2^n patterns are averaged in closed form (mean Σ q·s·h·w, variance
 * Σ q(1 − q)(s·h·w)² for independent keeps); the earlier layers' patterns are enumerated
 * in Gray-code order, each step adding or removing one neuron's contribution to the
 * next layer's input, with the work of the layers before shared by all patterns after.
 * A 1-8-8-1 network thus costs 2^8 inner steps per x, not 2^16.
 */
export function exactThinnedAverage(view: ThinnedNetView, xs: ArrayLike<number>, mean: Writable, variance: Writable | null = null): void {
  const { sizes, layers, activate, dropP, keptScale } = view;
  const hidden = sizes.length - 2;
  const enumerated = enumeratedNeurons(sizes, dropP);
  if (enumerated > 30) throw new RangeError(`exact average: ${enumerated} hidden neurons before the last hidden layer is too many to enumerate`);
  // Activations of each hidden layer, and each layer's pattern weights by the number of kept neurons.
  const h = sizes.slice(1, hidden + 1).map((n) => new Float64Array(n));
  const z = sizes.slice(1, hidden + 1).map((n) => new Float64Array(n));
  const weightsByKept = sizes.slice(1, hidden + 1).map((n, l) => Float64Array.from({ length: n + 1 }, (_, k) => (1 - dropP[l]) ** k * dropP[l] ** (n - k)));
  const out = layers[hidden];
  let sum = 0;
  let sumSq = 0;

  const lastLayer = (weight: number): void => {
    const l = hidden - 1;
    const q = 1 - dropP[l];
    const s = keptScale[l];
    const hl = h[l];
    let m = out.b[0];
    let v = 0;
    for (let j = 0; j < hl.length; j++) {
      const c = s * hl[j] * out.w[j];
      m += q * c;
      v += q * (1 - q) * c * c;
    }
    sum += weight * m;
    sumSq += weight * (v + m * m);
  };

  const visit = (l: number, weight: number): void => {
    if (l === hidden - 1) {
      lastLayer(weight);
      return;
    }
    const n = sizes[l + 1];
    const next = sizes[l + 2];
    const { w, b } = layers[l + 1];
    const hl = h[l];
    const zn = z[l + 1];
    const hn = h[l + 1];
    const s = keptScale[l];
    const enter = () => {
      for (let o = 0; o < next; o++) hn[o] = activate(zn[o]);
    };
    if (dropP[l] === 0) {
      for (let o = 0; o < next; o++) zn[o] = b[o];
      for (let i = 0; i < n; i++) for (let o = 0; o < next; o++) zn[o] += s * hl[i] * w[i * next + o];
      enter();
      visit(l + 1, weight);
      return;
    }
    // Gray code: pattern g keeps the neurons of g ^ (g >> 1); step g flips neuron ctz(g).
    for (let o = 0; o < next; o++) zn[o] = b[o];
    const kept = new Uint8Array(n);
    let keptCount = 0;
    const patterns = 2 ** n;
    for (let g = 0; g < patterns; g++) {
      if (g > 0) {
        const i = 31 - Math.clz32(g & -g);
        const sign = kept[i] ? -1 : 1;
        kept[i] ^= 1;
        keptCount += sign;
        const c = sign * s * hl[i];
        if (c !== 0) for (let o = 0; o < next; o++) zn[o] += c * w[i * next + o];
      }
      const pw = weightsByKept[l][keptCount];
      if (pw === 0) continue;
      enter();
      visit(l + 1, weight * pw);
    }
  };

  const first = layers[0];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    for (let o = 0; o < sizes[1]; o++) {
      z[0][o] = first.b[o] + x * first.w[o];
      h[0][o] = activate(z[0][o]);
    }
    sum = 0;
    sumSq = 0;
    visit(0, 1);
    mean[i] = sum;
    if (variance !== null) variance[i] = Math.max(0, sumSq - sum * sum);
  }
}
