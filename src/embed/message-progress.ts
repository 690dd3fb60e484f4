/**
 * What the embed API reports about training: the progress fields of
 * `dropout-lab:progress` and `dropout-lab:state`, read from the latest
 * worker frame. Plain JSON values only: a NaN or infinite loss becomes null.
 */
import { mainRun } from '../experiment/run-facts';
import type { Frame } from '../training/protocol';
import type { RunId } from '../experiment/types';

export interface RunProgress {
  id: RunId;
  /** Drop probability per hidden layer (all 0 for run A in compare mode). */
  p: number[];
  trainLoss: number | null;
  testLoss: number | null;
}

export interface Progress {
  step: number;
  epoch: number;
  /** Eval-mode MSE on the full training and test sets; run B's in compare mode. */
  trainLoss: number | null;
  testLoss: number | null;
  running: boolean;
  /** True when a run's loss became infinite; training then stays paused until a reset. */
  diverged: boolean;
  divergedAt: number | null;
  stepsPerSec: number | null;
  /** One entry per run: the run, or A (no dropout) and B (with dropout) in compare mode. */
  runs: RunProgress[];
}

/** A number that survives JSON: NaN and ±Infinity become null. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** The progress fields of a frame. The last run is the main one (run B in compare mode). */
export function progressOf(frame: Frame): Progress {
  const runs = frame.runs;
  const main = mainRun(runs);
  const divergedAts = runs.map((r) => r.divergedAt).filter((s): s is number => s !== null);
  return {
    step: main?.step ?? 0,
    epoch: main?.epoch ?? 0,
    trainLoss: main ? finiteOrNull(main.trainLoss) : null,
    testLoss: main ? finiteOrNull(main.testLoss) : null,
    running: frame.playing,
    diverged: runs.some((r) => r.diverged),
    divergedAt: divergedAts.length > 0 ? Math.min(...divergedAts) : null,
    stepsPerSec: finiteOrNull(frame.stepsPerSec),
    runs: runs.map((r) => ({
      id: r.run,
      p: r.dropout.map((p) => finiteOrNull(p) ?? 0),
      trainLoss: finiteOrNull(r.trainLoss),
      testLoss: finiteOrNull(r.testLoss),
    })),
  };
}
