import type { LayerSlice } from '../../experiment/run-facts';

/**
 * The indices (i * nOut + o, local to the layer pair) of the `limit` edges with
 * the largest finite |w| among those between the first `shownIn` neurons of the
 * previous column and the first `shownOut` of this one, strongest first.
 * A 64 × 64 layer pair has 4,096 edges; drawing only the strongest keeps the
 * picture legible and cheap.
 */
export function strongestEdges(params: ArrayLike<number>, slice: LayerSlice, shownIn: number, shownOut: number, limit: number): Int32Array {
  const nIn = Math.max(0, Math.min(shownIn, slice.nIn));
  const nOut = Math.max(0, Math.min(shownOut, slice.nOut));
  const candidates = new Int32Array(nIn * nOut);
  const magnitudes = new Float32Array(nIn * nOut);
  let count = 0;
  for (let i = 0; i < nIn; i++) {
    for (let o = 0; o < nOut; o++) {
      const local = i * slice.nOut + o;
      const index = slice.weightOffset + local;
      if (index >= params.length) continue;
      const a = Math.abs(params[index]);
      if (!Number.isFinite(a)) continue;
      candidates[count] = local;
      magnitudes[count] = a;
      count++;
    }
  }
  const keep = Math.max(0, Math.min(Math.floor(limit), count));
  let chosen: Int32Array;
  if (keep === count) {
    chosen = candidates.slice(0, count);
  } else if (keep === 0) {
    chosen = new Int32Array(0);
  } else {
    // The keep-th largest magnitude is the threshold; ties at it fill the remaining places in index order.
    const sorted = magnitudes.slice(0, count).sort();
    const threshold = sorted[count - keep];
    chosen = new Int32Array(keep);
    let n = 0;
    for (let k = 0; k < count && n < keep; k++) if (magnitudes[k] > threshold) chosen[n++] = candidates[k];
    for (let k = 0; k < count && n < keep; k++) if (magnitudes[k] === threshold) chosen[n++] = candidates[k];
  }
  const weight = (local: number) => Math.abs(params[slice.weightOffset + local]);
  return chosen.sort((a, b) => weight(b) - weight(a) || a - b);
}
