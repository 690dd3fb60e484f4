import { ActivationCode, activationCode, applyActivation } from './activations';
import type { Activation, DropoutSchemeName, DropoutVariant } from './config';
import { edgeBackward, edgeKeepThreshold, edgePreactivation, type EdgeScratch, writeEdgeMask } from './drop-connect';
import { DROPOUT_SCALINGS, DROPOUT_SCHEMES, gaussianNoiseStd, keepFlag } from './dropout';
import { allocFloats, type FloatArray, type Precision } from './floats';
import { fillGaussianFactors } from './gaussian-noise';
import { accumulateRows, firstLayerPreactivation, gatherNonZero, linearOutput } from './preactivation';
import type { Rng } from './rng';

export const ForwardMode = {
  /** Test time: every neuron active (classic scaling applies here). */
  eval: 0,
  /** Training: fresh noise of the network's scheme per example (a Bernoulli(1 − p) mask per neuron by default). */
  train: 1,
  /**
   * Training with Bernoulli masks read from a given store instead of drawn. Bernoulli
   * dropout only: to hold another scheme's noise fixed, replay the same Rng state.
   */
  fixedMask: 2,
} as const;
export type ForwardMode = (typeof ForwardMode)[keyof typeof ForwardMode];

/** One fully connected layer and its per-example scratch, all allocated once. */
export interface Layer {
  readonly nIn: number;
  readonly nOut: number;
  /** nIn × nOut, row-major: row i holds the weights leaving input i (w[i·nOut + o]). */
  readonly w: FloatArray;
  readonly b: FloatArray;
  readonly gw: FloatArray;
  readonly gb: FloatArray;
  /** Activation f(z) before dropout, for the current example. */
  readonly h: FloatArray;
  /** Output after dropout and scaling: what the next layer sees. */
  readonly a: FloatArray;
  /** ∂a/∂z for the current example: mask × the scheme's gradient factor × f′(z). */
  readonly gate: FloatArray;
  /** ∂loss/∂a for the current example; backward turns it into ∂loss/∂z. */
  readonly delta: FloatArray;
  /** The masks of the last minibatch: maskRows × nOut, 1 = kept. Hidden layers only. */
  readonly masks: Uint8Array;
  /** How often each neuron was kept, counted over every training draw. */
  readonly keepCounts: Float64Array;
  /** Gaussian dropout: the current example's noise factor per neuron. Hidden layers only. */
  readonly factors: FloatArray;
  /** Gaussian dropout: the factors of the last minibatch, maskRows × nOut. Hidden layers only. */
  readonly noise: Float32Array;
  /** DropConnect: 0 or 1/(1 − p) per weight for the current example (layers that read a hidden layer; rows whose input and gate are 0 are not written). */
  readonly edgeScale: FloatArray;
  /** DropConnect: the keep flags of the weights for the first example of the last minibatch, w's layout. */
  readonly edgeMask: Uint8Array;
}

const SchemeCode = { bernoulli: 0, gaussian: 1, dropconnect: 2 } as const satisfies Record<DropoutSchemeName, number>;

export interface MlpOptions {
  hiddenLayers: readonly number[];
  activation: Activation;
  precision?: Precision;
  /** Rows of mask storage: the largest minibatch whose masks are kept for drawing. */
  maskRows?: number;
}

/** A 1-input, 1-output multilayer perceptron with a dropout kernel on its hidden layers. */
export class Mlp {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly precision: Precision;
  readonly maskRows: number;
  readonly params: FloatArray;
  readonly grads: FloatArray;
  /** [start, end) ranges of `params` that hold weights (the L2 penalty applies there, not to biases). */
  readonly weightRanges: ReadonlyArray<readonly [number, number]>;
  /** Hidden layers first, the linear output layer last. */
  readonly layers: readonly Layer[];
  /** Mask draws per neuron so far (the denominator of keepCounts). */
  maskDraws = 0;
  /** The dropout scheme set by setDropout. */
  scheme: DropoutSchemeName = 'bernoulli';

