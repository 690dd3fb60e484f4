/**
 * Thins a line to what a screen can show: within each 1-px column of x only
 * the lowest and the highest point are kept (in their order), so a
 * 4,000-point history costs at most two points per pixel. Non-finite y values
 * are kept as gap markers, so a line's breaks survive. x must be ascending.
 * Writes the kept indices into `out` and returns how many there are.
 */
export function decimate(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, out: Uint32Array): number {
  let count = 0;
  let column = Number.NaN;
  let lo = -1;
  let hi = -1;
  const flush = () => {
    if (lo < 0) return;
    if (lo === hi) out[count++] = lo;
    else if (lo < hi) {
      out[count++] = lo;
      out[count++] = hi;
    } else {
      out[count++] = hi;
      out[count++] = lo;
    }
    lo = hi = -1;
  };
  for (let i = 0; i < n; i++) {
    const y = ys[i];
    if (!Number.isFinite(y) || !Number.isFinite(xs[i])) {
      flush();
      out[count++] = i;
      column = Number.NaN;
      continue;
    }
    const c = Math.floor(xs[i]);
    if (c !== column) {
      flush();
      column = c;
      lo = hi = i;
    } else {
      if (y < ys[lo]) lo = i;
      if (y > ys[hi]) hi = i;
    }
  }
  flush();
  // The latest point always ends the line, even when it is neither extreme of its column.
  if (n > 0 && count > 0 && out[count - 1] !== n - 1 && Number.isFinite(ys[n - 1]) && Number.isFinite(xs[n - 1])) out[count++] = n - 1;
  return count;
}
