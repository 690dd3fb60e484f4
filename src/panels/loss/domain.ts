/**
 * The loss chart's y domain: computed from finite values only, clamped for a
 * log scale, snapped outward to round numbers and kept steady between frames
 * (it changes when the data leave it or fill too little of it, not every frame).
 */

export type Domain = readonly [number, number];

/** Smallest value a log axis shows; MSE values below it (or exactly 0) sit on the floor. */
export const LOG_FLOOR = 1e-5;

/** Round numbers a log domain may end on (times a power of ten). */
const LOG_GRID = [1, 2, 5];
/** Round numbers a linear domain may end on (times a power of ten): finer, so the curve fills the plot. */
const LINEAR_GRID = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8];

/** A log domain spans at least this factor (one decade), so it always has a few ticks. */
const MIN_LOG_RATIO = 10;
/** Keep the current domain while the new target would be at least this fraction of its span. */
const SHRINK_BELOW = 0.6;

export const DEFAULT_LOG_DOMAIN: Domain = [0.01, 1];
export const DEFAULT_LINEAR_DOMAIN: Domain = [0, 1];

/**
 * Min and max over the finite values of all series, or null when there are
 * none. With `floor`, values are first raised to it (a log axis shows 0 on its floor).
 */
export function finiteExtent(series: readonly ArrayLike<number>[], floor?: number): Domain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of series) {
    for (let i = 0; i < values.length; i++) {
      let v = values[i];
      if (!Number.isFinite(v)) continue;
      if (floor !== undefined && v < floor) v = floor;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

function clean(v: number): number {
  return Number(v.toPrecision(12));
}

/** The smallest grid number (g × 10^k) at or above a positive v. */
export function snapUp(v: number, grid: readonly number[] = LOG_GRID): number {
  const base = 10 ** Math.floor(Math.log10(v));
  for (const g of [...grid, 10]) {
    const candidate = clean(g * base);
    if (candidate >= v * (1 - 1e-9)) return candidate;
  }
  return clean(10 * base);
}

/** The largest grid number (g × 10^k) at or below a positive v. */
export function snapDown(v: number, grid: readonly number[] = LOG_GRID): number {
  const base = 10 ** Math.floor(Math.log10(v));
  for (let i = grid.length - 1; i >= 0; i--) {
    const candidate = clean(grid[i] * base);
    if (candidate <= v * (1 + 1e-9)) return candidate;
  }
  return clean(base);
}

/** The domain the data call for: padded, snapped outward to round numbers. */
export function targetDomain(extent: Domain | null, log: boolean): Domain {
  if (log) {
    if (extent === null) return DEFAULT_LOG_DOMAIN;
    let lo = snapDown(Math.max(extent[0], LOG_FLOOR) / 1.15);
    let hi = snapUp(Math.max(extent[1], LOG_FLOOR) * 1.15);
    if (hi / lo < MIN_LOG_RATIO) {
      const centre = Math.sqrt(lo * hi);
      lo = snapDown(centre / Math.sqrt(MIN_LOG_RATIO));
      hi = snapUp(centre * Math.sqrt(MIN_LOG_RATIO));
    }
    return [Math.max(lo, LOG_FLOOR), hi];
  }
  if (extent === null) return DEFAULT_LINEAR_DOMAIN;
  const hi = extent[1] > 0 ? snapUp(extent[1] * 1.05, LINEAR_GRID) : 1;
  const lo = extent[0] < 0 ? -snapUp(-extent[0] * 1.05, LINEAR_GRID) : 0;
  return [lo, hi];
}

function span(domain: Domain, log: boolean): number {
  return log ? Math.log10(domain[1] / domain[0]) : domain[1] - domain[0];
}

/**
 * The domain for this frame given the last one: jump to the target when the
 * data leave the current domain, or when the target is much narrower;
 * otherwise keep the current one, so the axis stays still while data move inside it.
 */
export function nextDomain(previous: Domain | null, extent: Domain | null, log: boolean): Domain {
  const target = targetDomain(extent, log);
  if (previous === null || extent === null) return target;
  const lo = log ? Math.max(extent[0], LOG_FLOOR) : extent[0];
  const hi = log ? Math.max(extent[1], LOG_FLOOR) : extent[1];
  const contains = previous[0] <= lo && hi <= previous[1];
  if (!contains) return target;
  return span(target, log) < SHRINK_BELOW * span(previous, log) ? target : previous;
}
