/**
 * Marks whose data changes rarely (the data points, the true function) need
 * not be rasterised every frame: a run of consecutive still marks is painted
 * once into a bitmap and copied onto the canvas each frame, until what it
 * depends on changes. Order is kept: the marks between two still runs are
 * painted between the two copies.
 */
import type { FitMark } from './fit-marks';

export interface MarkRun {
  readonly still: boolean;
  readonly marks: readonly FitMark[];
}

/** Consecutive still marks as one run each; every other mark a run of its own. */
export function markRuns(marks: readonly FitMark[]): MarkRun[] {
  const runs: MarkRun[] = [];
  for (const mark of marks) {
    const last = runs.at(-1);
    if (mark.still === true && last?.still === true) runs[runs.length - 1] = { still: true, marks: [...last.marks, mark] };
    else runs.push({ still: mark.still === true, marks: [mark] });
  }
  return runs;
}

/** What a still run's bitmap shows: each mark's data (by identity), size and style, and `context` (scales, canvas size). */
export function stillKey(marks: readonly FitMark[], context: readonly unknown[]): unknown[] {
  const parts: unknown[] = [...context];
  for (const mark of marks) {
    const { stroke, fill, width, dash, opacity, round } = mark.style;
    parts.push(mark.id, mark.kind, mark.xs, mark.kind === 'band' ? mark.mean : mark.ys, mark.kind === 'dots' ? mark.r : 0, mark.clip, mark.sy);
    parts.push(stroke, fill, width, dash?.join(' '), opacity, round);
  }
  return parts;
}

export function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((part, i) => Object.is(part, b[i]));
}
