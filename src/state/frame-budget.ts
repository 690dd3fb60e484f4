/**
 * How often the panels may draw a training frame. Drawing a frame costs the
 * main thread its scripts plus the style, layout and paint that follow; on a
 * slow machine that can take longer than an animation frame, and drawing
 * every frame would leave no time for the page to answer the user. So the
 * cost of each drawn frame is measured (from the start of its commit to the
 * next animation frame), and frames are drawn at most as often as keeps that
 * cost under DRAW_SHARE of the main thread: when it falls behind, frames are
 * skipped (the worker waits for the page's ack, so nothing queues up). Right
 * after the user presses a key or a pointer, drawing pauses for a moment so
 * that the answer to the input is painted first.
 */

/** The share of the main thread that drawing training frames may take. */
export const DRAW_SHARE = 0.3;
/** However slow the machine, the panels still move this often. */
export const MAX_INTERVAL_MS = 250;
/** After a key or pointer press, no frame is drawn for this long. */
export const INPUT_QUIET_MS = 100;
/** One animation frame at 60 Hz: the part of commit-to-next-frame time that is not the commit's cost. */
const FRAME_MS = 1000 / 60;
/** Weight of the newest measurement in the running cost estimate. */
const SMOOTHING = 0.3;

export class FrameBudget {
  private costMs = 0;
  private lastCommit = -Infinity;
  private quietUntil = -Infinity;

  /** The running estimate of what drawing one frame costs the main thread (ms). */
  get cost(): number {
    return this.costMs;
  }

  /** The shortest time between two drawn frames now. */
  get intervalMs(): number {
    return Math.min(MAX_INTERVAL_MS, this.costMs / DRAW_SHARE);
  }

  /** Whether a frame may be drawn at time `now` (ms). */
  allows(now: number): boolean {
    return now >= this.quietUntil && now - this.lastCommit >= this.intervalMs;
  }

  /** A frame's commit started at `start`; its scripts took `scriptMs`; the next animation frame came at `next`. */
  measured(start: number, scriptMs: number, next: number): void {
    this.lastCommit = start;
    const sample = Math.max(0, scriptMs, next - start - FRAME_MS);
    this.costMs = this.costMs === 0 ? sample : (1 - SMOOTHING) * this.costMs + SMOOTHING * sample;
  }

  /** A frame's commit started at `start` (before its cost is known). */
  committed(start: number): void {
    this.lastCommit = start;
  }

  /** The user pressed a key or a pointer at `now`. */
  input(now: number): void {
    this.quietUntil = now + INPUT_QUIET_MS;
  }
}
