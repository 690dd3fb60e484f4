/**
 * The fit plots' marks on one canvas under the panel's SVG. Each plot clears
 * its own box and paints its list (a side-by-side comparison shares the
 * canvas); the SVG keeps titles, axes, notes, the cursor and the accessible
 * description. The list a plot painted last is kept for its SVG export, which
 * writes it as <path>s into the plot's (on screen, empty) <g data-fit-marks>.
 */
import { sizeCanvas } from '../kit/canvas';
import { type FitMark, describeMarks, markPath, markPathAttributes } from './fit-marks';
import type { PlotBox } from './geometry';
import { paintMarks } from './paint-marks';
import { markRuns, sameKey, stillKey } from './still-marks';
import type { PlotScales } from './scales';

interface Painted {
  readonly marks: readonly FitMark[];
  readonly scales: PlotScales;
  readonly clipId: string;
}

const painted = new WeakMap<SVGGElement, Painted>();

interface Bitmap {
  key: unknown[];
  canvas: HTMLCanvasElement;
}

/** Each plot's bitmaps of its still runs, by the run's position in its list. */
const bitmaps = new WeakMap<SVGGElement, Map<number, Bitmap>>();

/** The bitmap of a still run, painted again only when what it shows changed. */
function stillBitmap(
  owner: Map<number, Bitmap>,
  index: number,
  marks: readonly FitMark[],
  key: unknown[],
  size: CanvasSize,
  ratio: number,
  scales: PlotScales,
  box: PlotBox,
): HTMLCanvasElement | null {
  const cached = owner.get(index);
  if (cached !== undefined && sameKey(cached.key, key)) return cached.canvas;
  const canvas = cached?.canvas ?? document.createElement('canvas');
  sizeCanvas(canvas, size.width, size.height, ratio);
  const context = canvas.getContext('2d');
  if (context === null) return null;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  paintMarks(context, marks, scales.x, scales.y, box.inner);
  owner.set(index, { key, canvas });
  return canvas;
}

export interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

/** Paints one plot's marks into its box of the shared canvas and remembers them for an export. */
export function paintPlot(
  canvas: HTMLCanvasElement | null,
  size: CanvasSize,
  box: PlotBox,
  scales: PlotScales,
  marks: readonly FitMark[],
  group: SVGGElement | null,
  clipId: string,
): void {
  if (group !== null) {
    painted.set(group, { marks, scales, clipId });
    const description = describeMarks(marks);
    if (group.getAttribute('data-marks') !== description) group.setAttribute('data-marks', description);
  }
  if (canvas === null) return;
  const ratio = window.devicePixelRatio || 1;
  sizeCanvas(canvas, size.width, size.height, ratio);
  const context = canvas.getContext('2d');
  if (context === null) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const { outer } = box;
  context.clearRect(outer.x, outer.y, outer.width, outer.height);
  let owner = group === null ? undefined : bitmaps.get(group);
  if (group !== null && owner === undefined) {
    owner = new Map();
    bitmaps.set(group, owner);
  }
  // The plot's box in device pixels: what a still run's bitmap contributes.
  const x0 = Math.max(0, Math.floor(outer.x * ratio));
  const y0 = Math.max(0, Math.floor(outer.y * ratio));
  const w = Math.min(canvas.width, Math.ceil((outer.x + outer.width) * ratio)) - x0;
  const h = Math.min(canvas.height, Math.ceil((outer.y + outer.height) * ratio)) - y0;
  markRuns(marks).forEach((run, index) => {
    const bitmap =
      run.still && owner !== undefined
        ? stillBitmap(owner, index, run.marks, stillKey(run.marks, [scales, box, ratio, size.width, size.height]), size, ratio, scales, box)
        : null;
    if (bitmap === null || w <= 0 || h <= 0) {
      paintMarks(context, run.marks, scales.x, scales.y, box.inner);
      return;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(bitmap, x0, y0, w, h, x0, y0, w, h);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
  });
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Writes each plot's painted marks into the matching <g data-fit-marks> of `copy`, a clone of `source`. */
export function writeFitMarks(source: SVGSVGElement, copy: SVGSVGElement): void {
  const sources = source.querySelectorAll<SVGGElement>('g[data-fit-marks]');
  const copies = copy.querySelectorAll<SVGGElement>('g[data-fit-marks]');
  sources.forEach((group, i) => {
    const target = copies[i];
    const entry = painted.get(group);
    if (target === undefined || entry === undefined) return;
    for (const mark of entry.marks) {
      const d = markPath(mark, entry.scales.x, entry.scales.y);
      if (d === '') continue;
      const path = document.createElementNS(SVG_NS, 'path');
      for (const [key, value] of Object.entries(markPathAttributes(mark))) path.setAttribute(key, value);
      if (mark.clip) path.setAttribute('clip-path', `url(#${entry.clipId})`);
      path.setAttribute('d', d);
      target.append(path);
    }
  });
}
