/** Axis ticks and number formats of the loss chart. */
import { ticks } from 'd3-array';
import type { Domain } from './domain';

const MINUS = '\u2212';

function trim(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** A step count for an axis: 0, 500, 1k, 2.5k, 10k, 1.2M. */
export function formatStep(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? MINUS : '';
  const v = Math.abs(value);
  if (v < 1000) return sign + trim(v, 1);
  if (v < 1e6) return `${sign}${trim(v / 1000, 2)}k`;
  if (v < 1e9) return `${sign}${trim(v / 1e6, 2)}M`;
  return `${sign}${trim(v / 1e9, 2)}G`;
}

/** An MSE tick label: 0, 0.01, 0.25, 1, 10; tiny or huge values as 1e-4 / 2e6. */
export function formatMseTick(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const sign = value < 0 ? MINUS : '';
  const v = Math.abs(value);
  if (v < 1e-3 || v >= 1e5) return sign + Number(v.toPrecision(3)).toExponential().replace('+', '');
  return sign + String(Number(v.toPrecision(6)));
}

function exponent(v: number, digits: number): string {
  return v.toExponential(digits).replace('+', '');
}

/** The generalization gap (test − train MSE), e.g. "0.142", "−0.013", or "2.7e9" for a blown-up run. */
export function formatGap(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? MINUS : '';
  const v = Math.abs(value);
  if ((v !== 0 && v < 0.001) || v >= 1e4) return sign + exponent(v, 1);
  return sign + v.toFixed(3);
}

/** An MSE value in the hover readout: four decimals, exponents when tiny or huge, a dash for NaN/∞. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const v = Math.abs(value);
  if (v !== 0 && (v < 0.001 || v >= 1e4)) return (value < 0 ? MINUS : '') + exponent(v, 2);
  return (value < 0 ? MINUS : '') + v.toFixed(4);
}

/** Integer step ticks, about `count` of them. */
/** Tick labels the chart has room for (its label slots are made once). */
export const MAX_TICKS = 14;

/**
 * Ticks from `make`, asking for fewer until they fit the chart's label slots:
 * a nice-number generator may return more than asked for, and ticks beyond the
 * slots would leave the end of the axis unlabelled.
 */
export function ticksThatFit(count: number, make: (count: number) => number[]): number[] {
  for (let c = Math.min(count, MAX_TICKS); c >= 1; c--) {
    const ticks = make(c);
    if (ticks.length <= MAX_TICKS) return ticks;
  }
  return make(1).slice(0, MAX_TICKS);
}

export function stepTicks(domain: Domain, count: number): number[] {
  return ticks(domain[0], domain[1], Math.max(1, count)).filter((t) => Number.isInteger(t));
}

/** Nice linear ticks, about `count` of them. */
export function linearTicks(domain: Domain, count: number): number[] {
  return ticks(domain[0], domain[1], Math.max(1, count));
}

/**
 * Log ticks: the powers of ten in the domain (every k-th one if there are more
 * than `maxCount`); with few decades, also 2× and 5× (or 3×) each decade when they fit.
 */
export function logTicks(domain: Domain, maxCount: number): number[] {
  const [lo, hi] = domain;
  if (!(lo > 0) || !(hi >= lo)) return [];
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const decades: number[] = [];
  for (let k = first; k <= last; k++) decades.push(k);
  const inDomain = (v: number) => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9);
  const clean = (v: number) => Number(v.toPrecision(12));
  if (decades.length < 4) {
    // Few decades: add round multiples inside each, as many as fit.
    for (const multiples of [
      [1, 2, 5],
      [1, 3],
    ]) {
      const out: number[] = [];
      for (let k = first - 1; k <= last; k++) {
        for (const m of multiples) {
          const v = clean(m * 10 ** k);
          if (inDomain(v)) out.push(v);
        }
      }
      if (out.length <= Math.max(3, maxCount)) return out;
    }
  }
  const every = Math.max(1, Math.ceil(decades.length / Math.max(1, maxCount)));
  return decades.filter((k) => (k - last) % every === 0).map((k) => clean(10 ** k));
}
