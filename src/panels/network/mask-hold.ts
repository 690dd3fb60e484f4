/**
 * Which dropout noise the network panel shows (Bernoulli masks, Gaussian
 * factors, DropConnect's kept weights). At full speed the worker sends new
 * random noise with every frame (dozens a second): nobody can see that, and
 * every change restyles the neurons. So the noise stays on screen for at
 * least MASK_HOLD_MS while training runs fast; in slow motion (one step per
 * frame), when paused or stepping, and on a new run, every frame's noise
 * shows at once.
 */
import type { Frame, RunFrame } from '../../training/protocol';

/** The noise of one run's frame that the panel draws, held together so that it always belongs to one step. */
export type RunNoise = Pick<RunFrame, 'masks' | 'neuronFactors' | 'keptEdges' | 'dropout'>;

const noiseOf = ({ masks, neuronFactors, keptEdges, dropout }: RunFrame): RunNoise => ({ masks, neuronFactors, keptEdges, dropout });

/** About four new masks a second: a rate a person can follow. */
export const MASK_HOLD_MS = 250;

interface Shown {
  readonly runVersion: number;
  readonly step: number;
  readonly time: number;
  /** Noise per run of the frame it came from, in its run order. */
  readonly noise: readonly RunNoise[];
}

export class MaskHold {
  private shown: Shown | null = null;

  constructor(private readonly holdMs = MASK_HOLD_MS) {}

  /** The noise to show with `frame` at time `now` (ms), per run in the frame's order. */
  noiseFor(frame: Frame, now: number): readonly RunNoise[] {
    const step = frame.runs[0]?.step ?? 0;
    const last = this.shown;
    const sameRun = last !== null && last.runVersion === frame.runVersion && last.noise.length === frame.runs.length;
    // The same frame drawn again (the panel re-rendered) neither changes the mask nor restarts the hold.
    if (sameRun && frame.playing && step === last.step) return last.noise;
    const fresh = !sameRun || !frame.playing || step < last.step || step === last.step + 1 || now - last.time >= this.holdMs;
    if (fresh) this.shown = { runVersion: frame.runVersion, step, time: now, noise: frame.runs.map(noiseOf) };
    return this.shown?.noise ?? [];
  }
}
