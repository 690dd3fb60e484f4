/**
 * The cases of the browser benchmark: CPU throttling of the page's main
 * thread (CDP Emulation.setCPUThrottlingRate; workers run at full speed), the
 * view (one network, or compare mode) and the number of training points
 * (the page's default, or 500). Each case is one link of the built app.
 */

/** One network (compare off), or the twin runs A and B side by side (compare on; the page opens on it). */
export type View = 'single' | 'compare';

export interface BenchCase {
  readonly throttle: number;
  readonly view: View;
  /** Training points, or null for the page's default. */
  readonly n: number | null;
}

export const THROTTLES = [1, 4] as const;
export const VIEWS: readonly View[] = ['single', 'compare'];
export const POINT_COUNTS: readonly (number | null)[] = [null, 500];

export function allCases(): BenchCase[] {
  return THROTTLES.flatMap((throttle) => VIEWS.flatMap((view) => POINT_COUNTS.map((n) => ({ throttle, view, n }))));
}

/** The link hash that opens the app in this case; the bare kernel parses the same hash. */
export function caseHash({ view, n }: Pick<BenchCase, 'view' | 'n'>): string {
  const params = [`compare=${view === 'compare' ? 1 : 0}`];
  if (n !== null) params.push(`n=${n}`);
  return `#${params.join('&')}`;
}

export function caseName({ throttle, view, n }: BenchCase): string {
  return `${throttle}× ${view}${n === null ? '' : ` N=${n}`}`;
}

/** The training setup a case runs (what the bare kernel must match), as a key. */
export function kernelKey({ view, n }: Pick<BenchCase, 'view' | 'n'>): string {
  return `${view}|${n ?? 'default'}`;
}
