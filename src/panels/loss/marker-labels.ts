/**
 * Where the "best test" labels go: beside their marker line, inside the plot,
 * and never over one another (compare mode has two, often at nearby steps).
 */
import type { Box } from './chart-model';

export interface MarkerLabel {
  /** Pixel x of the marker line. */
  x: number;
  /** Width of the label's text, px. */
  width: number;
}

export interface PlacedLabel {
  /** The text's anchor point and alignment (SVG text-anchor). */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** The box the text covers. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const GAP = 4;

function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function candidate(label: MarkerLabel, side: 'start' | 'end', row: number, box: Box, text: number): PlacedLabel {
  const lineHeight = text * 1.3;
  const top = box.top + 2 + row * lineHeight;
  const bottom = top + lineHeight;
  const left = side === 'start' ? label.x + GAP : label.x - GAP - label.width;
  return { x: side === 'start' ? label.x + GAP : label.x - GAP, y: top + text * 0.95, anchor: side, left, right: left + label.width, top, bottom };
}

/**
 * One place per label, in order: the first row from the top where the label
 * fits beside its line (right of it, else left) inside the plot without
 * touching a label already placed. A label too wide for the plot is clamped
 * to its left edge, on a row of its own; null where no row is left (a plot
 * too short for it), and the label is not shown.
 */
export function placeMarkerLabels(labels: readonly MarkerLabel[], box: Box, text: number): (PlacedLabel | null)[] {
  const placed: PlacedLabel[] = [];
  const out: (PlacedLabel | null)[] = [];
  const right = box.left + box.width;
  const bottom = box.top + box.height;
  const inside = (p: PlacedLabel) => p.left >= box.left + 1 && p.right <= right && p.bottom <= bottom;
  for (const label of labels) {
    let chosen: PlacedLabel | null = null;
    for (let row = 0; row <= placed.length && chosen === null; row++) {
      for (const side of ['start', 'end'] as const) {
        const c = candidate(label, side, row, box, text);
        if (inside(c) && !placed.some((p) => overlaps(p, c))) {
          chosen = c;
          break;
        }
      }
    }
    if (chosen === null) {
      const c = candidate(label, 'start', placed.length, box, text);
      const left = Math.max(box.left + 1, Math.min(c.left, right - label.width));
      if (c.bottom <= bottom) chosen = { ...c, x: left, left, right: left + label.width };
    }
    if (chosen !== null) placed.push(chosen);
    out.push(chosen);
  }
  return out;
}
