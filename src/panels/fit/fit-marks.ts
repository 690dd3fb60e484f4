/**
 * The fit plot's data marks as a list: each mark is a line, a band or a set
 * of dots with its style, in drawing order (the first drawn lowest). A plot
 * builds the list every frame; the canvas paints it (paint-marks.ts), and an
 * SVG export writes the same list as <path>s (markPathAttributes). Adding a
 * curve is adding one entry.
 */
import { bandPath, curvePath, dotsPath, type Scale } from './paths';

export interface MarkStyle {
  /** Stroke colour; none when absent. */
  readonly stroke?: string;
  /** Fill colour; none when absent. */
  readonly fill?: string;
  readonly width?: number;
  /** Dash and gap lengths, in px. */
  readonly dash?: readonly number[];
  readonly opacity?: number;
  /** Round joins and caps (the model's curves). */
  readonly round?: boolean;
}

interface MarkBase {
  /** Names the mark in the canvas's data-marks and in an export (data-mark). */
  readonly id: string;
  readonly style: MarkStyle;
  /** Kept within the plot's inner box (curves), or drawn whole (points). */
  readonly clip: boolean;
  /** The y scale of this mark when it is not the plot's (a neuron's output, stretched over the plot). */
  readonly sy?: Scale;
  /** Its data changes rarely (points, the true function): painted from a cached bitmap (still-marks.ts). */
  readonly still?: boolean;
}

/** A curve through (xs[i], ys[offset + i]); non-finite values leave gaps. */
export interface LineMark extends MarkBase {
  readonly kind: 'line';
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly offset?: number;
}

/** mean ± k·std over xs. */
export interface BandMark extends MarkBase {
  readonly kind: 'band';
  readonly xs: ArrayLike<number>;
  readonly mean: ArrayLike<number>;
  readonly std: ArrayLike<number>;
  readonly k: number;
}

/** A circle of radius r at every finite (xs[i], ys[i]). */
export interface DotsMark extends MarkBase {
  readonly kind: 'dots';
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly r: number;
}

export type FitMark = LineMark | BandMark | DotsMark;

/** The SVG path data of a mark, from the same helpers the plot drew with before it used a canvas. */
export function markPath(mark: FitMark, sx: Scale, sy: Scale): string {
  const y = mark.sy ?? sy;
  switch (mark.kind) {
    case 'line':
      return curvePath(mark.xs, mark.ys, sx, y, mark.offset ?? 0);
    case 'band':
      return bandPath(mark.xs, mark.mean, mark.std, mark.k, sx, y);
    case 'dots':
      return dotsPath(mark.xs, mark.ys, sx, y, mark.r);
  }
}

/** The attributes of a mark's <path> in an SVG export (without d and clip-path). */
export function markPathAttributes(mark: FitMark): Record<string, string> {
  const { stroke, fill, width, dash, opacity } = mark.style;
  const attributes: Record<string, string> = { 'data-mark': mark.id, fill: fill ?? 'none', stroke: stroke ?? 'none' };
  if (stroke !== undefined) attributes['stroke-width'] = String(width ?? 1);
  if (dash !== undefined && dash.length > 0) attributes['stroke-dasharray'] = dash.join(' ');
  if (opacity !== undefined && opacity !== 1) attributes['stroke-opacity'] = String(opacity);
  if (mark.style.round === true) {
    attributes['stroke-linejoin'] = 'round';
    attributes['stroke-linecap'] = 'round';
  }
  return attributes;
}

/** "id:width" of each mark (width of its stroke, 0 for none): the canvas's data-marks, for tests and tools. */
export function describeMarks(marks: readonly FitMark[]): string {
  return marks.map((m) => `${m.id}:${m.style.stroke === undefined ? 0 : (m.style.width ?? 1)}`).join(' ');
}
