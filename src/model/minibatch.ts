import type { Rng, RngState } from './rng';

/** Where a sampler stands: everything `next` reads besides the batch size. */
export interface SamplerState {
  /** Completed passes over the data. */
  epoch: number;
  /** Examples of the current epoch already handed out (0 at an epoch's start, where the next call reshuffles). */
  position: number;
  /** The current epoch's example order (a permutation of 0..N−1). */
  order: Int32Array;
  /** The shuffle stream. */
  rng: RngState;
}

/** Why `state` cannot resume a sampler over `count` examples, or null when it can. */
export function samplerStateProblem(state: SamplerState, count: number): string | null {
  if (!Number.isInteger(state.epoch) || state.epoch < 0) return `epoch must be an integer ≥ 0 (got ${state.epoch})`;
  if (!Number.isInteger(state.position) || state.position < 0 || state.position >= count) {
    return `position must be an integer from 0 to ${count - 1} (got ${state.position})`;
  }
  if (state.order.length !== count) return `order must list ${count} examples (got ${state.order.length})`;
  const seen = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const k = state.order[i];
    if (!(k >= 0 && k < count) || seen[k] === 1) return `order must be a permutation of 0 to ${count - 1} (entry ${i} is ${k})`;
    seen[k] = 1;
  }
  return null;
}

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

  /** A copy of where the sampler stands. */
  capture(): SamplerState {
    return { epoch: this.epoch, position: this.cursor, order: this.order.slice(), rng: this.rng.state() };
  }

  /** Continues from a captured state (the batch size stays as set); throws a RangeError if it does not fit. */
  restore(state: SamplerState): void {
    const problem = samplerStateProblem(state, this.count);
    if (problem !== null) throw new RangeError(`minibatch sampler: ${problem}`);
    this.rng.setState(state.rng);
    this.order.set(state.order);
    this.cursor = state.position;
    this.epoch = state.epoch;
  }

  private effectiveSize(batchSize: number): number {
    return batchSize <= 0 || batchSize >= this.count ? this.count : Math.floor(batchSize);
  }
}
