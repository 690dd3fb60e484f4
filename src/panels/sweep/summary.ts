/**
 * The sweep's results gathered per grid value and series: mean, min and max
 * over the seeds of the eval-mode train and test MSE, and the best p.
 * Non-finite results (a diverged run) are counted but left out of the numbers.
 */
import type { SweepResult } from '../../sweep/protocol';
import type { SweepPlan } from '../../experiment/sweep-plan';

export interface Spread {
  /** NaN when no seed gave a finite value. */
  mean: number;
  min: number;
  max: number;
}

export interface SweepPoint {
  /** The grid value: p, or N. */
  value: number;
  /** The drop probability of the series. */
  p: number;
  /** Runs finished at this point, and how many of them diverged. */
  count: number;
  diverged: number;
  train: Spread;
  test: Spread;
}

export interface SweepSeries {
  /** The series' p (for a p sweep, the single series has p = NaN: p is the x value). */
  p: number;
  /** Points with at least one result, in grid order. */
  points: SweepPoint[];
}

function spread(values: readonly number[]): Spread {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { mean: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sum = finite.reduce((s, v) => s + v, 0);
  return { mean: sum / finite.length, min: Math.min(...finite), max: Math.max(...finite) };
}

/** One series for a p sweep; one per p for an N sweep. */
export function summarize(plan: SweepPlan, results: readonly SweepResult[]): SweepSeries[] {
  const seriesPs = plan.kind === 'p' ? [Number.NaN] : plan.series;
  return seriesPs.map((p) => {
    const points: SweepPoint[] = [];
    for (const value of plan.values) {
      const runs = results.filter((r) => r.value === value && (plan.kind === 'p' || r.p === p));
      if (runs.length === 0) continue;
      points.push({
        value,
        p: plan.kind === 'p' ? value : p,
        count: runs.length,
        diverged: runs.filter((r) => !Number.isFinite(r.testMse) || !Number.isFinite(r.trainMse)).length,
        train: spread(runs.map((r) => r.trainMse)),
        test: spread(runs.map((r) => r.testMse)),
      });
    }
    return { p, points };
  });
}

/** The point with the lowest mean test MSE, or null when none has a finite mean. */
export function bestPoint(points: readonly SweepPoint[]): SweepPoint | null {
  let best: SweepPoint | null = null;
  for (const point of points) {
    if (!Number.isFinite(point.test.mean)) continue;
    if (best === null || point.test.mean < best.test.mean) best = point;
  }
  return best;
}

export interface DropoutVerdict {
  n: number;
  /** Mean test MSE with dropout minus without: negative when dropout helps. */
  difference: number;
}

/** For an N sweep (two series: p = 0 first): per N with both means, the test-MSE difference dropout makes. */
export function dropoutVerdicts(series: readonly SweepSeries[]): DropoutVerdict[] {
  if (series.length < 2) return [];
  const [without, withDropout] = series;
  const out: DropoutVerdict[] = [];
  for (const a of without.points) {
    const b = withDropout.points.find((q) => q.value === a.value);
    if (b === undefined || !Number.isFinite(a.test.mean) || !Number.isFinite(b.test.mean)) continue;
    out.push({ n: a.value, difference: b.test.mean - a.test.mean });
  }
  return out;
}
