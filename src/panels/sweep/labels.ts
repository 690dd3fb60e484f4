import { formatP } from '../../experiment/p-format';
/** Texts of the sweep view: progress, time left, the plan, and point labels. */
import type { SweepPlan } from '../../experiment/sweep-plan';
import type { DropoutVerdict, SweepPoint } from './summary';
import { STRINGS } from '../kit/strings';

/** "about 17 s left", "about 3 min left"; null when there is no estimate yet. Seconds count down one by one. */
export function formatTimeLeft(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return null;
  const s = ms / 1000;
  if (s < 1.5) return STRINGS.sweep.secondsLeft(1);
  if (s < 59.5) return STRINGS.sweep.secondsLeft(Math.round(s));
  const min = s / 60;
  if (min < 10) {
    const half = Math.round(min * 2) / 2;
    return STRINGS.sweep.minutesLeft(half % 1 === 0 ? half : half.toFixed(1));
  }
  return STRINGS.sweep.minutesLeft(Math.round(min));
}

/** "12 of 45 runs · about 20 s left", or "· estimating time left…" until there is an estimate. */
export function progressText(done: number, total: number, etaMs: number | null): string {
  const runs = STRINGS.sweep.of(done, STRINGS.sweep.count(total, 'run'));
  return STRINGS.sweep.withTimeLeft(runs, formatTimeLeft(etaMs) ?? STRINGS.sweep.estimating);
}

/** A duration: "9.1 s", "1 min 32 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = ms / 1000;
  if (s < 60) return STRINGS.sweep.seconds(s.toFixed(1));
  const whole = Math.round(s);
  return STRINGS.sweep.minutesSeconds(Math.floor(whole / 60), whole % 60);
}

/** What a sweep will do: "9 values of p × 5 seeds = 45 runs of 2,000 steps". */
export function planText(plan: SweepPlan): string {
  const seeds = STRINGS.sweep.count(plan.seeds, 'seed');
  const steps = STRINGS.sweep.steps(plan.steps);
  if (plan.kind === 'p') {
    const runs = plan.values.length * plan.seeds;
    return STRINGS.sweep.planP(plan.values.length, seeds, STRINGS.sweep.count(runs, 'run'), steps);
  }
  const runs = plan.values.length * plan.series.length * plan.seeds;
  const ps = plan.series.map((p) => STRINGS.sweep.pValue(formatP(p))).join(STRINGS.sweep.and);
  return STRINGS.sweep.planN(plan.values.length, ps, seeds, STRINGS.sweep.count(runs, 'run'), steps);
}

/** The grid value as the x axis names it: "p = 0.5" or "N = 64". */
export function valueText(kind: SweepPlan['kind'], value: number): string {
  return kind === 'p' ? STRINGS.sweep.pValue(formatP(value)) : STRINGS.sweep.nValue(value);
}

/** A point's accessible name, which also says what a click does. */
export function pointLabel(kind: SweepPlan['kind'], point: SweepPoint, format: (v: number) => string, best: boolean): string {
  const where = kind === 'p' ? valueText('p', point.value) : STRINGS.sweep.nAndP(point.value, formatP(point.p));
  const seeds = STRINGS.sweep.count(point.count, 'seed');
  const diverged = point.diverged > 0 ? STRINGS.sweep.count(point.diverged, 'run') : null;
  return STRINGS.sweep.pointLabel(
    where,
    format(point.test.mean),
    format(point.test.min),
    format(point.test.max),
    seeds,
    format(point.train.mean),
    diverged,
    best,
  );
}

/** For an N sweep: where dropout lowered the mean test MSE and where it did not. */
export function verdictText(verdicts: readonly DropoutVerdict[], p: number): string | null {
  if (verdicts.length === 0) return null;
  const helps = verdicts.filter((v) => v.difference < 0).map((v) => v.n);
  const not = verdicts.filter((v) => v.difference >= 0).map((v) => v.n);
  const list = (ns: number[]) => ns.join(', ');
  const dropout = STRINGS.sweep.verdict.dropout(formatP(p));
  if (not.length === 0) return STRINGS.sweep.verdict.everywhere(dropout, list(helps));
  if (helps.length === 0) return STRINGS.sweep.verdict.nowhere(dropout, list(not));
  return STRINGS.sweep.verdict.mixed(dropout, list(helps), list(not));
}
