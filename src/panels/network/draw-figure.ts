/**
 * Per-frame drawing of one network figure, outside React: dropout masks onto
 * the neuron elements (data-dropped + accessible name) and the strongest
 * edges into the bucket paths. Writes an attribute only when it changed.
 */
import type { RunFrame } from '../../training/protocol';
import type { RunId } from '../../experiment/types';
import { edgePaths, EDGE_BUCKETS } from './edge-paths';
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
  /** edges[pair][bucket]. */
  edges: (Element | null)[][];
  lastDropped: Int8Array[];
  lastD: string[][];
}

/** Finds the figure's elements once per structural change. */
export function collectFigureDom(root: Element, plan: FigurePlan): FigureDom {
  const neurons = plan.columns.map((column, l) => Array.from({ length: column.shown }, (_, k) => root.querySelector(`[data-neuron="${l}:${k}"]`)));
  const edges = plan.columns.slice(1).map((_, p) => EDGE_BUCKETS.map((__, b) => root.querySelector(`path[data-pair="${p}"][data-bucket="${b}"]`)));
  return {
    root,
    plan,
    neurons,
    edges,
    lastDropped: plan.columns.map((c) => new Int8Array(c.shown).fill(-1)),
    lastD: edges.map((pair) => pair.map(() => '\u0000')),
  };
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

function masksFit(run: RunFrame, sizes: readonly number[]): boolean {
  if (run.masks.length !== sizes.length - 2) return false;
  return run.masks.every((m, l) => m.length === sizes[l + 1]);
}

export function drawFigure(dom: FigureDom, run: RunFrame | null, options: DrawOptions): void {
  const { sizes, showMasks, compare } = options;
  const { columns } = dom.plan;
  const layerCount = sizes.length;
  const runId: RunId | null = compare ? dom.plan.run : null;
  const masks = run !== null && showMasks && masksFit(run, sizes) ? run.masks : null;
  const dropped = (layer: number, index: number): boolean => {
    if (masks === null || layer < 1 || layer > layerCount - 2) return false;
    return masks[layer - 1][index] === 0;
  };

  for (let l = 1; l < layerCount - 1; l++) {
    const elements = dom.neurons[l] ?? [];
    const last = dom.lastDropped[l];
    elements.forEach((element, k) => {
      if (element === null || last === undefined) return;
      const isDropped = dropped(l, k);
      const state = (isDropped ? 1 : 0) + (showMasks ? 2 : 0);
      if (last[k] === state) return;
      last[k] = state;
      element.setAttribute('data-dropped', isDropped ? 'true' : 'false');
      element.setAttribute('aria-label', neuronLabel(l, k, layerCount, showMasks ? (isDropped ? 'dropped' : 'kept') : 'active', runId));
    });
  }

  const slices: LayerSlice[] = layerSlices(sizes);
  const paramsFit = run !== null && run.params.length === paramCount(sizes);
  dom.edges.forEach((paths, p) => {
    const slice = slices[p];
    const from = columns[p];
    const to = columns[p + 1];
    let ds: string[];
    if (!paramsFit || run === null || slice === undefined || from === undefined || to === undefined) {
      ds = paths.map(() => '');
    } else {
      const edges = strongestEdges(run.params, slice, from.shown, to.shown, edgeLimit(from.shown, to.shown, compare));
      ds = edgePaths(run.params, slice, edges, maxAbsWeight(run.params, slice), {
        xIn: from.x,
        ysIn: from.ys,
        xOut: to.x,
        ysOut: to.ys,
        droppedIn: (i) => dropped(p, i),
        droppedOut: (o) => dropped(p + 1, o),
      });
    }
    paths.forEach((path, b) => {
      const d = ds[b] ?? '';
      if (path === null || dom.lastD[p][b] === d) return;
      dom.lastD[p][b] = d;
      if (d === '') path.removeAttribute('d');
      else path.setAttribute('d', d);
    });
  });
}
