/**
 * The loss chart's geometry for one frame: plot box, scales, ticks and line
 * paths. Pure (d3 scales and shapes only), so the component just writes the
 * results to its DOM nodes.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { decimate } from './decimate';
import { type Domain, finiteExtent, LOG_FLOOR, nextDomain } from './domain';
import { formatMseTick, formatStep, linearTicks, logTicks, stepTicks, ticksThatFit } from './ticks';

/** What the chart reads of a run's loss history (LossHistory fits). */
export interface HistoryLike {
  readonly step: ArrayLike<number>;
  readonly train: ArrayLike<number>;
  readonly test: ArrayLike<number>;
  readonly batch: ArrayLike<number>;
  readonly bestIndex: number;
  readonly length: number;
}

/**
 * The point the "best test" marker stands on, or −1: none yet, or the very
 * first point (a best at step 0 says only that training has not helped yet).
 */
export function bestMarkerIndex(h: HistoryLike): number {
  const best = h.bestIndex;
  return best > 0 && best < h.length && h.step[best] > 0 ? best : -1;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Tick {
  value: number;
  /** Pixel position along the axis (x for step ticks, y for MSE ticks). */
  pos: number;
  label: string;
}

/** What the margins must hold, measured at the chart's text size (px). */
export interface AxisText {
  text: number;
  /** The widest y tick label ("0.0025"). */
  yLabelWidth: number;
  /** The widest x tick label ("10.5k"). */
  xLabelWidth: number;
}

/** Today's 12 px labels. */
export const NORMAL_AXIS_TEXT: AxisText = { text: 12, yLabelWidth: 34, xLabelWidth: 30 };

/** The widest labels an axis shows, to be measured at the chart's text size. */
export const WIDEST_LABELS = { y: '0.0025', x: '10.5k' } as const;

/** Margins around the plot: tick labels, then the axis title, on the left and at the bottom. */
export function margins(axis: AxisText): { top: number; right: number; bottom: number; left: number } {
  const { text, yLabelWidth } = axis;
  const title = Math.ceil(text * 1.25);
  return {
    top: Math.ceil(Math.max(12, text * 0.6)),
    // The last x tick label is centred on the right edge.
    right: Math.ceil(Math.max(16, axis.xLabelWidth / 2 + 2)),
    bottom: Math.ceil(5 + text * 1.25 + title),
    left: Math.ceil(title + 4 + yLabelWidth + 6),
  };
}

export interface ChartInput {
  histories: readonly HistoryLike[];
  width: number;
  height: number;
  log: boolean;
  /** Steps on a log axis (step + 1, so that step 0 sits at the left edge). */
  logSteps?: boolean;
  showBatch: boolean;
  /** The y domain of the last frame, for hysteresis (null to start afresh). */
  previousDomain: Domain | null;
  /** Label sizes (the normal ones when absent). */
  axis?: AxisText;
}

export interface ChartModel {
  box: Box;
  log: boolean;
  xDomain: Domain;
  yDomain: Domain;
  /** Pixel x of a step. */
  x: (step: number) => number;
  /** Pixel y of an MSE value (clamped to the plot; a log axis raises values to its floor). */
  y: (value: number) => number;
  /** Step at a pixel x. */
  stepAt: (px: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
}

export function plotBox(width: number, height: number, axis: AxisText = NORMAL_AXIS_TEXT): Box {
  const m = margins(axis);
  return {
    left: m.left,
    top: m.top,
    width: Math.max(1, width - m.left - m.right),
    height: Math.max(1, height - m.top - m.bottom),
  };
}

/** The last step of any history (0 when empty). */
export function latestStep(histories: readonly HistoryLike[]): number {
  let latest = 0;
  for (const h of histories) {
    const s = h.length > 0 ? h.step[h.length - 1] : 0;
    if (Number.isFinite(s) && s > latest) latest = s;
  }
  return latest;
}

/** The ticks, in order, less any that would sit closer than `gap` pixels to the last one kept (a short plot, large labels). */
export function spaced(ticks: readonly Tick[], gap: number): Tick[] {
  const kept: Tick[] = [];
  for (const tick of ticks) {
    const last = kept[kept.length - 1];
    if (last === undefined || Math.abs(tick.pos - last.pos) >= gap) kept.push(tick);
  }
  return kept;
}

export function buildChartModel(input: ChartInput): ChartModel {
  const { histories, log, showBatch } = input;
  const axis = input.axis ?? NORMAL_AXIS_TEXT;
  const box = plotBox(input.width, input.height, axis);
  const xDomain: Domain = [0, Math.max(1, latestStep(histories))];
  const series = histories.flatMap((h) => (showBatch ? [h.train, h.test, h.batch] : [h.train, h.test]));
  const extent = finiteExtent(series, log ? LOG_FLOOR : undefined);
  const yDomain = nextDomain(input.previousDomain, extent, log);

  const xRange: Domain = [box.left, box.left + box.width];
  const xLinear = scaleLinear().domain(xDomain).range(xRange);
  const xLog = scaleLog()
    .domain([1, xDomain[1] + 1])
    .range(xRange)
    .clamp(true);
  const x = input.logSteps ? (step: number) => xLog(Math.max(0, step) + 1) : (step: number) => xLinear(step);
  const stepAt = input.logSteps ? (px: number) => xLog.invert(px) - 1 : (px: number) => xLinear.invert(px);
  const bottom = box.top + box.height;
  const yLog = scaleLog().domain(yDomain).range([bottom, box.top]).clamp(true);
  const yLinear = scaleLinear().domain(yDomain).range([bottom, box.top]).clamp(true);
  const y = log ? (v: number) => yLog(Math.max(v, LOG_FLOOR)) : (v: number) => yLinear(v);

  // Room for each label and a gap of two characters; rows two and a third lines apart.
  const xCount = Math.max(2, Math.floor(box.width / Math.max(75, axis.xLabelWidth + 2 * axis.text)));
  const yCount = Math.max(2, Math.floor(box.height / Math.max(28, axis.text * 2.33)));
  const xValues = ticksThatFit(xCount, (count) =>
    input.logSteps ? [0, ...logTicks([1, xDomain[1]], count).filter((v) => Number.isInteger(v))] : stepTicks(xDomain, count),
  );
  const xTicks = spaced(
    xValues.map((value) => ({ value, pos: x(value), label: formatStep(value) })),
    axis.xLabelWidth + axis.text * 0.5,
  );
  const yValues = ticksThatFit(yCount, (count) => (log ? logTicks(yDomain, count) : linearTicks(yDomain, count)));
  const yTicks = spaced(
    yValues.map((value) => ({ value, pos: y(value), label: formatMseTick(value) })),
    axis.text * 1.2,
  );

  return {
    box,
    log,
    xDomain,
    yDomain,
    x,
    y,
    stepAt,
    xTicks,
    yTicks,
  };
}

// Scratch buffers for seriesPath, grown as needed (paths are built one at a time).
let xs = new Float64Array(0);
let ys = new Float64Array(0);
let kept = new Uint32Array(0);

/** Where a series' line goes: a path string (SVG) or a canvas context (the screen). */
type LineTarget = CanvasRenderingContext2D | null;

function traceLine(steps: ArrayLike<number>, values: ArrayLike<number>, model: Pick<ChartModel, 'x' | 'y'>, target: LineTarget): string {
  const n = Math.min(steps.length, values.length);
  if (xs.length < n) {
    const size = Math.max(n, 2 * xs.length, 256);
    xs = new Float64Array(size);
    ys = new Float64Array(size);
    kept = new Uint32Array(size + 1);
  }
  for (let i = 0; i < n; i++) {
    const step = steps[i];
    const value = values[i];
    xs[i] = Number.isFinite(step) ? model.x(step) : Number.NaN;
    ys[i] = Number.isFinite(value) ? model.y(value) : Number.NaN;
  }
  const count = decimate(xs, ys, n, kept);
  const px = xs;
  const py = ys;
  const path = line<number>()
    .defined((i) => Number.isFinite(px[i]) && Number.isFinite(py[i]))
    .x((i) => px[i])
    .y((i) => py[i]);
  if (target !== null) {
    path.context(target)(kept.subarray(0, count));
    return '';
  }
  return path.digits(1)(kept.subarray(0, count)) ?? '';
}

/**
 * SVG path of one series: non-finite points (NaN, ±Infinity) leave a gap, and
 * points crowded into one pixel column are thinned to its extremes.
 */
export function seriesPath(steps: ArrayLike<number>, values: ArrayLike<number>, model: Pick<ChartModel, 'x' | 'y'>): string {
  return traceLine(steps, values, model, null);
}

/** The same line as seriesPath, added to the context's current path (the caller strokes it). */
export function traceSeries(context: CanvasRenderingContext2D, steps: ArrayLike<number>, values: ArrayLike<number>, model: Pick<ChartModel, 'x' | 'y'>): void {
  traceLine(steps, values, model, context);
}
