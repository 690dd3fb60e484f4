/**
 * SVG path strings for the fit plot, built with d3-shape from typed arrays.
 * Non-finite values leave gaps; huge values are clamped so a wild curve can
 * never produce an unusable path.
 */
import { area, line } from 'd3-shape';

export type Scale = (value: number) => number;

/** Pixel coordinates are kept within this distance of the plot (the clip hides the rest). */
const PIXEL_LIMIT = 1e4;

export function px(v: number): number {
  return v < -PIXEL_LIMIT ? -PIXEL_LIMIT : v > PIXEL_LIMIT ? PIXEL_LIMIT : v;
}

const indices: number[] = [];
function indexRange(n: number): number[] {
  while (indices.length < n) indices.push(indices.length);
  return indices.length === n ? indices : indices.slice(0, n);
}

/** A curve through (xs[i], ys[offset + i]) for i < xs.length; '' if nothing is drawable. */
export function curvePath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale, offset = 0): string {
  const n = Math.min(xs.length, ys.length - offset);
  if (n <= 0) return '';
  const path = line<number>()
    .defined((i) => Number.isFinite(xs[i]) && Number.isFinite(ys[offset + i]) && Number.isFinite(sy(ys[offset + i])))
    .x((i) => px(sx(xs[i])))
    .y((i) => px(sy(ys[offset + i])))(indexRange(n));
  return path ?? '';
}

/** The band mean ± k·std over xs; '' if nothing is drawable. */
export function bandPath(xs: ArrayLike<number>, mean: ArrayLike<number>, std: ArrayLike<number>, k: number, sx: Scale, sy: Scale): string {
  const n = Math.min(xs.length, mean.length, std.length);
  if (n <= 0) return '';
  const path = area<number>()
    .defined((i) => Number.isFinite(xs[i]) && Number.isFinite(mean[i]) && Number.isFinite(std[i]))
    .x((i) => px(sx(xs[i])))
    .y0((i) => px(sy(mean[i] - k * std[i])))
    .y1((i) => px(sy(mean[i] + k * std[i])))(indexRange(n));
  return path ?? '';
}

function fixed(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

/** Circles of radius r at every finite (xs[i], ys[i]), as one path (one DOM node for all points). */
export function dotsPath(xs: ArrayLike<number>, ys: ArrayLike<number>, sx: Scale, sy: Scale, r: number): string {
  const n = Math.min(xs.length, ys.length);
  const parts: string[] = [];
  const d = fixed(2 * r);
  const rr = fixed(r);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    const cx = px(sx(xs[i]));
    const cy = px(sy(ys[i]));
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    parts.push(`M${fixed(cx - r)},${fixed(cy)}a${rr},${rr} 0 1,0 ${d},0a${rr},${rr} 0 1,0 -${d},0`);
  }
  return parts.join('');
}

/** The finite [min, max] of values, or null when there is none. */
export function finiteExtent(values: ArrayLike<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}
