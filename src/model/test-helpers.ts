/**
 * Helpers shared by the model's unit tests (gradient-check.test.ts,
 * dropout-stats.test.ts, dropout.test.ts). Not imported by application code.
 */
import type { Activation, DropoutVariant } from './config';
import type { Precision } from './floats';
import { ForwardMode, Mlp } from './mlp';
import { Rng, Stream } from './rng';

export interface NetSpec {
  hidden: readonly number[];
  activation: Activation;
  seed: number;
  precision?: Precision;
  maskRows?: number;
  /** Standard deviation of the random biases (initialize() sets them to 0). */
  biasStd?: number;
}

/**
 * A network initialised from `seed`'s init stream, with random non-zero
 * biases so that bias gradients and ReLU thresholds are exercised in general
 * position rather than at b = 0.
 */
export function makeNet(spec: NetSpec): Mlp {
  const net = new Mlp({
    hiddenLayers: spec.hidden,
    activation: spec.activation,
    precision: spec.precision ?? 'f64',
    maskRows: spec.maskRows ?? 1,
  });
  net.initialize(Rng.stream(spec.seed, Stream.init));
  const biasStd = spec.biasStd ?? 0.3;
  if (biasStd > 0) {
    const rng = new Rng(spec.seed, 1000);
    for (const layer of net.layers) {
      for (let o = 0; o < layer.b.length; o++) layer.b[o] = biasStd * rng.gaussian();
    }
  }
  return net;
}

/**
 * Minibatch MSE, L = (1/B) Σ_b (y_b − t_b)², with example b replayed in
 * fixedMask mode on the masks stored in row b (so the masks are held fixed).
 * When `pattern` is given, it receives for every example and hidden neuron
 * whether f(z) > 0 (for ReLU: which side of the kink z is on).
 */
export function replayLoss(net: Mlp, xs: ArrayLike<number>, ts: ArrayLike<number>, pattern: Uint8Array | null = null): number {
  const count = xs.length;
  let sum = 0;
  let k = 0;
  for (let b = 0; b < count; b++) {
    const d = net.forward(xs[b], ForwardMode.fixedMask, null, b) - ts[b];
    sum += d * d;
    if (pattern !== null) {
      for (let l = 0; l < net.hiddenCount; l++) {
        const h = net.layers[l].h;
        for (let o = 0; o < h.length; o++) pattern[k++] = h[o] > 0 ? 1 : 0;
      }
    }
  }
  return sum / count;
}

/** Number of hidden neurons summed over the hidden layers. */
export function hiddenNeuronCount(net: Mlp): number {
  let n = 0;
  for (let l = 0; l < net.hiddenCount; l++) n += net.layers[l].nOut;
  return n;
}

/** Binomial standard deviation of an observed proportion over n independent Bernoulli(q) draws. */
export function proportionSd(q: number, n: number): number {
  return Math.sqrt((q * (1 - q)) / n);
}

/** The scalings of DESIGN.md written out per variant: an oracle for DROPOUT_SCALINGS that does not read it. */
export function referenceScales(variant: DropoutVariant, p: number): { train: number; eval: number } {
  switch (variant) {
    case 'inverted':
      return { train: 1 / (1 - p), eval: 1 };
    case 'classic':
      return { train: 1, eval: 1 - p };
    default: {
      const unhandled: never = variant;
      throw new Error(`no reference scales for dropout variant ${String(unhandled)}`);
    }
  }
}

export interface ReplayedNoiseCheck {
  /** The minibatch loss with the noise replayed from the same stream state. */
  loss(): number;
  /** Parameters whose analytic gradient disagrees with the central difference. */
  failures: string[];
  /** Parameters with an analytic gradient above 1e-6 (a gradient of zeros would pass the check). */
  nonzero: number;
}

/**
 * Gradient check of a train-mode minibatch whose noise (any scheme's) is held
 * fixed by replaying the mask stream from `start` for every loss evaluation:
 * analytic gradients from forward/backward against central differences of
 * step `eps`, allowed `rel` × max(|fd|, |analytic|) + `abs`.
 */
export function replayedNoiseGradientCheck(
  net: Mlp,
  xs: readonly number[],
  ts: readonly number[],
  start: ReturnType<Rng['state']>,
  tolerance: { eps: number; rel: number; abs: number },
): ReplayedNoiseCheck {
  const batch = xs.length;
  const rng = Rng.fromState(start);
  const loss = (): number => {
    rng.setState(start);
    let sum = 0;
    for (let b = 0; b < batch; b++) sum += (net.forward(xs[b], ForwardMode.train, rng) - ts[b]) ** 2;
    return sum / batch;
  };
  rng.setState(start);
  net.zeroGrads();
  for (let b = 0; b < batch; b++) {
    const y = net.forward(xs[b], ForwardMode.train, rng, b);
    net.backward(xs[b], (2 * (y - ts[b])) / batch);
  }
  const analytic = Float64Array.from(net.grads);
  const { eps, rel, abs } = tolerance;
  const failures: string[] = [];
  let nonzero = 0;
  for (let k = 0; k < net.params.length; k++) {
    const theta = net.params[k];
    net.params[k] = theta + eps;
    const up = loss();
    net.params[k] = theta - eps;
    const down = loss();
    net.params[k] = theta;
    const fd = (up - down) / (2 * eps);
    const an = analytic[k];
    if (Math.abs(an) > 1e-6) nonzero++;
    if (Math.abs(fd - an) > rel * Math.max(Math.abs(fd), Math.abs(an)) + abs) failures.push(`param ${k}: analytic ${an}, finite difference ${fd}`);
  }
  return { loss, failures, nonzero };
}
