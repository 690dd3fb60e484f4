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
import type { PlotScales } from './scales';

interface Painted {
  readonly marks: readonly FitMark[];
  readonly scales: PlotScales;
  readonly clipId: string;
}

const painted = new WeakMap<SVGGElement, Painted>();

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
  paintMarks(context, marks, scales.x, scales.y, box.inner);
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
