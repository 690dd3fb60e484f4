import type { Rng } from './rng';

/**
 * Minibatch order over N examples, reshuffled at the start of every epoch
 * from its own random stream. The last minibatch of an epoch may be smaller.
 */
export class MinibatchSampler {
  private readonly order: Int32Array;
  private cursor = 0;
  private size: number;
  epoch = 0;

  constructor(
    readonly count: number,
    private readonly rng: Rng,
    batchSize: number,
  ) {
    this.order = new Int32Array(count);
    for (let i = 0; i < count; i++) this.order[i] = i;
    this.size = this.effectiveSize(batchSize);
  }

  /** 0 or ≥ N means full batch. Applies from the next minibatch. */
  setBatchSize(batchSize: number): void {
    this.size = this.effectiveSize(batchSize);
  }

  get batchSize(): number {
    return this.size;
  }

  get isFullBatch(): boolean {
    return this.size >= this.count;
  }

  /** Writes the next minibatch's example indices into `out`; returns how many. */
  next(out: Int32Array): number {
    const full = this.isFullBatch;
    if (this.cursor === 0 && !full) this.rng.shuffle(this.order);
    const take = Math.min(this.size, this.count - this.cursor);
    for (let i = 0; i < take; i++) out[i] = this.order[this.cursor + i];
    this.cursor += take;
    if (this.cursor >= this.count) {
      this.cursor = 0;
      this.epoch++;
    }
    return take;
  }

  private effectiveSize(batchSize: number): number {
    return batchSize <= 0 || batchSize >= this.count ? this.count : Math.floor(batchSize);
  }
}
