/**
 * Per-frame drawing of one network figure, outside React: each scheme's noise
 * onto the neuron elements (Bernoulli: data-dropped; Gaussian: data-noise,
 * data-factor and a fill by |factor|; always the accessible name; attributes
 * are written only when they changed), and the strongest edges as segments
 * per bucket (DropConnect: a dropped weight's edge is `cut`), which the panel
 * strokes on its canvas (and an SVG export writes as paths).
 */
import type { RunId } from '../../experiment/types';
import { EDGE_BUCKETS, edgeSegments, type Segments } from './edge-paths';
import type { FigurePlan } from './figure-plan';
import { formatFactor, neuronLabel } from './labels';
import type { RunNoise } from './mask-hold';
import { knockedOutLabel } from './knockout-marks';
import { maxAbsWeight } from './params';
import { type LayerSlice, layerSlices, paramCount } from '../../experiment/run-facts';
import { strongestEdges } from './strongest-edges';

export interface FigureDom {
  root: Element;
  plan: FigurePlan;
  /** neurons[layer][index] for the drawn neurons of hidden layers (input/output never change). */
  neurons: (Element | null)[][];
  /** What each neuron shows now (a key of its state), so an unchanged neuron is not written again. */
  lastState: string[][];
}

/** Finds the figure's elements once per structural change. */
export function collectFigureDom(root: Element, plan: FigurePlan): FigureDom {
  const neurons = plan.columns.map((column, l) => Array.from({ length: column.shown }, (_, k) => root.querySelector(`[data-neuron="${l}:${k}"]`)));
  return { root, plan, neurons, lastState: plan.columns.map((c) => new Array<string>(c.shown).fill('')) };
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
  /** Knock-outs: whether hidden neuron `index` of column `layer` is knocked out (marked, and so named). */
  knockedOut?: (layer: number, index: number) => boolean;
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

/** The Gaussian noise factors on show if they fit the layer sizes, else null. */
function fittingFactors(factors: readonly Float32Array[] | null, sizes: readonly number[]): readonly Float32Array[] | null {
  if (factors === null || factors.length !== sizes.length - 2) return null;
  return factors.every((f, l) => f.length === sizes[l + 1]) ? factors : null;
}

/** Gaussian dropout's factor of neuron `index` of column `layer`, or null where the layer has no noise (p = 0). */
function factorIn(factors: readonly Float32Array[] | null, dropout: readonly number[], layer: number, index: number): number | null {
  if (factors === null || layer < 1 || layer > factors.length || !((dropout[layer - 1] ?? 0) > 0)) return null;
  const factor = factors[layer - 1][index];
  return factor === undefined || !Number.isFinite(factor) ? null : factor;
}

/** How much of a neuron's body a factor fills: |factor| / 2, capped (0 = white like a dropped unit, 1 = half, ≥ 2 = full). */
export function noiseFill(factor: number): number {
  return Math.min(1, Math.abs(factor) / 2);
}

/** A factor for data-factor: two decimals, ASCII minus, never "-0.00". */
function factorAttribute(factor: number): string {
  const text = factor.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** Sets (or, with null, removes) the neuron's --noise-fill, which network.css turns into the body's fill-opacity. */
function setNoiseFill(element: Element, value: string | null): void {
  const style = (element as Element & Partial<ElementCSSInlineStyle>).style;
  if (style === undefined) return;
  if (value === null) style.removeProperty('--noise-fill');
  else style.setProperty('--noise-fill', value);
}

/**
 * Writes the noise on show onto the neurons: data-dropped (Bernoulli dropout), data-noise and
 * data-factor with the fill (Gaussian dropout), and the accessible name.
 */
export function drawNoise(dom: FigureDom, noise: RunNoise | null, options: DrawOptions): void {
  const { sizes, showMasks, compare } = options;
  const layerCount = sizes.length;
  const runId: RunId | null = compare ? dom.plan.run : null;
  const masks = showMasks ? fittingMasks(noise?.masks ?? null, sizes) : null;
  const factors = showMasks ? fittingFactors(noise?.neuronFactors ?? null, sizes) : null;
  const dropout = noise?.dropout ?? [];
  for (let l = 1; l < layerCount - 1; l++) {
    const elements = dom.neurons[l] ?? [];
    const last = dom.lastState[l];
    elements.forEach((element, k) => {
      if (element === null || last === undefined) return;
      const isDropped = droppedIn(masks, l, k);
      const factor = factorIn(factors, dropout, l, k);
      const factorText = factor === null ? null : formatFactor(factor);
      const knocked = options.knockedOut?.(l, k) ?? false;
      const state = `${isDropped ? 1 : 0}${showMasks ? 1 : 0}${knocked ? 1 : 0}${factorText ?? ''}`;
      if (last[k] === state) return;
      last[k] = state;
      element.setAttribute('data-dropped', isDropped ? 'true' : 'false');
      element.setAttribute('data-knocked', knocked ? 'true' : 'false');
      if (factor === null || factorText === null) {
        element.removeAttribute('data-noise');
        element.removeAttribute('data-factor');
        setNoiseFill(element, null);
      } else {
        element.setAttribute('data-noise', factor < 0 ? 'negative' : 'positive');
        element.setAttribute('data-factor', factorAttribute(factor));
        setNoiseFill(element, noiseFill(factor).toFixed(2));
      }
      const named = factorText === null ? (showMasks ? (isDropped ? 'dropped' : 'kept') : 'active') : { factor: factorText };
      element.setAttribute('aria-label', knocked ? knockedOutLabel(l, k, runId) : neuronLabel(l, k, layerCount, named, runId));
    });
  }
}

/** DropConnect's kept-weight flags of layer pair `pair` (the weights leaving column `pair`) if they fit, else null. */
function keptEdgesOf(noise: RunNoise | null, sizes: readonly number[], pair: number): Uint8Array | null {
  // keptEdges[0] belongs to the weights reading hidden layer 1: layer pair 1 (pair 0 reads the input, never dropped).
  const kept = noise?.keptEdges?.[pair - 1];
  if (pair < 1 || kept === undefined || !((noise?.dropout[pair - 1] ?? 0) > 0)) return null;
  return kept.length === (sizes[pair] ?? 0) * (sizes[pair + 1] ?? 0) ? kept : null;
}

/** How many edges the figure draws, and how many of them are dropped weights (DropConnect). */
export function edgeCounts(pairs: readonly (readonly Segments[])[]): { drawn: number; cut: number } {
  let drawn = 0;
  let cut = 0;
  for (const buckets of pairs) {
    buckets.forEach((segments, b) => {
      const count = segments.length / 4;
      drawn += count;
      if (EDGE_BUCKETS[b]?.state === 'cut') cut += count;
    });
  }
  return { drawn, cut };
}

/** The figure's strongest edges, per layer pair, as segments per bucket (EDGE_BUCKETS order); none without fitting weights. */
export function figureEdges(plan: FigurePlan, params: Float32Array | null, noise: RunNoise | null, options: DrawOptions): Segments[][] {
  const { sizes, showMasks, compare } = options;
  const { columns } = plan;
  const masks = showMasks ? fittingMasks(noise?.masks ?? null, sizes) : null;
  // Knock-outs act at test time only: in the test view their edges fade as a dropped neuron's do.
  const knocked = showMasks ? () => false : (options.knockedOut ?? (() => false));
  const slices: LayerSlice[] = layerSlices(sizes);
  const paramsFit = params !== null && params.length === paramCount(sizes);
  return columns.slice(1).map((to, p) => {
    const slice = slices[p];
    const from = columns[p];
    if (!paramsFit || slice === undefined || from === undefined) return EDGE_BUCKETS.map(() => []);
    const edges = strongestEdges(params, slice, from.shown, to.shown, edgeLimit(from.shown, to.shown, compare));
    const kept = showMasks ? keptEdgesOf(noise, sizes, p) : null;
    return edgeSegments(params, slice, edges, maxAbsWeight(params, slice), {
      xIn: from.x,
      ysIn: from.ys,
      xOut: to.x,
      ysOut: to.ys,
      droppedIn: (i) => droppedIn(masks, p, i) || knocked(p, i),
      droppedOut: (o) => droppedIn(masks, p + 1, o) || knocked(p + 1, o),
      droppedEdge: kept === null ? undefined : (i, o) => kept[i * slice.nOut + o] === 0,
    });
  });
}
