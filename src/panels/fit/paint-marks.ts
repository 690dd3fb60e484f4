/**
 * Paints a fit plot's marks (fit-marks.ts) on a canvas, in list order: the
 * same shapes its SVG paths would have (gaps at non-finite values, huge
 * values clamped), so a screen and an SVG export agree.
 */
import type { BandMark, DotsMark, FitMark, LineMark } from './fit-marks';
import { px, type Scale } from './paths';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const SOLID: number[] = [];

function traceLine(context: CanvasRenderingContext2D, mark: LineMark, sx: Scale, sy: Scale): void {
  const offset = mark.offset ?? 0;
  const n = Math.min(mark.xs.length, mark.ys.length - offset);
  let pen = false;
  for (let i = 0; i < n; i++) {
    const x = mark.xs[i];
    const v = mark.ys[offset + i];
    const y = Number.isFinite(v) ? sy(v) : NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    if (pen) context.lineTo(px(sx(x)), px(y));
    else context.moveTo(px(sx(x)), px(y));
    pen = true;
  }
}

function defined(mark: BandMark, i: number): boolean {
  return Number.isFinite(mark.xs[i]) && Number.isFinite(mark.mean[i]) && Number.isFinite(mark.std[i]);
}

/** Each run of defined points: the upper edge forward, the lower edge back. */
function traceBand(context: CanvasRenderingContext2D, mark: BandMark, sx: Scale, sy: Scale): void {
  const n = Math.min(mark.xs.length, mark.mean.length, mark.std.length);
  const { xs, mean, std, k } = mark;
  let i = 0;
  while (i < n) {
    if (!defined(mark, i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < n && defined(mark, end + 1)) end++;
    context.moveTo(px(sx(xs[i])), px(sy(mean[i] + k * std[i])));
    for (let j = i + 1; j <= end; j++) context.lineTo(px(sx(xs[j])), px(sy(mean[j] + k * std[j])));
    for (let j = end; j >= i; j--) context.lineTo(px(sx(xs[j])), px(sy(mean[j] - k * std[j])));
    context.closePath();
    i = end + 1;
  }
}

function traceDots(context: CanvasRenderingContext2D, mark: DotsMark, sx: Scale, sy: Scale): void {
  const n = Math.min(mark.xs.length, mark.ys.length);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(mark.xs[i]) || !Number.isFinite(mark.ys[i])) continue;
    const cx = px(sx(mark.xs[i]));
    const cy = px(sy(mark.ys[i]));
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    context.moveTo(cx + mark.r, cy);
    context.arc(cx, cy, mark.r, 0, 2 * Math.PI);
  }
}

function trace(context: CanvasRenderingContext2D, mark: FitMark, sx: Scale, sy: Scale): void {
  switch (mark.kind) {
    case 'line':
      return traceLine(context, mark, sx, sy);
    case 'band':
      return traceBand(context, mark, sx, sy);
    case 'dots':
      return traceDots(context, mark, sx, sy);
  }
}

/** Paints `marks` in order; marks with `clip` stay inside `inner`. The context's transform maps CSS px. */
export function paintMarks(context: CanvasRenderingContext2D, marks: readonly FitMark[], sx: Scale, sy: Scale, inner: Rect): void {
  for (const mark of marks) {
    const { stroke, fill, width, dash, opacity } = mark.style;
    context.save();
    if (mark.clip) {
      context.beginPath();
      context.rect(inner.x, inner.y, inner.width, inner.height);
      context.clip();
    }
    context.beginPath();
    trace(context, mark, sx, mark.sy ?? sy);
    if (fill !== undefined) {
      context.fillStyle = fill;
      context.fill();
    }
    if (stroke !== undefined) {
      context.strokeStyle = stroke;
      context.lineWidth = width ?? 1;
      context.globalAlpha = opacity ?? 1;
      context.setLineDash(dash === undefined ? SOLID : [...dash]);
      context.lineJoin = mark.style.round === true ? 'round' : 'miter';
      context.lineCap = mark.style.round === true ? 'round' : 'butt';
      context.stroke();
    }
    context.restore();
  }
}
