import type { ModelConfig } from './config';
import type { FloatArray, Precision } from './floats';
import { MinibatchSampler, type SamplerState, samplerStateProblem } from './minibatch';
import { ForwardMode, Mlp } from './mlp';
import { Optimizer, type OptimizerState, optimizerStateProblem } from './optimizers';
import { Rng, type RngState, rngStateProblem, Stream } from './rng';

export interface TrainSet {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

/**
 * Everything a training step reads that earlier steps wrote: with it a run
 * resumes bit for bit as if it had never stopped. (The keep statistics and
 * the last minibatch's masks are for display only and start afresh.)
 */
export interface TrainingState {
  /** Optimizer steps taken. */
  step: number;
  /** Flat weights and biases. */
  params: FloatArray;
  optimizer: OptimizerState;
  /** Minibatch order: epoch, position, the epoch's permutation, the shuffle stream. */
  sampler: SamplerState;
  /** The dropout-mask stream. */
  maskRng: RngState;
}

/**
 * One training run: a network initialised from the seed's init stream, its
 * optimizer, and the minibatch and mask streams. Changing p, the variant, the
 * optimizer, the learning rate, L2 or the batch size applies live and keeps
 * the weights; the initial weights depend only on the seed and architecture.
 */
export class Training {
  readonly net: Mlp;
  readonly optimizer: Optimizer;
  readonly sampler: MinibatchSampler;
  readonly maskRng: Rng;
  private readonly batch: Int32Array;
  step = 0;
  /** Examples in the last minibatch (its masks are rows 0..lastBatchSize of each layer's store). */
  lastBatchSize = 0;

  constructor(
    config: ModelConfig,
    readonly train: TrainSet,
    readonly seed: number,
    precision: Precision = 'f32',
  ) {
    const n = train.x.length;
    this.net = new Mlp({ hiddenLayers: config.hiddenLayers, activation: config.activation, precision, maskRows: n });
    this.net.initialize(Rng.stream(seed, Stream.init));
    this.optimizer = new Optimizer(config, this.net.params.length, precision);
    this.sampler = new MinibatchSampler(n, Rng.stream(seed, Stream.batchOrder), config.batchSize);
    this.maskRng = Rng.stream(seed, Stream.masks);
    this.batch = new Int32Array(n);
    this.applyLive(config);
  }

  get epoch(): number {
    return this.sampler.epoch;
  }

  /** Applies the settings that do not need a rebuild (architecture and activation are fixed). */
  applyLive(config: ModelConfig): void {
    this.net.setDropout(config.dropout, config.variant, config.scheme);
    this.optimizer.configure(config);
    this.sampler.setBatchSize(config.batchSize);
  }

  /** A copy of the complete training state (allocates; the training step does not). */
  captureState(): TrainingState {
    return {
      step: this.step,
      params: this.net.params.slice(),
      optimizer: this.optimizer.capture(),
      sampler: this.sampler.capture(),
      maskRng: this.maskRng.state(),
    };
  }

  /** Why `state` cannot resume this run (it was captured from another network or data size), or null when it can. */
  stateProblem(state: TrainingState): string | null {
    if (!Number.isInteger(state.step) || state.step < 0) return `step must be an integer ≥ 0 (got ${state.step})`;
    const size = this.net.params.length;
    if (state.params.length !== size) return `params must hold ${size} numbers (got ${state.params.length})`;
    const optimizer = optimizerStateProblem(state.optimizer, size);
    if (optimizer !== null) return `optimizer: ${optimizer}`;
    const sampler = samplerStateProblem(state.sampler, this.sampler.count);
    if (sampler !== null) return `sampler: ${sampler}`;
    const rng = rngStateProblem(state.sampler.rng);
    if (rng !== null) return `sampler: rng ${rng}`;
    const mask = rngStateProblem(state.maskRng);
    return mask === null ? null : `maskRng ${mask}`;
  }

  /**
   * Continues from a captured state: the steps that follow are those the
   * captured run would have taken (the live settings stay as configured; an
   * optimizer state of another kind is dropped, as a live switch does).
   * Throws a RangeError, changing nothing, when the state does not fit.
   */
  restoreState(state: TrainingState): void {
    const problem = this.stateProblem(state);
    if (problem !== null) throw new RangeError(`training state: ${problem}`);
    this.net.params.set(state.params);
    this.optimizer.restore(state.optimizer);
    this.sampler.restore(state.sampler);
    this.maskRng.setState(state.maskRng);
    this.step = state.step;
    this.lastBatchSize = 0;
  }

  /** The example indices of the last minibatch. */
  lastBatch(): Int32Array {
    return this.batch.subarray(0, this.lastBatchSize);
  }

  /** One optimizer step on the next minibatch; returns its train-mode MSE (with dropout, without the L2 term). */
  trainStep(): number {
    const { net, batch, train } = this;
    const count = this.sampler.next(batch);
    net.zeroGrads();
    const dScale = 2 / count;
    let loss = 0;
    for (let b = 0; b < count; b++) {
      const i = batch[b];
      const x = train.x[i];
      const d = net.forward(x, ForwardMode.train, this.maskRng, b) - train.y[i];
      loss += d * d;
      net.backward(x, dScale * d);
    }
    this.optimizer.step(net.params, net.grads, net.weightRanges, this.step);
    this.lastBatchSize = count;
    this.step++;
    return loss / count;
  }
}
