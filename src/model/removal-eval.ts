/**
 * The test MSE of one network under many different sets of removed hidden
 * neurons, fast: the robustness curve needs hundreds of them per measurement.
 * What no removal can change is computed once per point — the first hidden
 * layer's outputs and the second layer's full pre-activation, the last hidden
 * layer's outputs and the full prediction — so removing a few neurons costs a
 * correction (z − a·W) instead of a forward pass, removing many costs a pass
 * over the kept ones only, and removing one neuron of the last hidden layer
 * costs one multiply per point. Same arithmetic as the kernel's eval mode
 * (activation, classic dropout's test-time scale), in double precision.
 */
import { ActivationCode, activationCode } from './activations';
import { detSigmoid, detTanh } from './detmath';
import { DROPOUT_SCALINGS } from './dropout';
import type { RemovedNeurons, TestTimeScaling } from './knockout';
import type { Mlp } from './mlp';

function activate(code: ActivationCode, z: number): number {
  return code === ActivationCode.relu ? Math.max(z, 0) : code === ActivationCode.tanh ? detTanh(z) : detSigmoid(z);
}

interface DenseLayer {
  nIn: number;
  nOut: number;
  w: Float64Array;
  b: Float64Array;
  /** The test-time scale of this layer's outputs (hidden layers; 1 for the output layer). */
  scale: number;
}

export class RemovalEvaluator {
  private readonly layers: DenseLayer[];
  private readonly act: ActivationCode;
  private readonly count: number;
  /** Per point: layer 1's outputs (count × n1), layer 2's full pre-activation (count × n2), the last hidden layer's outputs, the prediction. */
  private readonly a1: Float64Array;
  private readonly z2: Float64Array;
  private readonly last: Float64Array;
  private readonly full: Float64Array;
  private readonly scratch: Float64Array[];

  constructor(
    source: Mlp,
    scaling: TestTimeScaling,
    xs: ArrayLike<number>,
    private readonly ys: ArrayLike<number>,
  ) {
    this.act = activationCode(source.activation);
    const hidden = source.hiddenCount;
    this.layers = source.layers.map((layer, l) => ({
      nIn: layer.nIn,
      nOut: layer.nOut,
      w: Float64Array.from(layer.w),
      b: Float64Array.from(layer.b),
      scale: l < hidden && scaling.scheme === 'bernoulli' ? DROPOUT_SCALINGS[scaling.variant].evalScale(scaling.dropout[l] ?? 0) : 1,
    }));
    this.count = xs.length;
    const n1 = this.layers[0].nOut;
    const n2 = hidden >= 2 ? this.layers[1].nOut : 0;
    const nLast = this.layers[hidden - 1].nOut;
    this.a1 = new Float64Array(this.count * n1);
    this.z2 = new Float64Array(this.count * n2);
    this.last = new Float64Array(this.count * nLast);
    this.full = new Float64Array(this.count);
    this.scratch = this.layers.map((l) => new Float64Array(l.nOut));
    const none = this.layers.slice(0, hidden).map((l) => new Uint8Array(l.nOut));
    for (let p = 0; p < this.count; p++) {
      const first = this.layers[0];
      for (let o = 0; o < n1; o++) this.a1[p * n1 + o] = activate(this.act, first.b[o] + xs[p] * first.w[o]) * first.scale;
      if (hidden >= 2) {
        const z = this.scratch[1];
        this.denseFrom(this.a1, p * n1, this.layers[1], null, z);
        this.z2.set(z, p * n2);
      }
      this.full[p] = this.predict(p, none, this.last, p * nLast);
    }
  }

  /** Test MSE with the flagged neurons removed. */
  mse(removed: RemovedNeurons): number {
    let removedCount = 0;
    for (const flags of removed) for (let i = 0; i < flags.length; i++) removedCount += flags[i];
    let sum = 0;
    for (let p = 0; p < this.count; p++) {
      const y = removedCount === 0 ? this.full[p] : this.predict(p, removed, null, 0);
      const d = y - this.ys[p];
      sum += d * d;
    }
    return this.count > 0 ? sum / this.count : 0;
  }

  /** Test MSE with neuron `index` of the last hidden layer removed alone: the prediction loses that one term. */
  mseWithoutLast(index: number): number {
    const hidden = this.layers.length - 1;
    const nLast = this.layers[hidden - 1].nOut;
    const weight = this.layers[hidden].w[index];
    let sum = 0;
    for (let p = 0; p < this.count; p++) {
      const d = this.full[p] - this.last[p * nLast + index] * weight - this.ys[p];
      sum += d * d;
    }
    return this.count > 0 ? sum / this.count : 0;
  }

  /** z = b + Σ over inputs not removed of input·W, into `out`. */
  private denseFrom(input: Float64Array, offset: number, layer: DenseLayer, removedIn: Uint8Array | null, out: Float64Array): void {
    const { nIn, nOut, w, b } = layer;
    out.set(b);
    for (let i = 0; i < nIn; i++) {
      const v = input[offset + i];
      if (v === 0 || (removedIn !== null && removedIn[i] !== 0)) continue;
      const row = i * nOut;
      for (let o = 0; o < nOut; o++) out[o] += v * w[row + o];
    }
  }

  /** The prediction at point p with `removed` flagged; the last hidden layer's outputs go to `lastOut` when given. */
  private predict(p: number, removed: RemovedNeurons, lastOut: Float64Array | null, lastOffset: number): number {
    const layers = this.layers;
    const hidden = layers.length - 1;
    const n1 = layers[0].nOut;
    let input: Float64Array = this.a1;
    let offset = p * n1;
    let removedIn = removed[0];
    for (let l = 1; l < hidden; l++) {
      const layer = layers[l];
      const z = this.scratch[l];
      if (l === 1) this.secondLayer(p, removed[0], z);
      else this.denseFrom(input, offset, layer, removedIn, z);
      const flags = removed[l];
      for (let o = 0; o < layer.nOut; o++) z[o] = flags !== undefined && flags[o] !== 0 ? 0 : activate(this.act, z[o]) * layer.scale;
      input = z;
      offset = 0;
      removedIn = flags;
    }
    if (lastOut !== null) {
      const nLast = layers[hidden - 1].nOut;
      for (let i = 0; i < nLast; i++) lastOut[lastOffset + i] = input[offset + i];
    }
    const out = layers[hidden];
    let y = out.b[0];
    for (let i = 0; i < out.nIn; i++) {
      if (removedIn !== undefined && removedIn[i] !== 0) continue;
      y += input[offset + i] * out.w[i];
    }
    return y;
  }

  /** Layer 2's pre-activation with layer 1's flagged neurons removed: the full one corrected, or the kept ones summed, whichever is less work. */
  private secondLayer(p: number, removed1: Uint8Array | undefined, z: Float64Array): void {
    const layer = this.layers[1];
    const { nIn, nOut, w } = layer;
    let gone = 0;
    if (removed1 !== undefined) for (let i = 0; i < nIn; i++) gone += removed1[i];
    if (removed1 === undefined || gone === 0) {
      z.set(this.z2.subarray(p * nOut, (p + 1) * nOut));
      return;
    }
    if (2 * gone > nIn) {
      this.denseFrom(this.a1, p * nIn, layer, removed1, z);
      return;
    }
    z.set(this.z2.subarray(p * nOut, (p + 1) * nOut));
    for (let i = 0; i < nIn; i++) {
      if (removed1[i] === 0) continue;
      const v = this.a1[p * nIn + i];
      if (v === 0) continue;
      const row = i * nOut;
      for (let o = 0; o < nOut; o++) z[o] -= v * w[row + o];
    }
  }
}
