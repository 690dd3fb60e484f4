import type { LossPoints } from '../protocol';

/** Loss points recorded since the last frame, handed over (and forgotten) when a frame is built. */
export class PendingHistory {
  private step: number[] = [];
  private train: number[] = [];
  private test: number[] = [];
  private batch: number[] = [];

  push(step: number, train: number, test: number, batch: number): void {
    this.step.push(step);
    this.train.push(train);
    this.test.push(test);
    this.batch.push(batch);
  }

  take(): LossPoints {
    const points: LossPoints = {
      step: Float64Array.from(this.step),
      train: Float32Array.from(this.train),
      test: Float32Array.from(this.test),
      batch: Float32Array.from(this.batch),
    };
    this.clear();
    return points;
  }

  clear(): void {
    this.step = [];
    this.train = [];
    this.test = [];
    this.batch = [];
  }
}
