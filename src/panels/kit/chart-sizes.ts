/**
 * The chart-size contract (shared with presenter mode): the app root sets
 * `--chart-text`, the font size of all chart text, and `--chart-stroke`, the
 * width of data curves (src/panels/shell/chart-sizes.css). SVG charts use
 * them in CSS; canvas charts read them here, when the panel is sized or the
 * mode changes, never per frame.
 */

export interface ChartSizes {
  /** Font size of chart text, px. */
  text: number;
  /** Width of the main data curves, px; other marks scale with it. */
  stroke: number;
}

/** Today's normal sizes, used where the properties are not set. */
export const NORMAL_CHART_SIZES: Readonly<ChartSizes> = { text: 12, stroke: 2 };

function pixels(value: string, fallback: number): number {
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/** The sizes in effect for an element, from its computed style. */
export function readChartSizes(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): ChartSizes {
  return {
    text: pixels(style.getPropertyValue('--chart-text'), NORMAL_CHART_SIZES.text),
    stroke: pixels(style.getPropertyValue('--chart-stroke'), NORMAL_CHART_SIZES.stroke),
  };
}

/** How much wider than normal the curves are drawn (1 at normal size). */
export function strokeScale(sizes: ChartSizes): number {
  return sizes.stroke / NORMAL_CHART_SIZES.stroke;
}
