import type { ModelConfig } from './config';
import type { Precision } from './floats';
import { MinibatchSampler } from './minibatch';
import { ForwardMode, Mlp } from './mlp';
import { Optimizer } from './optimizers';
import { Rng, Stream } from './rng';

export interface TrainSet {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
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
    this.net.setDropout(config.dropout, config.variant);
    this.optimizer.configure(config);
    this.sampler.setBatchSize(config.batchSize);
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
    this.optimizer.step(net.params, net.grads, net.weightRanges);
    this.lastBatchSize = count;
    this.step++;
    return loss / count;
  }
}
