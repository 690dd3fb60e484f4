/**
 * Which dropout masks the network panel shows. At full speed the worker
 * sends a new random mask with every frame (dozens a second): nobody can see
 * that, and every change restyles the neurons. So a mask stays on screen for
 * at least MASK_HOLD_MS while training runs fast; in slow motion (one step
 * per frame), when paused or stepping, and on a new run, every frame's mask
 * shows at once.
 */
import type { Frame } from '../../training/protocol';

/** About four new masks a second: a rate a person can follow. */
export const MASK_HOLD_MS = 250;

interface Shown {
  readonly runVersion: number;
  readonly step: number;
  readonly time: number;
  /** Masks per run of the frame they came from, in its run order. */
  readonly masks: readonly (readonly Uint8Array[])[];
}

export class MaskHold {
  private shown: Shown | null = null;

  constructor(private readonly holdMs = MASK_HOLD_MS) {}

  /** The masks to show with `frame` at time `now` (ms), per run in the frame's order. */
  masksFor(frame: Frame, now: number): readonly (readonly Uint8Array[])[] {
    const step = frame.runs[0]?.step ?? 0;
    const last = this.shown;
    const sameRun = last !== null && last.runVersion === frame.runVersion && last.masks.length === frame.runs.length;
    // The same frame drawn again (the panel re-rendered) neither changes the mask nor restarts the hold.
    if (sameRun && frame.playing && step === last.step) return last.masks;
    const fresh = !sameRun || !frame.playing || step < last.step || step === last.step + 1 || now - last.time >= this.holdMs;
    if (fresh) this.shown = { runVersion: frame.runVersion, step, time: now, masks: frame.runs.map((r) => r.masks) };
    return this.shown?.masks ?? [];
  }
}
