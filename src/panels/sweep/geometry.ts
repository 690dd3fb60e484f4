/** Pure layout math of the sweep chart: the plot rectangle, the scales and their ticks. */
import { scaleLinear, scaleLog } from 'd3-scale';
import type { GridKind } from '../../experiment/sweep-plan';
import { finiteExtent, LOG_FLOOR, targetDomain } from '../loss/domain';
import { logTicks } from '../loss/ticks';
import type { SweepSeries } from './summary';

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
}

export const MARGIN = { top: 24, right: 14, bottom: 38, left: 48 } as const;

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

export function chartGeometry(kind: GridKind, grid: readonly number[], series: readonly SweepSeries[], width: number, height: number): ChartGeometry {
  const inner: Rect = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: Math.max(10, width - MARGIN.left - MARGIN.right),
    height: Math.max(10, height - MARGIN.top - MARGIN.bottom),
  };
  const [x0, x1] = grid.length > 0 ? xDomain(kind, grid) : [0, 1];
  const range: [number, number] = [inner.x, inner.x + inner.width];
  const xScale =
    kind === 'n'
      ? scaleLog()
          .domain([Math.max(1e-9, x0), x1])
          .range(range)
      : scaleLinear().domain([x0, x1]).range(range);
  const yDomain = targetDomain(finiteExtent([allValues(series)], LOG_FLOOR), true);
  const yScale = scaleLog()
    .domain(yDomain)
    .range([inner.y + inner.height, inner.y])
    .clamp(true);
  // Label every grid value when there is room (about 34 px each), else every other one.
  const every = inner.width / Math.max(1, grid.length) >= 34 ? 1 : 2;
  return {
    inner,
    x: (v) => (Number.isFinite(v) ? xScale(v) : Number.NaN),
    y: (v) => (Number.isFinite(v) ? yScale(Math.max(v, LOG_FLOOR)) : Number.NaN),
    xTicks: grid.filter((_, i) => i % every === 0),
    yTicks: logTicks(yDomain, Math.max(2, Math.floor(inner.height / 40))),
    yDomain,
  };
}
