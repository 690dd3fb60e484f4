/** Pure layout math of the sweep chart: the plot rectangle, the scales and their ticks. */
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatP } from '../../experiment/p-format';
import type { GridKind } from '../../experiment/sweep-plan';
import type { ChartStyle } from '../kit/chart-style';
import { finiteExtent, LOG_FLOOR, targetDomain } from '../loss/domain';
import { formatMseTick, logTicks } from '../loss/ticks';
import type { SweepSeries } from './summary';
import { bottomAxisLayout, NORMAL_SWEEP_STYLE } from './sweep-text';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGeometry {
  inner: Rect;
  /** Positions; non-finite values map to NaN (callers skip them). */
  x(value: number): number;
  y(mse: number): number;
  xTicks: number[];
  yTicks: number[];
  yDomain: readonly [number, number];
  /** Font size of the chart's texts, px. */
  text: number;
  /** Baselines of the x tick labels and of the x axis title, below the plot; of the y axis title, above it. */
  tickBaseline: number;
  titleBaseline: number;
  yTitleBaseline: number;
}

/** The margins at normal size; larger text widens them (see chartGeometry). */
export const MARGIN = { top: 24, right: 14, bottom: 38, left: 48 } as const;

/** Gap between a y tick label's end and the plot, px. */
export const Y_TICK_GAP = 5;

/** An x tick's label as the axis shows it. */
export function xTickLabel(kind: GridKind, value: number): string {
  return kind === 'p' ? formatP(value) : String(value);
}

/** Every mean, min and max in the series (train and test), for the y domain. */
function allValues(series: readonly SweepSeries[]): number[] {
  const out: number[] = [];
  for (const s of series) {
    for (const p of s.points) out.push(p.train.mean, p.train.min, p.train.max, p.test.mean, p.test.min, p.test.max);
  }
  return out;
}

/** The x domain: the grid with some room on both sides (N on a log axis). */
function xDomain(kind: GridKind, grid: readonly number[]): [number, number] {
  const lo = Math.min(...grid);
  const hi = Math.max(...grid);
  if (kind === 'n') return [lo / 1.3, hi * 1.3];
  const pad = Math.max(0.02, (hi - lo) * 0.05);
  return [lo - pad, hi + pad];
}

export function chartGeometry(
  kind: GridKind,
  grid: readonly number[],
  series: readonly SweepSeries[],
  width: number,
  height: number,
  style: ChartStyle = NORMAL_SWEEP_STYLE,
): ChartGeometry {
  const { text } = style;
  const axis = bottomAxisLayout(text);
  // The y title sits above the plot: 24 px of margin at 11 px, its baseline 9 px above the plot.
  const top = Math.max(MARGIN.top, text + 13);
  const yTitleBaseline = text * 0.5 + 3.5;
  const bottom = Math.max(MARGIN.bottom, axis.margin);
  const innerHeight = Math.max(10, height - top - bottom);
  const yDomain = targetDomain(finiteExtent([allValues(series)], LOG_FLOOR), true);
  // A y tick every 40 px at normal size, farther apart when the labels are taller.
  const yTicks = logTicks(yDomain, Math.max(2, Math.floor(innerHeight / Math.max(40, text * 2.5))));
  const widestY = Math.max(0, ...yTicks.map((t) => style.measure(formatMseTick(t))));
  const left = Math.max(MARGIN.left, Math.ceil(widestY) + Y_TICK_GAP + 6);
  const inner: Rect = { x: left, y: top, width: Math.max(10, width - left - MARGIN.right), height: innerHeight };
  const [x0, x1] = grid.length > 0 ? xDomain(kind, grid) : [0, 1];
  const range: [number, number] = [inner.x, inner.x + inner.width];
  const xScale =
    kind === 'n'
      ? scaleLog()
          .domain([Math.max(1e-9, x0), x1])
          .range(range)
      : scaleLinear().domain([x0, x1]).range(range);
  const yScale = scaleLog()
    .domain(yDomain)
    .range([inner.y + inner.height, inner.y])
    .clamp(true);
  // Label every grid value when there is room (34 px each at normal size, the widest label and a gap at larger sizes), else every other one.
  const widestX = Math.max(0, ...grid.map((v) => style.measure(xTickLabel(kind, v))));
  const every = inner.width / Math.max(1, grid.length) >= Math.max(34, widestX + text * 0.5) ? 1 : 2;
  return {
    inner,
    x: (v) => (Number.isFinite(v) ? xScale(v) : Number.NaN),
    y: (v) => (Number.isFinite(v) ? yScale(Math.max(v, LOG_FLOOR)) : Number.NaN),
    xTicks: grid.filter((_, i) => i % every === 0),
    yTicks,
    yDomain,
    text,
    tickBaseline: axis.tickBaseline,
    titleBaseline: axis.titleBaseline,
    yTitleBaseline,
  };
}
