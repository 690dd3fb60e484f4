/** Reading weights out of a run's flat parameter vector (the layout: src/experiment/run-facts.ts). */
import type { LayerSlice } from '../../experiment/run-facts';

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
