/**
 * The panels' per-frame drawing, spread over animation frames when it is too
 * much for one. A telemetry commit asks every panel to draw; the draws run
 * right after the commit, until DRAW_SLICE_MS have gone by; the rest run in
 * the next animation frame (and so on). A panel asked again before it drew
 * draws once, with the latest data, in its place in the queue. So no frame
 * is held for long by drawing, and input is answered between the slices.
 */

/** Drawing time per animation frame before the remaining panels wait for the next. */
export const DRAW_SLICE_MS = 8;

export interface DrawScheduler {
  now(): number;
  /** Runs a callback after the current task (a microtask). */
  soon(callback: () => void): void;
  requestFrame(callback: () => void): void;
}

export class DrawQueue {
  private readonly pending = new Map<object, () => void>();
  private scheduled = false;

  constructor(
    private readonly scheduler: DrawScheduler,
    private readonly sliceMs = DRAW_SLICE_MS,
  ) {}

  /** Asks `owner` to draw with `draw`; an earlier request of the same owner that has not run yet is replaced. */
  request(owner: object, draw: () => void): void {
    const waiting = this.pending.has(owner);
    this.pending.set(owner, draw);
    if (waiting || this.scheduled) return;
    this.scheduled = true;
    this.scheduler.soon(() => this.run());
  }

  /** Forgets `owner`'s request (a panel that unmounts). */
  cancel(owner: object): void {
    this.pending.delete(owner);
  }

  private run(): void {
    this.scheduled = false;
    const start = this.scheduler.now();
    for (const [owner, draw] of this.pending) {
      this.pending.delete(owner);
      draw();
      if (this.pending.size > 0 && this.scheduler.now() - start >= this.sliceMs) {
        this.scheduled = true;
        this.scheduler.requestFrame(() => this.run());
        return;
      }
    }
  }
}
