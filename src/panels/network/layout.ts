/**
 * Where the neurons of one network go: columns left to right, each column's
 * neurons spread vertically. A column that cannot fit all its neurons at a
 * readable radius shows the first ones and a "+N more" marker at its bottom.
 */

export interface ColumnOptions {
  /** Smallest readable radius; below it the column is cut short. */
  minRadius: number;
  maxRadius: number;
  /** Centre-to-centre distance per unit of radius (2 = touching circles). */
  spacingPerRadius: number;
  /** Height reserved for the "+N more" marker. */
  markerHeight: number;
}

export const DEFAULT_COLUMN: ColumnOptions = { minRadius: 4, maxRadius: 10, spacingPerRadius: 2.6, markerHeight: 14 };

export interface Column {
  x: number;
  /** Neurons in the layer. */
  count: number;
  /** Neurons drawn: the first `shown` of them. */
  shown: number;
  /** Neurons not drawn (count − shown). */
  more: number;
  radius: number;
  /** Centre y of each drawn neuron. */
  ys: number[];
  /** Centre y of the "+N more" marker, or null when every neuron is drawn. */
  moreY: number | null;
}

/** One column between `top` and `bottom` (pixels, top < bottom), at x = 0. */
export function columnLayout(count: number, top: number, bottom: number, options: ColumnOptions = DEFAULT_COLUMN): Column {
  const n = Math.max(0, Math.floor(count));
  const height = Math.max(0, bottom - top);
  const { minRadius, maxRadius, spacingPerRadius, markerHeight } = options;
  if (n === 0) return { x: 0, count: 0, shown: 0, more: 0, radius: minRadius, ys: [], moreY: null };
  const natural = height / n;
  const fitted = Math.min(maxRadius, natural / spacingPerRadius);
  if (fitted >= minRadius) {
    // Everything fits: spread evenly, but no further apart than a comfortable maximum.
    const spacing = Math.min(natural, maxRadius * spacingPerRadius * 1.4);
    const start = (top + bottom) / 2 - (spacing * (n - 1)) / 2;
    return { x: 0, count: n, shown: n, more: 0, radius: fitted, ys: Array.from({ length: n }, (_, k) => start + k * spacing), moreY: null };
  }
  const spacing = minRadius * spacingPerRadius;
  const shown = Math.max(1, Math.min(n - 1, Math.floor((height - markerHeight) / spacing)));
  const block = shown * spacing + markerHeight;
  const start = (top + bottom) / 2 - block / 2 + spacing / 2;
  const ys = Array.from({ length: shown }, (_, k) => start + k * spacing);
  return { x: 0, count: n, shown, more: n - shown, radius: minRadius, ys, moreY: start + (shown - 0.5) * spacing + markerHeight / 2 };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Columns for `sizes` spread across `box` from `padX` inside its left edge to `padX` inside its right edge. */
export function networkColumns(sizes: readonly number[], box: Box, padX: number, options: ColumnOptions = DEFAULT_COLUMN): Column[] {
  const count = sizes.length;
  const left = box.x + padX;
  const right = box.x + box.width - padX;
  const step = count > 1 ? (right - left) / (count - 1) : 0;
  return sizes.map((size, l) => ({ ...columnLayout(size, box.y, box.y + box.height, options), x: count > 1 ? left + l * step : (left + right) / 2 }));
}

/** The distance between neighbouring columns: the room a column label has. */
export function columnSpacing(columns: readonly Column[]): number {
  return columns.length > 1 ? Math.abs(columns[1].x - columns[0].x) : Infinity;
}
