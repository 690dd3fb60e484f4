/** Pure layout math of the fit plot: the y domain and where each small plot sits. */

export type Domain = readonly [number, number];

/** The y range every dataset gets at least (the true functions span about [−1, 1], plus noise). */
export const BASE_Y_DOMAIN: Domain = [-1.8, 1.8];
/** The y range is never wider than this, whatever the data. */
const Y_LIMIT = 10;
const PAD = 0.1;

export interface YData {
  trainY: ArrayLike<number>;
  testY: ArrayLike<number>;
  truthY: ArrayLike<number> | null;
}

/**
 * The y domain for a dataset: the base range, widened (with a little room) to
 * include every finite point and the true function. It depends on the data
 * only, so the plot holds still while the model trains.
 */
export function yDomainFor(data: YData | null): Domain {
  let lo: number = BASE_Y_DOMAIN[0];
  let hi: number = BASE_Y_DOMAIN[1];
  if (data === null) return BASE_Y_DOMAIN;
  const widen = (values: ArrayLike<number> | null) => {
    if (values === null) return;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) continue;
      if (v - PAD < lo) lo = v - PAD;
      if (v + PAD > hi) hi = v + PAD;
    }
  };
  widen(data.trainY);
  widen(data.testY);
  widen(data.truthY);
  // Round outward to a tenth so tiny changes in the data do not move the axes.
  lo = Math.max(-Y_LIMIT, Math.floor(lo * 10) / 10);
  hi = Math.min(Y_LIMIT, Math.ceil(hi * 10) / 10);
  return [lo, hi];
}

export function sameDomain(a: Domain, b: Domain): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** A rectangle in SVG pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One small plot: its outer box and the inner data area (inside the axes). */
export interface PlotBox {
  outer: Rect;
  inner: Rect;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What the margins must hold: the text size and the width of the widest y tick label (px). */
export interface AxisText {
  text: number;
  yLabelWidth: number;
}

/** Today's 12 px labels with "−1.5" as the widest y tick. */
export const NORMAL_AXIS_TEXT: AxisText = { text: 12, yLabelWidth: 24 };

/** Margins that hold the tick labels (and the title row of a titled plot) at the chart's text size. */
export function marginsFor(titled: boolean, compact: boolean, axis: AxisText = NORMAL_AXIS_TEXT): Margins {
  const { text, yLabelWidth } = axis;
  return {
    top: titled ? Math.ceil(text * 1.25 + 5) : Math.ceil(Math.max(8, text / 2 + 2)),
    // The last x tick label is centred on the right edge: half of it hangs out.
    right: Math.ceil(Math.max(compact ? 6 : 10, text * 0.45)),
    bottom: Math.ceil(text * 1.2 + 6),
    left: Math.ceil(yLabelWidth + 8),
  };
}

const GAP = 12;

/**
 * Boxes for `count` plots side by side in a width × height area (one plot, or
 * two in the side-by-side comparison). Sizes never go below 1 pixel.
 */
export function layoutPlots(width: number, height: number, count: 1 | 2, titled: boolean, axis: AxisText = NORMAL_AXIS_TEXT): PlotBox[] {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const each = count === 1 ? w : Math.max(1, (w - GAP) / 2);
  const compact = each < 260;
  const m = marginsFor(titled, compact, axis);
  return Array.from({ length: count }, (_, i) => {
    const outer = { x: i * (each + GAP), y: 0, width: each, height: h };
    const inner = {
      x: outer.x + m.left,
      y: m.top,
      width: Math.max(1, each - m.left - m.right),
      height: Math.max(1, h - m.top - m.bottom),
    };
    return { outer, inner };
  });
}

/** The box whose data area contains (x, y), with `slack` pixels of tolerance; −1 if none. */
export function boxAt(boxes: readonly PlotBox[], x: number, y: number, slack = 6): number {
  return boxes.findIndex(
    ({ inner }) => x >= inner.x - slack && x <= inner.x + inner.width + slack && y >= inner.y - slack && y <= inner.y + inner.height + slack,
  );
}

/** How many ticks suit an axis this many pixels long. */
export function tickCount(pixels: number): number {
  if (pixels < 140) return 3;
  if (pixels < 320) return 5;
  return 9;
}

/**
 * The ticks of an axis `pixels` long: as many as `tickCount` suggests, fewer
 * while neighbouring labels would come closer than `labelSpan` pixels (the
 * width of a label and a gap, which grows with the chart's text size).
 */
export function fittingTicks(ticksFor: (count: number) => number[], pixels: number, labelSpan: number): number[] {
  let ticks: number[] = [];
  for (const count of [tickCount(pixels), 5, 3, 2, 1]) {
    if (count > tickCount(pixels)) continue;
    ticks = ticksFor(count);
    if (ticks.length < 2 || pixels / (ticks.length - 1) >= labelSpan) return ticks;
  }
  return ticks;
}

/** A tick label: at most two decimals, with a true minus sign. */
export function tickText(v: number): string {
  return String(Math.round(v * 100) / 100).replace('-', '\u2212');
}