  private readonly act: ActivationCode;
  private readonly dropP: Float64Array;
  private readonly thresholds: Float64Array;
  private readonly trainScales: Float64Array;
  private readonly gradScales: Float64Array;
  private readonly evalScales: Float64Array;
  /** Gaussian dropout's noise std per hidden layer. */
  private readonly noiseStds: Float64Array;
  /** DropConnect's keep scale 1/(1 − p) per hidden layer, for the weights that read it. */
  private readonly edgeScales: Float64Array;
  /** DropConnect's keep threshold (edgeKeepThreshold) per hidden layer, for the weights that read it. */
  private readonly edgeThresholds: Float64Array;
  private schemeCode: number = SchemeCode.bernoulli;
  private readonly activeIndex: Int32Array;
  private readonly activeValue: FloatArray;
  /** DropConnect's scratch for the sparse backward (activeIndex/activeValue). */
  private readonly edgeScratch: EdgeScratch;

  constructor(options: MlpOptions) {
    this.sizes = [1, ...options.hiddenLayers, 1];
    this.activation = options.activation;
    this.act = activationCode(options.activation);
    this.precision = options.precision ?? 'f32';
    this.maskRows = Math.max(1, options.maskRows ?? 1);
    let total = 0;
    for (let l = 1; l < this.sizes.length; l++) total += this.sizes[l - 1] * this.sizes[l] + this.sizes[l];
    this.params = allocFloats(this.precision, total);
    this.grads = allocFloats(this.precision, total);
    const layers: Layer[] = [];
    const ranges: Array<readonly [number, number]> = [];
    let offset = 0;
    for (let l = 1; l < this.sizes.length; l++) {
      const nIn = this.sizes[l - 1];
      const nOut = this.sizes[l];
      const hidden = l < this.sizes.length - 1;
      const readsHidden = l > 1;
      const wEnd = offset + nIn * nOut;
      ranges.push([offset, wEnd]);
      layers.push({
        nIn,
        nOut,
        w: this.params.subarray(offset, wEnd),
        b: this.params.subarray(wEnd, wEnd + nOut),
        gw: this.grads.subarray(offset, wEnd),
        gb: this.grads.subarray(wEnd, wEnd + nOut),
        h: allocFloats(this.precision, nOut),
        a: allocFloats(this.precision, nOut),
        gate: allocFloats(this.precision, nOut),
        delta: allocFloats(this.precision, nOut),
        masks: new Uint8Array(hidden ? this.maskRows * nOut : 0).fill(1),
        keepCounts: new Float64Array(hidden ? nOut : 0),
        factors: allocFloats(this.precision, hidden ? nOut : 0),
        noise: new Float32Array(hidden ? this.maskRows * nOut : 0).fill(1),
        edgeScale: allocFloats(this.precision, readsHidden ? nIn * nOut : 0),
        edgeMask: new Uint8Array(readsHidden ? nIn * nOut : 0).fill(1),
      });
      offset = wEnd + nOut;
    }
    this.layers = layers;
    this.weightRanges = ranges;
    const hiddenCount = options.hiddenLayers.length;
    this.dropP = new Float64Array(hiddenCount);
    this.thresholds = new Float64Array(hiddenCount);
    this.trainScales = new Float64Array(hiddenCount);
    this.gradScales = new Float64Array(hiddenCount);
    this.evalScales = new Float64Array(hiddenCount);
    this.noiseStds = new Float64Array(hiddenCount);
    this.edgeScales = new Float64Array(hiddenCount);
    this.edgeThresholds = new Float64Array(hiddenCount);
    this.setDropout(new Array<number>(hiddenCount).fill(0), 'inverted');
    const widest = Math.max(...this.sizes);
    this.activeIndex = new Int32Array(widest);
    this.activeValue = allocFloats(this.precision, widest);
    this.edgeScratch = { index: this.activeIndex, value: this.activeValue };
  }

