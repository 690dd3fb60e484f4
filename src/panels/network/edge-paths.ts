/**
 * Edges grouped into a few styled buckets per layer pair: by sign (colour), by
 * strength level (width and opacity, scaled by the layer pair's max |w|) and
 * by whether an end is a dropped neuron (faded) or the edge itself is dropped (cut). The
 * screen strokes a bucket on a canvas in one path; an SVG export writes it as one `d` attribute.
 */
import type { LayerSlice } from '../../experiment/run-facts';

export const STRENGTH_LEVELS = 4;

/**
 * How an edge is drawn: `faded` when an end is a dropped neuron (Bernoulli dropout: the X on
 * the neuron says it), `cut` when the weight itself is dropped (DropConnect: the edge is what
 * the noise hits, so it is drawn in the dropped colour, dashed), else `kept`.
 */
export type EdgeState = 'faded' | 'cut' | 'kept';

/** Drawing order: faded ones underneath, then cut ones, then the kept ones on top. */
const EDGE_STATES: readonly EdgeState[] = ['faded', 'cut', 'kept'];

export interface EdgeBucket {
  positive: boolean;
  /** 0 (weakest) … STRENGTH_LEVELS − 1 (strongest). */
  level: number;
  state: EdgeState;
}

/** Every bucket in drawing order: by state (EDGE_STATES), then weak to strong. */
export const EDGE_BUCKETS: readonly EdgeBucket[] = EDGE_STATES.flatMap((state) =>
  Array.from({ length: STRENGTH_LEVELS }, (_, level) => [true, false].map((positive) => ({ positive, level, state }))).flat(),
);

export function bucketIndex(positive: boolean, level: number, state: EdgeState): number {
  return EDGE_STATES.indexOf(state) * STRENGTH_LEVELS * 2 + level * 2 + (positive ? 0 : 1);
}

/** The strength level of |w| relative to the layer pair's largest |w|. */
export function strengthLevel(magnitude: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(magnitude)) return 0;
  const t = Math.min(1, Math.max(0, magnitude / max));
  return Math.min(STRENGTH_LEVELS - 1, Math.floor(t * STRENGTH_LEVELS));
}

/** Stroke width and opacity of a bucket. */
export function bucketStyle(bucket: EdgeBucket): { width: number; opacity: number } {
  const t = (bucket.level + 1) / STRENGTH_LEVELS;
  const opacity = bucket.state === 'faded' ? 0.1 : bucket.state === 'cut' ? 0.3 + 0.3 * t : 0.2 + 0.6 * t;
  return { width: 0.5 + 2.5 * t * t, opacity };
}

export interface BucketStroke {
  color: string;
  width: number;
  opacity: number;
  /** Dash pattern (px); empty = solid. */
  dash: readonly number[];
}

const FADED_DASH = [2, 3];
const CUT_DASH = [4, 3];

/** Everything a stroke of a bucket needs, the same on the canvas and in an SVG export. */
export function bucketStroke(bucket: EdgeBucket, colors: { positive: string; negative: string; cut: string }): BucketStroke {
  const { width, opacity } = bucketStyle(bucket);
  const color = bucket.state === 'cut' ? colors.cut : bucket.positive ? colors.positive : colors.negative;
  const dash = bucket.state === 'faded' ? FADED_DASH : bucket.state === 'cut' ? CUT_DASH : [];
  return { color, width, opacity, dash };
}

export interface EdgeEnds {
  xIn: number;
  ysIn: readonly number[];
  xOut: number;
  ysOut: readonly number[];
  /** Whether neuron i of the previous column / o of this column is dropped. */
  droppedIn: (i: number) => boolean;
  droppedOut: (o: number) => boolean;
  /** DropConnect: whether the weight from i to o itself is dropped (the neurons stay). */
  droppedEdge?: (i: number, o: number) => boolean;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Line segments of one bucket, flat: x1, y1, x2, y2 of each edge in turn (px, to 0.1). */
export type Segments = number[];

/** The chosen edges of a layer pair as segments, one list per bucket (EDGE_BUCKETS order). */
export function edgeSegments(params: ArrayLike<number>, slice: LayerSlice, edges: ArrayLike<number>, max: number, ends: EdgeEnds): Segments[] {
  const buckets: Segments[] = EDGE_BUCKETS.map(() => []);
  for (let k = 0; k < edges.length; k++) {
    const local = edges[k];
    const i = Math.floor(local / slice.nOut);
    const o = local - i * slice.nOut;
    const yIn = ends.ysIn[i];
    const yOut = ends.ysOut[o];
    const w = params[slice.weightOffset + local];
    if (yIn === undefined || yOut === undefined || !Number.isFinite(w)) continue;
    const state: EdgeState = ends.droppedIn(i) || ends.droppedOut(o) ? 'faded' : (ends.droppedEdge?.(i, o) ?? false) ? 'cut' : 'kept';
    buckets[bucketIndex(w >= 0, strengthLevel(Math.abs(w), max), state)].push(round(ends.xIn), round(yIn), round(ends.xOut), round(yOut));
  }
  return buckets;
}

/** A bucket's segments as an SVG path `d`. */
export function segmentsPath(segments: Segments): string {
  let d = '';
  for (let k = 0; k + 3 < segments.length; k += 4) d += `M${segments[k]} ${segments[k + 1]}L${segments[k + 2]} ${segments[k + 3]}`;
  return d;
}

/** One `d` string per bucket (EDGE_BUCKETS order) for the chosen edges of a layer pair. */
export function edgePaths(params: ArrayLike<number>, slice: LayerSlice, edges: ArrayLike<number>, max: number, ends: EdgeEnds): string[] {
  return edgeSegments(params, slice, edges, max, ends).map(segmentsPath);
}
