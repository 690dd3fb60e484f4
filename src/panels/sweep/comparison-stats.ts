/**
 * The comparison's numbers: each method's test MSE over seeds (mean, spread,
 * 95% confidence interval of the mean) and the paired comparison of two
 * methods: the per-seed differences (same data, initial weights and batch
 * order), with the 95% t interval of their mean. A method is better than
 * another only where that interval excludes 0.
 */
import { REGULARIZER_METHODS, type FinalResult, type RegularizerMethod } from '../../experiment/regularizers-plan';

/** Two-sided 95% quantiles of Student's t for 1…30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The 97.5% quantile of Student's t with `df` degrees of freedom (beyond the table, a Cornish–Fisher expansion). */
export function t975(df: number): number {
  if (df < 1) return Number.NaN;
  if (df <= T_975.length) return T_975[Math.floor(df) - 1];
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

export interface Interval {
  mean: number;
  lo: number;
  hi: number;
  /** Values it was computed from. */
  count: number;
}

/** Mean and 95% t interval of the mean; lo = hi = NaN with fewer than 2 values. */
export function meanInterval(values: readonly number[]): Interval {
  const count = values.length;
  const mean = count === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / count;
  if (count < 2) return { mean, lo: Number.NaN, hi: Number.NaN, count };
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (count - 1);
  const half = t975(count - 1) * Math.sqrt(variance / count);
  return { mean, lo: mean - half, hi: mean + half, count };
}

export interface SeedPoint {
  result: FinalResult;
  /** Position of the seed in the comparison (0-based). */
  seedIndex: number;
}

export interface MethodSummary {
  method: RegularizerMethod;
  /** One per seed finished, in seed order. */
  points: SeedPoint[];
  /** Over the seeds whose test MSE is finite. */
  test: Interval;
  min: number;
  max: number;
  /** Seeds whose run diverged (not finite). */
  diverged: number;
}

/** Each method with results, in the comparison's order. */
export function summarizeMethods(final: readonly FinalResult[], perSeed = REGULARIZER_METHODS.length): MethodSummary[] {
  return REGULARIZER_METHODS.flatMap((method) => {
    const points = final.filter((r) => r.method === method).map((result) => ({ result, seedIndex: Math.floor(result.index / perSeed) }));
    if (points.length === 0) return [];
    const finite = points.map((p) => p.result.testMse).filter(Number.isFinite);
    return [
      {
        method,
        points,
        test: meanInterval(finite),
        min: finite.length > 0 ? Math.min(...finite) : Number.NaN,
        max: finite.length > 0 ? Math.max(...finite) : Number.NaN,
        diverged: points.length - finite.length,
      },
    ];
  });
}

export type Verdict = 'better' | 'worse' | 'indistinguishable';

export interface PairedComparison {
  a: RegularizerMethod;
  b: RegularizerMethod;
  /** Mean of (test MSE of a − test MSE of b) over the seeds both finished, with its 95% interval. */
  difference: Interval;
  /** a against b: better where the interval lies below 0, worse where above, else indistinguishable. */
  verdict: Verdict;
}

/** a against b, paired by seed. */
export function comparePaired(final: readonly FinalResult[], a: RegularizerMethod, b: RegularizerMethod): PairedComparison {
  const bySeed = (method: RegularizerMethod) => new Map(final.filter((r) => r.method === method && Number.isFinite(r.testMse)).map((r) => [r.seed, r.testMse]));
  const of = bySeed(a);
  const to = bySeed(b);
  const differences: number[] = [];
  for (const [seed, mse] of of) {
    const other = to.get(seed);
    if (other !== undefined) differences.push(mse - other);
  }
  const difference = meanInterval(differences);
  const verdict: Verdict = difference.hi < 0 ? 'better' : difference.lo > 0 ? 'worse' : 'indistinguishable';
  return { a, b, difference, verdict };
}

/** The method with the lowest mean test MSE, or null. */
export function bestMethod(summaries: readonly MethodSummary[]): MethodSummary | null {
  let best: MethodSummary | null = null;
  for (const s of summaries) if (Number.isFinite(s.test.mean) && (best === null || s.test.mean < best.test.mean)) best = s;
  return best;
}