  get hiddenCount(): number {
    return this.layers.length - 1;
  }

  /**
   * Sets the drop probability of each hidden layer, the Bernoulli variant and the scheme;
   * the training loop reads the numbers computed here. The variant applies to Bernoulli
   * dropout only: Gaussian dropout and DropConnect scale like inverted dropout.
   */
  setDropout(p: readonly number[], variant: DropoutVariant, scheme: DropoutSchemeName = 'bernoulli'): void {
    const bernoulli = scheme === 'bernoulli';
    const scaling = DROPOUT_SCALINGS[DROPOUT_SCHEMES[scheme].usesVariant ? variant : 'inverted'];
    this.scheme = scheme;
    this.schemeCode = SchemeCode[scheme];
    for (let l = 0; l < this.dropP.length; l++) {
      const pl = p[l] ?? 0;
      this.dropP[l] = pl;
      this.thresholds[l] = scaling.keepThreshold(pl);
      this.trainScales[l] = bernoulli ? scaling.trainScale(pl) : 1;
      this.gradScales[l] = bernoulli ? scaling.keptGradient(pl) : 1;
      this.evalScales[l] = bernoulli ? scaling.evalScale(pl) : 1;
      this.noiseStds[l] = gaussianNoiseStd(pl);
      this.edgeScales[l] = scaling.trainScale(pl);
      this.edgeThresholds[l] = edgeKeepThreshold(pl);
    }
  }

  /** The activation, as the kernel's code. */
  get activationCode(): ActivationCode {
    return this.act;
  }

  /** What hidden layer l's outputs are multiplied by at test time (1 − p for classic dropout, else 1). */
  evalScaleOf(layer: number): number {
    return this.evalScales[layer];
  }

  dropoutOf(layer: number): number {
    return this.dropP[layer];
  }

  /** The keep threshold of a hidden layer's mask draw (see keepFlag). */
  keepThresholdOf(layer: number): number {
    return this.thresholds[layer];
  }

  /** He initialisation for ReLU, Glorot for tanh and sigmoid; the linear output layer gets LeCun. Biases start at 0. */
  initialize(rng: Rng): void {
    for (let l = 0; l < this.layers.length; l++) {
      const { nIn, nOut, w, b } = this.layers[l];
      const isOutput = l === this.layers.length - 1;
      const variance = isOutput ? 1 / nIn : this.act === ActivationCode.relu ? 2 / nIn : 2 / (nIn + nOut);
      const std = Math.sqrt(variance);
      for (let k = 0; k < w.length; k++) w[k] = std * rng.gaussian();
      b.fill(0);
    }
  }

  zeroGrads(): void {
    this.grads.fill(0);
  }

  resetKeepCounts(): void {
    for (const layer of this.layers) layer.keepCounts.fill(0);
    this.maskDraws = 0;
  }

  /**
   * Runs one example forward and returns the output. In train mode a mask is
   * drawn from `rng` for every hidden neuron; when `row` is within maskRows it
   * is stored there and counted in the keep statistics. fixedMask mode reads
   * the masks of `row` from `maskSource` (or the stored ones).
   */
  forward(x: number, mode: ForwardMode, rng: Rng | null = null, row = -1, maskSource: readonly Uint8Array[] | null = null): number {
    if (this.schemeCode !== SchemeCode.bernoulli && mode === ForwardMode.fixedMask) {
      throw new Error(`fixed-mask forward: masks are Bernoulli dropout's; replay the Rng state to hold ${this.scheme} noise fixed`);
    }
    if (this.schemeCode === SchemeCode.dropconnect && mode === ForwardMode.train) return this.forwardDropConnect(x, rng, row);
    const layers = this.layers;
    const hiddenCount = layers.length - 1;
    const record = mode === ForwardMode.train && row >= 0 && row < this.maskRows;
    if (record) this.maskDraws++;
    let input: FloatArray | null = null;
    for (let l = 0; l < hiddenCount; l++) {
      const layer = layers[l];
      if (input === null) this.firstLayerPreactivation(layer, x);
      else this.preactivation(layer, input);
      this.activateAndDrop(l, layer, mode, rng, row, record, maskSource);
      input = layer.a;
    }
    const out = layers[hiddenCount];
    const y = linearOutput(out.b, out.w, out.nIn, input as FloatArray);
    out.a[0] = y;
    return y;
  }

