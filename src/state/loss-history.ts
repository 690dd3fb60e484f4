import type { LossPoints } from '../training/protocol';

/** Most points a history keeps; a run of millions of steps is decimated down to this. */
export const HISTORY_CAPACITY = 4000;

/**
 * A run's loss curve with bounded memory. When full, every other point is
 * dropped and later points are taken at the doubled stride, so the curve stays
 * evenly spread over the run. The first point, the latest point and the point
 * with the best test loss (for early stopping) are always kept.
 */
export class LossHistory {
  readonly step: number[] = [];
  readonly train: number[] = [];
  readonly test: number[] = [];
  readonly batch: number[] = [];
  private stride = 1;
  private received = 0;
  /** The last point is only there because it is the latest; the next point replaces it. */
  private provisionalTail = false;
  private best = -1;

  constructor(private readonly capacity = HISTORY_CAPACITY) {}

  get length(): number {
    return this.step.length;
  }

  /** Index of the point with the lowest finite test loss, or -1. */
  get bestIndex(): number {
    return this.best;
  }

  append(points: LossPoints): void {
    for (let i = 0; i < points.step.length; i++) this.push(points.step[i], points.train[i], points.test[i], points.batch[i]);
  }

  push(step: number, train: number, test: number, batch: number): void {
    const last = this.step.length - 1;
    if (this.provisionalTail && last !== this.best) this.pop();
    const onStride = this.received % this.stride === 0;
    this.received++;
    this.step.push(step);
    this.train.push(train);
    this.test.push(test);
    this.batch.push(batch);
    this.provisionalTail = !onStride;
    const index = this.step.length - 1;
    if (Number.isFinite(test) && (this.best < 0 || test < this.test[this.best])) this.best = index;
    if (this.step.length > this.capacity) this.compact();
  }

  clear(): void {
    for (const a of [this.step, this.train, this.test, this.batch]) a.length = 0;
    this.stride = 1;
    this.received = 0;
    this.provisionalTail = false;
    this.best = -1;
  }

  /** Drops the points at `step` and after (a run resumed from an earlier state will replay them). */
  dropFrom(step: number): void {
    let end = this.step.length;
    while (end > 0 && this.step[end - 1] >= step) end--;
    if (end === this.step.length) return;
    for (const a of [this.step, this.train, this.test, this.batch]) a.length = end;
    this.provisionalTail = false;
    if (this.best >= end) {
      this.best = -1;
      for (let i = 0; i < end; i++) {
        const t = this.test[i];
        if (Number.isFinite(t) && (this.best < 0 || t < this.test[this.best])) this.best = i;
      }
    }
  }

  /** A deep copy (for Undo). */
  clone(): LossHistory {
    const copy = new LossHistory(this.capacity);
    copy.step.push(...this.step);
    copy.train.push(...this.train);
    copy.test.push(...this.test);
    copy.batch.push(...this.batch);
    copy.stride = this.stride;
    copy.received = this.received;
    copy.provisionalTail = this.provisionalTail;
    copy.best = this.best;
    return copy;
  }

  private pop(): void {
    this.step.pop();
    this.train.pop();
    this.test.pop();
    this.batch.pop();
  }

  private compact(): void {
    const last = this.step.length - 1;
    const keep = (i: number) => i % 2 === 0 || i === last || i === this.best;
    let w = 0;
    let best = -1;
    for (let i = 0; i <= last; i++) {
      if (!keep(i)) continue;
      if (i === this.best) best = w;
      this.step[w] = this.step[i];
      this.train[w] = this.train[i];
      this.test[w] = this.test[i];
      this.batch[w] = this.batch[i];
      w++;
    }
    for (const a of [this.step, this.train, this.test, this.batch]) a.length = w;
    this.best = best;
    this.stride *= 2;
  }
}
