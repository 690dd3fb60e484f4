/**
 * Strokes the network's edges on a canvas: every figure's segments of one
 * bucket in one path, so a frame is a handful of strokes however many edges
 * are drawn. Styles are the buckets' (edge-paths.ts), the same an SVG export
 * writes.
 */
import { palette } from '../kit/palette';
import { bucketStroke, EDGE_BUCKETS, type Segments } from './edge-paths';

/** Segments per figure, per layer pair, per bucket (EDGE_BUCKETS order). */
export type EdgeLayer = readonly (readonly (readonly Segments[])[])[];

const SOLID: number[] = [];

/** The edge colours: weights by sign, dropped weights (DropConnect) in the dropped colour. */
export const EDGE_COLORS = { positive: palette.weightPositive, negative: palette.weightNegative, cut: palette.dropped } as const;

export function paintEdges(context: CanvasRenderingContext2D, layer: EdgeLayer, ratio: number): void {
  const { canvas } = context;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.lineCap = 'round';
  EDGE_BUCKETS.forEach((bucket, b) => {
    let any = false;
    context.beginPath();
    for (const figure of layer) {
      for (const pair of figure) {
        const segments = pair[b];
        if (segments === undefined) continue;
        for (let k = 0; k + 3 < segments.length; k += 4) {
          context.moveTo(segments[k], segments[k + 1]);
          context.lineTo(segments[k + 2], segments[k + 3]);
          any = true;
        }
      }
    }
    if (!any) return;
    const stroke = bucketStroke(bucket, EDGE_COLORS);
    context.strokeStyle = stroke.color;
    context.globalAlpha = stroke.opacity;
    context.lineWidth = stroke.width;
    context.setLineDash([...stroke.dash]);
    context.stroke();
  });
  context.globalAlpha = 1;
  context.setLineDash(SOLID);
}
