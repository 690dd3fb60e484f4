/**
 * The sweep's settings (which sweep, steps per run, seeds), their limits and
 * grids, and the plan they make for the sweep worker. Pure: the URL schema
 * reads the limits from here, the sweep store builds its plans here.
 */
import { DEFAULT_DROP, DEFAULT_SWEEP_SETTINGS } from './defaults';
import { mainP } from './main-p';
import type { ExperimentConfig } from './types';
import { COMPARISON_LIMITS, comparisonProblem } from './regularizers-plan';

/** What a grid sweep varies: the drop probability p, or the number of training points N. */
export type GridKind = 'p' | 'n';
/** A grid sweep, or the comparison of regularizers (regularizers-plan.ts). */
export type SweepKind = GridKind | 'regularizers';

/** One sweep: every grid value × series × seed is one run of `steps` optimizer steps from scratch. */
export interface SweepPlan {
  kind: GridKind;
  /** The grid: drop probabilities (kind 'p') or training-set sizes (kind 'n'), in order. */
  values: number[];
  /**
   * Kind 'n' only: the drop probability of each series, applied to every hidden
   * layer (e.g. [0, 0.5]: without and with dropout). Kind 'p' has one series
   * whose p is the grid value; this list is then ignored.
   */
  series: number[];
  /** Optimizer steps per run. */
  steps: number;
  /** Runs per grid value and series, with seeds config.seed + 0, 1, …, seeds − 1. */
  seeds: number;
}

export const SWEEP_KINDS: readonly SweepKind[] = ['p', 'n', 'regularizers'];

export interface SweepSettings {
  /** Test loss against the drop probability p, or against the number of training points N. */
  kind: SweepKind;
  /** Optimizer steps per run. */
  steps: number;
  /** Runs per grid value (seeds config.seed + 0, 1, …). */
  seeds: number;
  /** The comparison only: validation folds of the training points. */
  folds: number;
  /** The comparison only: values of λ and of p each method tries. */
  grid: number;
}

export const SWEEP_LIMITS = {
  steps: { min: 100, max: 20_000 },
  seeds: { min: 1, max: 10 },
  ...COMPARISON_LIMITS,
} as const;

/** Drop probabilities of the p sweep. */
export const P_GRID: readonly number[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
/** Training-set sizes of the N sweep. */
export const N_GRID: readonly number[] = [8, 16, 32, 64, 128, 256];
/** The N sweep's dropout series when the main view has p = 0. */
export const FALLBACK_P = DEFAULT_DROP;

/** The p the N sweep compares with p = 0: the main view's main p, or 0.5 when that is 0. */
export function chosenP(config: ExperimentConfig): number {
  const p = mainP(config.dropout);
  return p > 0 ? p : FALLBACK_P;
}

/** Why a sweep cannot run on this configuration, or null. */
export function sweepProblem(config: ExperimentConfig, kind: SweepKind, folds: number = DEFAULT_SWEEP_SETTINGS.folds): string | null {
  if (kind === 'regularizers') return comparisonProblem(config, folds);
  if (kind === 'n' && config.dataset === 'custom') {
    return 'A sweep over N needs generated data: your own points have a fixed number. Choose a dataset such as sine, or sweep p instead.';
  }
  return null;
}

/** The grid sweep of these settings (a comparison's settings make the p sweep's plan: the chart's empty axes). */
export function sweepPlan(config: ExperimentConfig, settings: SweepSettings): SweepPlan {
  const { steps, seeds } = settings;
  const kind: GridKind = settings.kind === 'n' ? 'n' : 'p';
  return kind === 'p' ? { kind, values: [...P_GRID], series: [], steps, seeds } : { kind, values: [...N_GRID], series: [0, chosenP(config)], steps, seeds };
}

/** Runs in a plan. */
export function planSize(plan: SweepPlan): number {
  const series = plan.kind === 'p' ? 1 : plan.series.length;
  return plan.values.length * series * plan.seeds;
}

const clamp = (x: number, range: { min: number; max: number }) => Math.min(range.max, Math.max(range.min, Math.round(x)));

/** Settings fitted into their limits (whole numbers, in range). */
export function fitSettings(settings: SweepSettings): SweepSettings {
  return {
    kind: SWEEP_KINDS.includes(settings.kind) ? settings.kind : DEFAULT_SWEEP_SETTINGS.kind,
    steps: Number.isFinite(settings.steps) ? clamp(settings.steps, SWEEP_LIMITS.steps) : DEFAULT_SWEEP_SETTINGS.steps,
    seeds: Number.isFinite(settings.seeds) ? clamp(settings.seeds, SWEEP_LIMITS.seeds) : DEFAULT_SWEEP_SETTINGS.seeds,
    folds: Number.isFinite(settings.folds) ? clamp(settings.folds, SWEEP_LIMITS.folds) : DEFAULT_SWEEP_SETTINGS.folds,
    grid: Number.isFinite(settings.grid) ? clamp(settings.grid, SWEEP_LIMITS.grid) : DEFAULT_SWEEP_SETTINGS.grid,
  };
}