  /**
   * Accumulates ∂loss/∂θ into `grads` for the example last run forward, given
   * dy = ∂loss/∂y. Dropped neurons have gate 0, so no gradient flows through them.
   * Call it after a train or fixedMask forward: eval mode does not set the gates.
   */
  backward(x: number, dy: number): void {
    if (this.schemeCode === SchemeCode.dropconnect) {
      this.backwardDropConnect(x, dy);
      return;
    }
    const layers = this.layers;
    const hiddenCount = layers.length - 1;
    const out = layers[hiddenCount];
    const lastHidden = layers[hiddenCount - 1];
    out.gb[0] += dy;
    for (let i = 0; i < out.nIn; i++) {
      const v = lastHidden.a[i];
      if (v !== 0) out.gw[i] += v * dy;
      lastHidden.delta[i] = out.w[i] * dy;
    }
    const idx = this.activeIndex;
    const val = this.activeValue;
    for (let l = hiddenCount - 1; l >= 0; l--) {
      const { nOut, delta, gate, gb, gw, w } = layers[l];
      // delta becomes ∂loss/∂z; the non-zero entries are also gathered for the sparse path.
      let k = 0;
      for (let o = 0; o < nOut; o++) {
        const d = delta[o] * gate[o];
        delta[o] = d;
        if (d !== 0) {
          idx[k] = o;
          val[k] = d;
          k++;
          gb[o] += d;
        }
      }
      if (l === 0) {
        for (let j = 0; j < k; j++) gw[idx[j]] += x * val[j];
        continue;
      }
      const prev = layers[l - 1];
      if (2 * k > nOut) this.backwardDense(prev, nOut, delta, w, gw);
      else this.backwardSparse(prev, nOut, k, w, gw);
    }
  }

  /** Weight gradients and ∂loss/∂a of the previous layer when most of ∂loss/∂z is non-zero (tanh, sigmoid). */
  private backwardDense(prev: Layer, nOut: number, dz: FloatArray, w: FloatArray, gw: FloatArray): void {
    const { a: prevA, gate: prevGate, delta: prevDelta } = prev;
    for (let i = 0; i < prev.nOut; i++) {
      const ai = prevA[i];
      const row = i * nOut;
      if (prevGate[i] !== 0) {
        let s = 0;
        if (ai !== 0) {
          for (let o = 0; o < nOut; o++) {
            const d = dz[o];
            gw[row + o] += ai * d;
            s += w[row + o] * d;
          }
        } else {
          for (let o = 0; o < nOut; o++) s += w[row + o] * dz[o];
        }
        prevDelta[i] = s;
      } else {
        prevDelta[i] = 0;
        if (ai !== 0) for (let o = 0; o < nOut; o++) gw[row + o] += ai * dz[o];
      }
    }
  }

  /** The same over the k gathered non-zero entries of ∂loss/∂z (ReLU and dropout make most of them zero). */
  private backwardSparse(prev: Layer, nOut: number, k: number, w: FloatArray, gw: FloatArray): void {
    const idx = this.activeIndex;
    const val = this.activeValue;
    const { a: prevA, gate: prevGate, delta: prevDelta } = prev;
    for (let i = 0; i < prev.nOut; i++) {
      const ai = prevA[i];
      const row = i * nOut;
      if (prevGate[i] !== 0) {
        let s = 0;
        if (ai !== 0) {
          for (let j = 0; j < k; j++) {
            const o = row + idx[j];
            const dv = val[j];
            gw[o] += ai * dv;
            s += w[o] * dv;
          }
        } else {
          for (let j = 0; j < k; j++) s += w[row + idx[j]] * val[j];
        }
        prevDelta[i] = s;
      } else {
        prevDelta[i] = 0;
        if (ai !== 0) for (let j = 0; j < k; j++) gw[row + idx[j]] += ai * val[j];
      }
    }
  }

