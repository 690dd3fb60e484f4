/**
 * The loss chart's dense, per-frame marks on a canvas under its SVG: the
 * horizontal grid lines and the loss curves. The SVG keeps the axes, tick
 * labels, markers, hover readout and focus; an SVG export writes these marks
 * as vectors from the same data (vectorMarks).
 */
import { palette } from '../kit/palette';
import { seriesPath, traceSeries } from './chart-model';
import type { PaintInput } from './paint';
import type { SeriesStyle } from './series';

const SOLID: number[] = [];

function dashOf(style: SeriesStyle, scale: number): number[] {
  return style.dash === undefined ? SOLID : style.dash.split(/\s+/).map((v) => Number(v) * scale);
}

/** Paints grid and curves for one frame; `scale` widens curves (the chart-size contract), `ratio` is the device pixel ratio. */
export function paintLossCanvas(context: CanvasRenderingContext2D, { model, entries, styles }: PaintInput, ratio: number, scale: number): void {
  const { canvas } = context;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const { box } = model;
  context.globalAlpha = 1;
  context.setLineDash(SOLID);
  context.lineWidth = 1;
  context.strokeStyle = palette.grid;
  context.beginPath();
  for (const tick of model.yTicks) {
    context.moveTo(box.left, tick.pos);
    context.lineTo(box.left + box.width, tick.pos);
  }
  context.stroke();
  context.lineJoin = 'round';
  context.lineCap = 'round';
  for (const style of styles) {
    const entry = entries.find((e) => e.id === style.run);
    if (entry === undefined || entry.history.length === 0) continue;
    context.beginPath();
    traceSeries(context, entry.history.step, entry.history[style.key], model);
    context.strokeStyle = style.color;
    context.globalAlpha = style.opacity;
    context.lineWidth = style.width * scale;
    context.setLineDash(dashOf(style, scale));
    context.stroke();
  }
  context.globalAlpha = 1;
  context.setLineDash(SOLID);
}

/**
 * Writes the canvas's marks into a clone of the chart's <svg>: the curves
 * into its (on screen, empty) series paths, at the width the screen shows,
 * and its grid lines made visible.
 */
export function writeVectorMarks(copy: SVGSVGElement, input: PaintInput | null, scale: number): void {
  for (const line of copy.querySelectorAll('line[data-grid]')) line.setAttribute('visibility', 'inherit');
  if (input === null) return;
  for (const style of input.styles) {
    const path = copy.querySelector(`path[data-series="${style.id}"]`);
    const entry = input.entries.find((e) => e.id === style.run);
    if (path === null || entry === undefined) continue;
    const d = seriesPath(entry.history.step, entry.history[style.key], input.model);
    if (d === '') continue;
    path.setAttribute('d', d);
    path.setAttribute('stroke-width', String(style.width * scale));
    if (style.dash !== undefined) path.setAttribute('stroke-dasharray', dashOf(style, scale).join(' '));
  }
}
