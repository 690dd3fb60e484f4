/**
 * Index of the point whose step is nearest to `target` in ascending `steps`
 * (binary search; a tie goes to the earlier point), or -1 when there is none.
 */
export function nearestIndex(steps: ArrayLike<number>, target: number): number {
  const n = steps.length;
  if (n === 0 || Number.isNaN(target)) return -1;
  let lo = 0;
  let hi = n;
  // First index with steps[i] >= target.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (steps[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  if (lo === n) return n - 1;
  return target - steps[lo - 1] <= steps[lo] - target ? lo - 1 : lo;
}
