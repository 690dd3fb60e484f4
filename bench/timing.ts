/** Wall-clock rate measurement: a warm-up, then the median of several timed windows. */

export interface TimingOptions {
  /** Untimed running before the windows (JIT tiers up, tfjs allocates its state). */
  readonly warmupMs: number;
  /** Minimum length of each timed window. */
  readonly windowMs: number;
  readonly windows: number;
}

export interface RateResult {
  /** Median over the windows of iterations per wall-clock second. */
  readonly perSec: number;
  readonly windowRates: readonly number[];
  /**
   * Median over the windows of iterations per second of this process's CPU
   * time: on a shared machine the wall clock also counts the time other
   * processes had the core, the CPU time does not.
   */
  readonly cpuPerSec: number;
  readonly cpuWindowRates: readonly number[];
}

/** This process's CPU time in ms (user + system; precise on Linux, unlike wall time on a busy machine); NaN in a browser. */
export function cpuMs(): number {
  const usage = globalThis.process?.cpuUsage?.();
  return usage === undefined ? Number.NaN : (usage.user + usage.system) / 1000;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Calls `run(k)` (which must do k iterations) in chunks sized during the
 * warm-up to last roughly a thirtieth of a window, so the clock is read rarely
 * even for microsecond-sized iterations.
 */
export function measureRate(run: (iterations: number) => void, options: TimingOptions): RateResult {
  const chunkTargetMs = Math.max(0.5, options.windowMs / 30);
  let chunk = 1;
  const warmupEnd = performance.now() + options.warmupMs;
  for (;;) {
    const t0 = performance.now();
    run(chunk);
    const t1 = performance.now();
    if (t1 >= warmupEnd) break;
    if (t1 - t0 < chunkTargetMs / 2) chunk *= 2;
  }
  const windowRates: number[] = [];
  const cpuWindowRates: number[] = [];
  for (let w = 0; w < options.windows; w++) {
    let iterations = 0;
    const cpuStart = cpuMs();
    const start = performance.now();
    let now = start;
    do {
      run(chunk);
      iterations += chunk;
      now = performance.now();
    } while (now - start < options.windowMs);
    const cpu = cpuMs() - cpuStart;
    windowRates.push((iterations * 1000) / (now - start));
    cpuWindowRates.push((iterations * 1000) / Math.max(cpu, 1e-3));
  }
  return { perSec: median(windowRates), windowRates, cpuPerSec: median(cpuWindowRates), cpuWindowRates };
}

export interface WindowOptions {
  /** Untimed windows for this long first (the JIT tiers up). */
  readonly warmupMs: number;
  /** Timed windows: at least this many, and more until `minTotalMs` of timed work. */
  readonly windows: number;
  readonly minTotalMs: number;
}

/**
 * Times `run()` (a fixed number of iterations, `iterations` of them) over
 * many short windows, each after `reset()` (untimed), so that every window
 * starts from the same state. Rates are iterations per second per window.
 */
export function measureWindows(run: () => void, reset: () => void, iterations: number, options: WindowOptions): RateResult {
  const warmupEnd = performance.now() + options.warmupMs;
  do {
    reset();
    run();
  } while (performance.now() < warmupEnd);
  const windowRates: number[] = [];
  const cpuWindowRates: number[] = [];
  let timed = 0;
  while (windowRates.length < options.windows || timed < options.minTotalMs) {
    reset();
    const cpuStart = cpuMs();
    const start = performance.now();
    run();
    const ms = performance.now() - start;
    const cpu = cpuMs() - cpuStart;
    timed += ms;
    windowRates.push((iterations * 1000) / Math.max(ms, 1e-6));
    cpuWindowRates.push((iterations * 1000) / Math.max(cpu, 1e-3));
  }
  return { perSec: median(windowRates), windowRates, cpuPerSec: median(cpuWindowRates), cpuWindowRates };
}
