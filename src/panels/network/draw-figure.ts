/**
 * Per-frame drawing of one network figure, outside React: dropout masks onto
 * the neuron elements (data-dropped + accessible name; an attribute is
 * written only when it changed), and the strongest edges as segments per
 * bucket, which the panel strokes on its canvas (and an SVG export writes as
 * paths).
 */
import type { RunId } from '../../experiment/types';
import { EDGE_BUCKETS, edgeSegments, type Segments } from './edge-paths';
import type { FigurePlan } from './figure-plan';
import { neuronLabel } from './labels';
import { maxAbsWeight } from './params';
import { type LayerSlice, layerSlices, paramCount } from '../../experiment/run-facts';
import { strongestEdges } from './strongest-edges';

export interface FigureDom {
  root: Element;
  plan: FigurePlan;
  /** neurons[layer][index] for the drawn neurons of hidden layers (input/output never change). */
  neurons: (Element | null)[][];
  lastDropped: Int8Array[];
}

/** Finds the figure's elements once per structural change. */
export function collectFigureDom(root: Element, plan: FigurePlan): FigureDom {
  const neurons = plan.columns.map((column, l) => Array.from({ length: column.shown }, (_, k) => root.querySelector(`[data-neuron="${l}:${k}"]`)));
  return { root, plan, neurons, lastDropped: plan.columns.map((c) => new Int8Array(c.shown).fill(-1)) };
}

/** Whether two plans of a figure draw the same neuron elements (a new plan after a change of p or size usually does). */
export function sameNeurons(a: FigurePlan, b: FigurePlan): boolean {
  return a.run === b.run && a.columns.length === b.columns.length && a.columns.every((column, l) => column.shown === b.columns[l]?.shown);
}

export interface DrawOptions {
  sizes: readonly number[];
  /** Training view: show the masks. Test view: every neuron active. */
  showMasks: boolean;
  /** Compare mode: names carry the run. */
  compare: boolean;
}

/**
 * How many of the strongest edges a layer pair shows: about four per drawn
 * neuron (fewer in compare mode, where two networks share the space), within 40…240.
 */
export function edgeLimit(shownIn: number, shownOut: number, compare: boolean): number {
  const perNeuron = compare ? 3 : 4;
  return Math.max(40, Math.min(compare ? 160 : 240, perNeuron * (shownIn + shownOut)));
}

/** The masks if they fit the layer sizes, else null (a frame of another shape). */
function fittingMasks(masks: readonly Uint8Array[] | null, sizes: readonly number[]): readonly Uint8Array[] | null {
  if (masks === null || masks.length !== sizes.length - 2) return null;
  return masks.every((m, l) => m.length === sizes[l + 1]) ? masks : null;
}

/** Whether neuron `index` of column `layer` is dropped under `masks` (input and output never are). */
function droppedIn(masks: readonly Uint8Array[] | null, layer: number, index: number): boolean {
  if (masks === null || layer < 1 || layer > masks.length) return false;
  return masks[layer - 1][index] === 0;
}

/** Writes the masks on show onto the neurons: data-dropped and the accessible name. */
export function drawMasks(dom: FigureDom, shownMasks: readonly Uint8Array[] | null, options: DrawOptions): void {
  const { sizes, showMasks, compare } = options;
  const layerCount = sizes.length;
  const runId: RunId | null = compare ? dom.plan.run : null;
  const masks = showMasks ? fittingMasks(shownMasks, sizes) : null;
  for (let l = 1; l < layerCount - 1; l++) {
    const elements = dom.neurons[l] ?? [];
    const last = dom.lastDropped[l];
    elements.forEach((element, k) => {
      if (element === null || last === undefined) return;
      const isDropped = droppedIn(masks, l, k);
      const state = (isDropped ? 1 : 0) + (showMasks ? 2 : 0);
      if (last[k] === state) return;
      last[k] = state;
      element.setAttribute('data-dropped', isDropped ? 'true' : 'false');
      element.setAttribute('aria-label', neuronLabel(l, k, layerCount, showMasks ? (isDropped ? 'dropped' : 'kept') : 'active', runId));
    });
  }
}

/** The figure's strongest edges, per layer pair, as segments per bucket (EDGE_BUCKETS order); none without fitting weights. */
export function figureEdges(plan: FigurePlan, params: Float32Array | null, shownMasks: readonly Uint8Array[] | null, options: DrawOptions): Segments[][] {
  const { sizes, showMasks, compare } = options;
  const { columns } = plan;
  const masks = showMasks ? fittingMasks(shownMasks, sizes) : null;
  const slices: LayerSlice[] = layerSlices(sizes);
  const paramsFit = params !== null && params.length === paramCount(sizes);
  return columns.slice(1).map((to, p) => {
    const slice = slices[p];
    const from = columns[p];
    if (!paramsFit || slice === undefined || from === undefined) return EDGE_BUCKETS.map(() => []);
    const edges = strongestEdges(params, slice, from.shown, to.shown, edgeLimit(from.shown, to.shown, compare));
    return edgeSegments(params, slice, edges, maxAbsWeight(params, slice), {
      xIn: from.x,
      ysIn: from.ys,
      xOut: to.x,
      ysOut: to.ys,
      droppedIn: (i) => droppedIn(masks, p, i),
      droppedOut: (o) => droppedIn(masks, p + 1, o),
    });
  });
}
