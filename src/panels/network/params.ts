/**
 * Reading weights out of a run's flat parameter vector. The layout (from the
 * worker protocol): for each layer l = 1..L+1 in order, W of nIn × nOut
 * row-major (row i = the weights leaving input neuron i, W[i * nOut + o]),
 * then the nOut biases.
 */

/** Where one layer's weights and biases sit in the flat vector. */
export interface LayerSlice {
  /** Neurons feeding the layer (the previous column). */
  nIn: number;
  /** Neurons of the layer (the next column). */
  nOut: number;
  /** Index of W[0][0]. */
  weightOffset: number;
  /** Index of the first bias. */
  biasOffset: number;
}

/** One slice per layer pair (sizes.length − 1 of them), in order. */
export function layerSlices(sizes: readonly number[]): LayerSlice[] {
  const slices: LayerSlice[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l++) {
    const nIn = sizes[l - 1];
    const nOut = sizes[l];
    slices.push({ nIn, nOut, weightOffset: offset, biasOffset: offset + nIn * nOut });
    offset += nIn * nOut + nOut;
  }
  return slices;
}

/** How many numbers the flat vector holds for these sizes. */
export function paramCount(sizes: readonly number[]): number {
  return layerSlices(sizes).reduce((n, s) => n + s.nIn * s.nOut + s.nOut, 0);
}

/** The weight from neuron `i` of the previous column to neuron `o` of this layer (NaN if out of range). */
export function weightAt(params: ArrayLike<number>, slice: LayerSlice, i: number, o: number): number {
  if (i < 0 || i >= slice.nIn || o < 0 || o >= slice.nOut) return Number.NaN;
  const index = slice.weightOffset + i * slice.nOut + o;
  return index < params.length ? params[index] : Number.NaN;
}

/** The largest finite |w| of a layer pair (0 when there is none, e.g. after divergence). */
export function maxAbsWeight(params: ArrayLike<number>, slice: LayerSlice): number {
  const end = Math.min(params.length, slice.weightOffset + slice.nIn * slice.nOut);
  let max = 0;
  for (let k = slice.weightOffset; k < end; k++) {
    const a = Math.abs(params[k]);
    if (a > max && Number.isFinite(a)) max = a;
  }
  return max;
}

/** Offset of each hidden layer (1-based position in `sizes`) in the concatenated per-hidden-neuron arrays, e.g. keepFrequency. */
export function hiddenOffsets(sizes: readonly number[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length - 1; l++) {
    offsets.push(offset);
    offset += sizes[l];
  }
  return offsets;
}
