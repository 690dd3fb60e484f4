/** Texts of the regularizer comparison (issue 16): method names, the chart, the table, the summary sentence. */
import { formatP } from '../../experiment/p-format';
import type { RegularizerMethod } from '../../experiment/regularizers-plan';

export const COMPARISON_STRINGS = {
  kind: 'regularizers (a fair comparison)',
  title: 'Sweep: a fair comparison of regularizers',
  /** Full names, for sentences and the table. */
  names: {
    none: 'no regularization',
    'early-stopping': 'early stopping',
    l2: 'L2',
    bernoulli: 'Bernoulli dropout',
    gaussian: 'Gaussian dropout',
    dropconnect: 'DropConnect',
    'data-4x': '4× the data',
    'data-16x': '16× the data',
  } satisfies Record<RegularizerMethod, string>,
  /** Row labels of the chart (narrow). */
  short: {
    none: 'none',
    'early-stopping': 'early stop',
    l2: 'L2',
    bernoulli: 'dropout',
    gaussian: 'Gaussian',
    dropconnect: 'DropConnect',
    'data-4x': '4× data',
    'data-16x': '16× data',
  } satisfies Record<RegularizerMethod, string>,
  folds: 'Folds',
  grid: 'Grid size',
  plan: (seeds: number, folds: number, grid: number, steps: string, runs: number) =>
    `Tuning: each method tries its knob (the stopping step, ${grid} values of λ, ${grid} of p per dropout scheme) on ${folds} folds of the training points, ` +
    `held out in turn, and keeps the value with the lowest mean validation MSE; then it retrains on all the training points. ` +
    `${seeds} ${seeds === 1 ? 'seed' : 'seeds'}, runs of ${steps} steps, ${runs} runs in all. The test set is read only after the retraining.`,
  willTrain: (runs: number) => `Run sweep trains ${runs} runs: the tuning first, then one final run per method and seed.`,
  tuning: (done: number, total: number) => `Tuning: ${done} of ${total} validation runs done. The final runs start when the tuning ends.`,
  knob: (method: RegularizerMethod, value: number, steps: number): string => {
    switch (method) {
      case 'early-stopping':
        return `stopped at step ${value.toLocaleString('en-US')}`;
      case 'l2':
        return `λ = ${formatLambda(value)}`;
      case 'bernoulli':
      case 'gaussian':
      case 'dropconnect':
        return `p = ${formatP(value)}`;
      case 'none':
      case 'data-4x':
      case 'data-16x':
        return `${steps.toLocaleString('en-US')} steps`;
    }
  },
  pointLabel: (name: string, seed: number, knob: string, n: number, mse: string) =>
    `${name}, seed ${seed} (${knob}, N = ${n}): test MSE ${mse}. Load this run.`,
  chartLabel:
    'Test MSE of each method after tuning: one point per seed, the band its 95% confidence interval of the mean. The results table below lists the numbers.',
  xAxis: 'test MSE (log scale)',
  legend: { seed: 'one seed', mean: 'mean', band: '95% CI of the mean over seeds' },
  clickHint: 'Click a ● (or focus it and press Enter) to load that method’s run for that seed into the main view.',
  loaded: (name: string, knob: string, seed: number) =>
    `Loaded ${name} (${knob}), seed ${seed}, into the main view; it pauses where the comparison’s run ended.`,
  table: {
    summary: (count: number) => `Results table (${count === 0 ? 'empty' : `${count} ${count === 1 ? 'method' : 'methods'}`})`,
    caption: 'Test MSE per method after tuning: mean over seeds with its 95% confidence interval, and each seed’s run with its chosen knob',
    method: 'method',
    mean: 'test MSE mean (95% CI)',
    seeds: 'each seed: test MSE (knob)',
    diverged: (count: number) => ` (${count} diverged)`,
  },
  summary: {
    oneSeed: (best: string, mse: string) => `With one seed, ${best} has the lowest test MSE (${mse}), but one seed cannot tell methods apart: run at least 2.`,
    best: (soFar: boolean, best: string, mse: string, seeds: number) =>
      `${soFar ? 'So far, ' : ''}${best} has the lowest mean test MSE (${mse}) over ${seeds} seeds`,
    beats: (list: string) => `; it is better than ${list}`,
    ties: (list: string, some: boolean) =>
      some ? `, and indistinguishable on these seeds from ${list}` : `; on these seeds it is indistinguishable from ${list}`,
    loses: (list: string) => `, though worse seed for seed than ${list}`,
    rule: ' (better only where the paired 95% confidence interval of the per-seed differences excludes 0).',
  },
};

/** λ: "0.001", "3.16e-4". */
export function formatLambda(value: number): string {
  return value >= 0.001 ? String(Number(value.toPrecision(3))) : value.toExponential(2).replace(/\.?0+e/, 'e');
}

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