  private firstLayerPreactivation(layer: Layer, x: number): void {
    firstLayerPreactivation(layer.h, layer.b, layer.w, layer.nOut, x);
  }

  /** z = b + Σ_i input_i · w_i·, skipping zero inputs (ReLU and dropout make many), four rows at a time. */
  private preactivation(layer: Layer, input: FloatArray): void {
    const k = gatherNonZero(input, layer.nIn, layer.nOut, this.activeIndex, this.activeValue);
    accumulateRows(layer.h, layer.b, layer.w, layer.nOut, this.activeIndex, this.activeValue, k);
  }

  /** h = f(z) in place, then the dropout kernel: mask, scale and the backward gate, in one pass. */
  private activateAndDrop(
    l: number,
    layer: Layer,
    mode: ForwardMode,
    rng: Rng | null,
    row: number,
    record: boolean,
    maskSource: readonly Uint8Array[] | null,
  ): void {
    const { nOut, h, a, gate, masks, keepCounts } = layer;
    const act = this.act;
    applyActivation(act, h, nOut);
    if (mode === ForwardMode.eval) {
      const s = this.evalScales[l];
      for (let o = 0; o < nOut; o++) a[o] = h[o] * s;
      return;
    }
    if (this.schemeCode !== SchemeCode.bernoulli) {
      this.activateWithNoise(l, layer, rng, row, record);
      return;
    }
    const scale = this.trainScales[l];
    const gradScale = this.gradScales[l];
    const base = row * nOut;
    let source: Uint8Array | null = null;
    if (mode === ForwardMode.fixedMask) {
      source = maskSource ? maskSource[l] : masks;
      if (row < 0 || base + nOut > source.length) throw new RangeError(`fixed-mask forward: no mask row ${row} in layer ${l}`);
    }
    const sampling = mode === ForwardMode.train && this.dropP[l] > 0;
    if (sampling && rng === null) throw new Error('train-mode forward with dropout needs an Rng');
    const threshold = this.thresholds[l];
    for (let o = 0; o < nOut; o++) {
      let kept = 1;
      if (sampling) kept = keepFlag((rng as Rng).nextU32(), threshold);
      else if (source !== null) kept = source[base + o];
      if (record) {
        masks[base + o] = kept;
        keepCounts[o] += kept;
      }
      const hv = h[o];
      a[o] = hv * (kept * scale) + 0; // + 0 turns the −0 of a dropped negative h into +0
      // f′ in terms of h = f(z); for ReLU h ≥ 0, so sign(h) is its derivative.
      gate[o] = kept * gradScale * (act === ActivationCode.relu ? Math.sign(hv) : act === ActivationCode.tanh ? 1 - hv * hv : hv * (1 - hv));
    }
  }

  /**
   * The train-mode step of Gaussian dropout (a = h · ε, ε ~ N(1, p/(1 − p)) per neuron)
   * and DropConnect's hidden layers (a = h: the noise is on the weights that read them).
   * Every neuron counts as kept in the keep statistics.
   */
  private activateWithNoise(l: number, layer: Layer, rng: Rng | null, row: number, record: boolean): void {
    const { nOut, h, a, gate, masks, keepCounts, factors, noise } = layer;
    const act = this.act;
    if (this.schemeCode === SchemeCode.gaussian && this.dropP[l] > 0) {
      if (rng === null) throw new Error('train-mode forward with dropout needs an Rng');
      fillGaussianFactors(rng, this.noiseStds[l], factors, nOut);
    } else {
      factors.fill(1);
    }
    const base = row * nOut;
    for (let o = 0; o < nOut; o++) {
      const e = factors[o];
      const hv = h[o];
      a[o] = hv * e;
      gate[o] = e * (act === ActivationCode.relu ? Math.sign(hv) : act === ActivationCode.tanh ? 1 - hv * hv : hv * (1 - hv));
      if (record) {
        masks[base + o] = 1;
        keepCounts[o] += 1;
        noise[base + o] = e;
      }
    }
  }

