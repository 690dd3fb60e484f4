/** Texts of the sweep view: progress, time left, the plan, and point labels. */
import type { SweepPlan } from '../../worker/sweep-protocol';
import type { DropoutVerdict, SweepPoint } from './summary';

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** "about 20 s left", "about 3 min left"; null when there is no estimate yet. */
export function formatTimeLeft(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return null;
  const s = ms / 1000;
  if (s < 1.5) return 'about 1 s left';
  if (s < 10) return `about ${Math.round(s)} s left`;
  if (s < 60) return `about ${Math.round(s / 5) * 5} s left`;
  const min = s / 60;
  if (min < 10) {
    const half = Math.round(min * 2) / 2;
    return `about ${half % 1 === 0 ? half : half.toFixed(1)} min left`;
  }
  return `about ${Math.round(min)} min left`;
}

/** "12 of 45 runs · about 20 s left". */
export function progressText(done: number, total: number, etaMs: number | null): string {
  const runs = `${done.toLocaleString('en-US')} of ${plural(total, 'run')}`;
  const left = formatTimeLeft(etaMs);
  return left === null ? runs : `${runs} · ${left}`;
}

/** A duration: "9.1 s", "1 min 32 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** A drop probability as text: 0.5 → "0.5". */
export function formatP(p: number): string {
  return String(Number(p.toFixed(3)));
}

/** What a sweep will do: "9 values of p × 5 seeds = 45 runs of 2,000 steps". */
export function planText(plan: SweepPlan): string {
  const seeds = plural(plan.seeds, 'seed');
  const steps = `${plan.steps.toLocaleString('en-US')} steps`;
  if (plan.kind === 'p') {
    const runs = plan.values.length * plan.seeds;
    return `${plan.values.length} values of p × ${seeds} = ${plural(runs, 'run')} of ${steps}`;
  }
  const runs = plan.values.length * plan.series.length * plan.seeds;
  const ps = plan.series.map((p) => `p = ${formatP(p)}`).join(' and ');
  return `${plan.values.length} values of N × ${ps} × ${seeds} = ${plural(runs, 'run')} of ${steps}`;
}

/** The grid value as the x axis names it: "p = 0.5" or "N = 64". */
export function valueText(kind: SweepPlan['kind'], value: number): string {
  return kind === 'p' ? `p = ${formatP(value)}` : `N = ${value}`;
}

/** A point's accessible name, which also says what a click does. */
export function pointLabel(kind: SweepPlan['kind'], point: SweepPoint, format: (v: number) => string, best: boolean): string {
  const where = kind === 'p' ? valueText('p', point.value) : `${valueText('n', point.value)}, p = ${formatP(point.p)}`;
  const seeds = plural(point.count, 'seed');
  const what = `${where}: mean test MSE ${format(point.test.mean)} (min ${format(point.test.min)}, max ${format(point.test.max)}, ${seeds}), mean train MSE ${format(point.train.mean)}`;
  const diverged = point.diverged > 0 ? `, ${plural(point.diverged, 'run')} diverged` : '';
  return `${what}${diverged}${best ? ' — lowest test MSE' : ''}. Load into the main view.`;
}

/** For an N sweep: where dropout lowered the mean test MSE and where it did not. */
export function verdictText(verdicts: readonly DropoutVerdict[], p: number): string | null {
  if (verdicts.length === 0) return null;
  const helps = verdicts.filter((v) => v.difference < 0).map((v) => v.n);
  const not = verdicts.filter((v) => v.difference >= 0).map((v) => v.n);
  const list = (ns: number[]) => ns.join(', ');
  const dropout = `Dropout (p = ${formatP(p)})`;
  if (not.length === 0) return `${dropout} lowers the mean test MSE at every N so far (${list(helps)}).`;
  if (helps.length === 0) return `${dropout} does not lower the mean test MSE at any N so far (${list(not)}).`;
  return `${dropout} lowers the mean test MSE at N = ${list(helps)}, not at N = ${list(not)}.`;
}
