/**
 * The text size of the sweep charts (the p / N sweep and the regularizer
 * comparison) and the lengths of their layout that follow it, so that
 * presenter mode enlarges them like every other chart.
 */
import { type ChartStyle, estimatedStyle, NORMAL_STROKE, NORMAL_TEXT } from '../kit/chart-style';

/** At normal size the sweep charts' text is a pixel under the other charts' (eight row labels share a short plot). */
export const SWEEP_NORMAL_TEXT = 11;

/** The sweep charts' text for the page's chart text: 11 px at normal size, the chart text itself once presenter mode enlarges it. */
export function sweepTextSize(chartText: number): number {
  return chartText > NORMAL_TEXT ? chartText : Math.min(chartText, SWEEP_NORMAL_TEXT);
}

/** The page's chart style at the sweep charts' text size (a label's width scales with the font size). */
export function sweepChartStyle(style: ChartStyle): ChartStyle {
  const text = sweepTextSize(style.text);
  const scale = text / style.text;
  return { text, stroke: style.stroke, measure: (label) => style.measure(label) * scale };
}

/** The normal style, with estimated label widths (tests, and before the page's style is read). */
export const NORMAL_SWEEP_STYLE: ChartStyle = estimatedStyle(SWEEP_NORMAL_TEXT, NORMAL_STROKE);

/** Where an x axis puts its texts below the plot: the tick labels' and the title's baselines, and the margin both need. */
export function bottomAxisLayout(text: number): { tickBaseline: number; titleBaseline: number; margin: number } {
  // 14, 31 and 38 px at 11 px: the layout the charts had before they followed presenter mode.
  return { tickBaseline: text + 3, titleBaseline: 2 * text + 9, margin: 2 * text + 16 };
}