  /** True when layer l's weights read a hidden layer with p > 0 under DropConnect (so they carry an edge mask). */
  private dropsEdges(l: number): boolean {
    return this.schemeCode === SchemeCode.dropconnect && l > 0 && this.dropP[l - 1] > 0;
  }

  /** A train-mode forward under DropConnect: fresh edge masks per example; row 0's are kept for drawing. */
  private forwardDropConnect(x: number, rng: Rng | null, row: number): number {
    const layers = this.layers;
    const hiddenCount = layers.length - 1;
    const record = row >= 0 && row < this.maskRows;
    if (record) this.maskDraws++;
    for (let l = 0; l <= hiddenCount; l++) {
      const layer = layers[l];
      const z = l === hiddenCount ? layer.a : layer.h;
      if (l === 0) this.firstLayerPreactivation(layer, x);
      else if (this.dropsEdges(l)) {
        if (rng === null) throw new Error('train-mode forward with dropout needs an Rng');
        // One key per layer and example from the mask stream, whatever the values (see drop-connect.ts).
        const key = rng.nextU32();
        const threshold = this.edgeThresholds[l - 1];
        edgePreactivation(layer, layers[l - 1].a, layers[l - 1].gate, z, key, threshold, this.edgeScales[l - 1]);
        if (record && row === 0) writeEdgeMask(key, threshold, layer.edgeMask);
      } else if (l < hiddenCount) this.preactivation(layer, layers[l - 1].a);
      else {
        let y = layer.b[0];
        const prev = layers[l - 1].a;
        for (let i = 0; i < layer.nIn; i++) y += prev[i] * layer.w[i];
        layer.a[0] = y;
      }
      if (l < hiddenCount) {
        applyActivation(this.act, layer.h, layer.nOut);
        this.activateWithNoise(l, layer, rng, row, record);
      }
    }
    return layers[hiddenCount].a[0];
  }

  /** Backward after a DropConnect forward: dense, through each weight's 0 or 1/(1 − p). */
  private backwardDropConnect(x: number, dy: number): void {
    const layers = this.layers;
    const hiddenCount = layers.length - 1;
    const out = layers[hiddenCount];
    out.delta[0] = dy;
    out.gb[0] += dy;
    for (let l = hiddenCount; l >= 0; l--) {
      const layer = layers[l];
      const { nOut, delta, gate, gb } = layer;
      if (l < hiddenCount) {
        for (let o = 0; o < nOut; o++) {
          const d = delta[o] * gate[o];
          delta[o] = d;
          gb[o] += d;
        }
      }
      if (l === 0) {
        for (let o = 0; o < nOut; o++) layer.gw[o] += x * delta[o];
        continue;
      }
      const prev = layers[l - 1];
      if (this.dropsEdges(l)) edgeBackward(layer, prev.a, prev.gate, delta, prev.delta, this.edgeScratch);
      else denseBackward(layer, prev.a, delta, prev.delta);
    }
  }
}

/** ∂loss/∂w and ∂loss/∂input of a fully connected layer, dense (DropConnect's layers without an edge mask). */
function denseBackward(layer: Layer, input: FloatArray, dz: FloatArray, inputDelta: FloatArray): void {
  const { nIn, nOut, w, gw } = layer;
  for (let i = 0; i < nIn; i++) {
    const v = input[i];
    const row = i * nOut;
    let s = 0;
    for (let o = 0; o < nOut; o++) {
      const d = dz[o];
      gw[row + o] += v * d;
      s += w[row + o] * d;
    }
    inputDelta[i] = s;
  }
}
