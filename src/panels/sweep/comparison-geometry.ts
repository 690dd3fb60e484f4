/** Pure layout math of the comparison chart: a row per method, test MSE on a log x axis. */
import { scaleLog } from 'd3-scale';
import type { RegularizerMethod } from '../../experiment/regularizers-plan';
import { finiteExtent, LOG_FLOOR, targetDomain } from '../loss/domain';
import { logTicks } from '../loss/ticks';
import type { ChartStyle } from '../kit/chart-style';
import type { Rect } from './geometry';
import type { MethodSummary } from './comparison-stats';
import { COMPARISON_STRINGS as S } from './strings-comparison';
import { bottomAxisLayout, NORMAL_SWEEP_STYLE } from './sweep-text';

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
  /** Font size of the chart's texts, px. */
  text: number;
  /** Baselines of the x tick labels and of the x axis title, below the plot. */
  tickBaseline: number;
  titleBaseline: number;
}

/** The margins at normal size; larger text widens them (comparisonMargin). */
export const COMPARISON_MARGIN = { top: 8, right: 16, bottom: 38, left: 92 } as const;

/** Gap between a row label's end and the plot, px. */
export const ROW_LABEL_GAP = 6;

/** A row is at least this many times the text size tall, so that row labels never touch. */
const ROW_HEIGHT_IN_TEXT = 1.6;

/** The margins for the chart's text: room for the widest row label on the left, and the x axis's two lines below. */
export function comparisonMargin(methods: readonly RegularizerMethod[], style: ChartStyle): { top: number; right: number; bottom: number; left: number } {
  const widest = Math.max(0, ...methods.map((m) => style.measure(S.short[m])));
  return {
    top: COMPARISON_MARGIN.top,
    // Half of an x tick label centred on the plot's right edge.
    right: Math.max(COMPARISON_MARGIN.right, Math.ceil(style.text * 1.4)),
    bottom: Math.max(COMPARISON_MARGIN.bottom, bottomAxisLayout(style.text).margin),
    left: Math.max(COMPARISON_MARGIN.left, Math.ceil(widest) + ROW_LABEL_GAP + 8),
  };
}

/** The least chart height at which every row is tall enough for its label, px. */
export function comparisonMinHeight(methods: readonly RegularizerMethod[], style: ChartStyle): number {
  const m = comparisonMargin(methods, style);
  return Math.ceil(m.top + m.bottom + methods.length * style.text * ROW_HEIGHT_IN_TEXT);
}

export function comparisonGeometry(
  methods: readonly RegularizerMethod[],
  summaries: readonly MethodSummary[],
  width: number,
  height: number,
  style: ChartStyle = NORMAL_SWEEP_STYLE,
): ComparisonGeometry {
  const m = comparisonMargin(methods, style);
  const axis = bottomAxisLayout(style.text);
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
    // A tick label every 70 px at normal size, farther apart when the labels are larger.
    xTicks: logTicks(domain, Math.max(2, Math.floor(inner.width / Math.max(70, style.text * 4.5)))),
    text: style.text,
    tickBaseline: axis.tickBaseline,
    titleBaseline: axis.titleBaseline,
  };
}
