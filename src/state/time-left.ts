/**
 * The time a sweep has left, from its progress reports: the rate of the
 * recent reports (the worker's start-up, before the first progress, does not
 * count), smoothed so that the number counts down rather than jumping about.
 */

/** Reports this far apart at least before there is a rate to go on. */
const MIN_SPAN_MS = 300;
/** The rate is measured over about the last few seconds. */
const WINDOW_MS = 4000;
/** Weight of a new estimate against the previous one, counted down to now. */
const SMOOTHING = 0.35;

interface Sample {
  at: number;
  fraction: number;
}

export class TimeLeft {
  private samples: Sample[] = [];
  private last: { at: number; ms: number } | null = null;

  /** Ms left after a report of `fraction` (0–1) of the work done at time `at` (ms); null until there is an honest estimate. */
  update(at: number, fraction: number): number | null {
    if (!Number.isFinite(at) || !Number.isFinite(fraction)) return this.countdown(at);
    if (fraction >= 1) return 0;
    // Before any work is done the clock measures only the start-up.
    if (fraction <= 0) return null;
    const previous = this.samples[this.samples.length - 1];
    if (previous !== undefined && (at < previous.at || fraction < previous.fraction)) this.reset();
    this.samples.push({ at, fraction });
    while (this.samples.length > 2 && at - this.samples[1].at >= WINDOW_MS) this.samples.shift();
    const first = this.samples[0];
    const span = at - first.at;
    const done = fraction - first.fraction;
    if (span < MIN_SPAN_MS || !(done > 0)) return this.countdown(at);
    const estimate = ((1 - fraction) * span) / done;
    const counted = this.countdown(at);
    const ms = counted === null ? estimate : SMOOTHING * estimate + (1 - SMOOTHING) * counted;
    this.last = { at, ms };
    return ms;
  }

  reset(): void {
    this.samples = [];
    this.last = null;
  }

  /** The last estimate, less the time since it was made. */
  private countdown(at: number): number | null {
    if (this.last === null) return null;
    return Math.max(0, this.last.ms - Math.max(0, at - this.last.at));
  }
}
