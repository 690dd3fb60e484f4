/** Pure layout math of the comparison chart: a row per method, test MSE on a log x axis. */
import { scaleLog } from 'd3-scale';
import type { RegularizerMethod } from '../../experiment/regularizers-plan';
import { finiteExtent, LOG_FLOOR, targetDomain } from '../loss/domain';
import { logTicks } from '../loss/ticks';
import type { Rect } from './geometry';
import type { MethodSummary } from './comparison-stats';

export interface ComparisonGeometry {
  inner: Rect;
  /** x of a test MSE (NaN for a non-finite one). */
  x(mse: number): number;
  /** Centre of a method's row. */
  rowY(row: number): number;
  rowHeight: number;
  /** Vertical offset of seed k of `seeds` inside a row, so that equal values stay apart. */
  seedOffset(k: number, seeds: number): number;
  xTicks: number[];
}

export const COMPARISON_MARGIN = { top: 8, right: 16, bottom: 38, left: 92 } as const;

export function comparisonGeometry(
  methods: readonly RegularizerMethod[],
  summaries: readonly MethodSummary[],
  width: number,
  height: number,
): ComparisonGeometry {
  const m = COMPARISON_MARGIN;
  const inner: Rect = { x: m.left, y: m.top, width: Math.max(10, width - m.left - m.right), height: Math.max(10, height - m.top - m.bottom) };
  const values = summaries.flatMap((s) => [...s.points.map((p) => p.result.testMse), s.test.lo, s.test.hi]).filter((v) => Number.isFinite(v) && v > 0);
  const domain = targetDomain(finiteExtent([values], LOG_FLOOR), true);
  const scale = scaleLog()
    .domain(domain)
    .range([inner.x, inner.x + inner.width])
    .clamp(true);
  const rowHeight = inner.height / Math.max(1, methods.length);
  return {
    inner,
    x: (v) => (Number.isFinite(v) ? scale(Math.max(v, LOG_FLOOR)) : Number.NaN),
    rowY: (row) => inner.y + rowHeight * (row + 0.5),
    rowHeight,
    seedOffset: (k, seeds) => {
      if (seeds <= 1) return 0;
      const spread = Math.min(rowHeight * 0.6, seeds * 5);
      return (k / (seeds - 1) - 0.5) * spread;
    },
    xTicks: logTicks(domain, Math.max(2, Math.floor(inner.width / 70))),
  };
}
