/**
 * How many sweep workers a machine gets: every core while the main run is
 * paused; one core fewer while it trains (its worker has one); at least one.
 * The cap keeps a many-core machine from holding dozens of idle workers.
 */

/** More workers than this are not worth their memory: a sweep has tens of runs. */
export const MAX_SWEEP_WORKERS = 8;

/** Cores as the browser reports them; 1 where it does not say. */
export function coresOf(hardwareConcurrency: number | undefined): number {
  return typeof hardwareConcurrency === 'number' && Number.isFinite(hardwareConcurrency) && hardwareConcurrency >= 1 ? Math.floor(hardwareConcurrency) : 1;
}

export function sweepPoolSize(cores: number, mainTraining: boolean): number {
  const free = mainTraining ? cores - 1 : cores;
  return Math.min(MAX_SWEEP_WORKERS, Math.max(1, free));
}

/** Whether the main run can go on beside a sweep: only when a core is left for it. */
export function mainRunFitsBesideSweep(cores: number): boolean {
  return cores >= 2;
}
