import { SETTINGS } from '../../experiment/settings';
import type { ExperimentConfig, Point } from '../../experiment/types';

type DatasetName = ExperimentConfig['dataset'];
import { STRINGS } from '../kit/strings';

/** Where the editable points come from: the user's own points, or the current training set. */
export interface PointSource {
  dataset: DatasetName;
  /** config.points (only meaningful for dataset 'custom'). */
  configPoints: readonly Point[] | undefined;
  /** The training set on show (telemetry.data), or null while it has not arrived. */
  trainX: ArrayLike<number> | null;
  trainY: ArrayLike<number> | null;
}

export type EditOutcome =
  /** New custom points; `converted` when this edit turns a generated dataset into custom data. */
  { kind: 'update'; points: Point[]; converted: boolean; message: string } | { kind: 'refused'; message: string };

const { min: MIN_POINTS, max: MAX_POINTS } = SETTINGS.pts.limits.count;

/** Coordinates are kept to three decimals: plenty for a click, and short in a link. */
function round3(v: number): number {
  return Math.round(v * 1000) / 1000 + 0;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** A point inside the allowed box (x ∈ [−1, 1], y ∈ [−2, 2]), rounded; non-finite values go to 0. */
export function clampPoint(p: Point): Point {
  const { x: coordinate, y: customY } = SETTINGS.pts.limits;
  const x = Number.isFinite(p.x) ? p.x : 0;
  const y = Number.isFinite(p.y) ? p.y : 0;
  return { x: round3(clamp(x, coordinate.min, coordinate.max)), y: round3(clamp(y, customY.min, customY.max)) };
}

/** The points an edit starts from: the custom points, or (before converting) the training set. */
export function editablePoints(source: PointSource): Point[] | null {
  if (source.dataset === 'custom') return (source.configPoints ?? []).map((p) => ({ x: p.x, y: p.y }));
  const { trainX, trainY } = source;
  if (trainX === null || trainY === null) return null;
  const points: Point[] = [];
  const count = Math.min(trainX.length, trainY.length);
  for (let i = 0; i < count; i++) {
    if (Number.isFinite(trainX[i]) && Number.isFinite(trainY[i])) points.push(clampPoint({ x: trainX[i], y: trainY[i] }));
  }
  return points;
}

const countText = STRINGS.fit.points.count;

function formatCoord(v: number): string {
  return v.toFixed(2).replace('-', '−');
}

const NOT_READY: EditOutcome = { kind: 'refused', message: STRINGS.fit.points.notReady };

/** Adds a point (clamped into the allowed box). */
export function addPoint(source: PointSource, at: Point): EditOutcome {
  const base = editablePoints(source);
  if (base === null) return NOT_READY;
  if (base.length + 1 > MAX_POINTS) return { kind: 'refused', message: STRINGS.fit.points.atMost(MAX_POINTS) };
  const p = clampPoint(at);
  const points = [...base, p];
  if (points.length < MIN_POINTS) return { kind: 'refused', message: STRINGS.fit.points.needsAtLeast(MIN_POINTS) };
  const converted = source.dataset !== 'custom';
  const where = `(${formatCoord(p.x)}, ${formatCoord(p.y)})`;
  const message = converted ? STRINGS.fit.points.switched(points.length) : STRINGS.fit.points.added(where, countText(points.length));
  return { kind: 'update', points, converted, message };
}

/** Pixels per data unit, so "nearest" means nearest on screen. */
export interface Aspect {
  x: number;
  y: number;
}

/** Index of the point nearest `target` (squared distance weighted by `aspect`), or −1 if there is none. */
export function nearestIndex(points: readonly Point[], target: Point, aspect: Aspect = { x: 1, y: 1 }): number {
  let best = -1;
  let bestDistance = Infinity;
  points.forEach((p, i) => {
    const dx = (p.x - target.x) * aspect.x;
    const dy = (p.y - target.y) * aspect.y;
    const d = dx * dx + dy * dy;
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** Removes the editable point nearest `target`. */
export function removeNearestPoint(source: PointSource, target: Point, aspect?: Aspect): EditOutcome {
  const base = editablePoints(source);
  if (base === null) return NOT_READY;
  const index = nearestIndex(base, target, aspect);
  if (index < 0) return { kind: 'refused', message: STRINGS.fit.points.noneToRemove };
  if (base.length - 1 < MIN_POINTS) return { kind: 'refused', message: STRINGS.fit.points.atLeastNeeded(MIN_POINTS) };
  const points = base.filter((_, i) => i !== index);
  const converted = source.dataset !== 'custom';
  const message = converted ? STRINGS.fit.points.switched(points.length) : STRINGS.fit.points.removed(countText(points.length));
  return { kind: 'update', points, converted, message };
}

/**
 * The point under a click, if any: the candidate nearest (x, y) in pixels
 * within `radius` pixels. `toPixels` maps a data point to the screen.
 */
export function hitTest(candidates: readonly Point[], x: number, y: number, toPixels: (p: Point) => Point, radius: number): Point | null {
  let best: Point | null = null;
  let bestDistance = radius * radius;
  for (const p of candidates) {
    const q = toPixels(p);
    const d = (q.x - x) ** 2 + (q.y - y) ** 2;
    if (d <= bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}
