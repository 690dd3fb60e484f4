/** Numbers for readouts: a dash for missing or non-finite values, never "NaN". */
export function formatLoss(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value !== 0 && (Math.abs(value) < 0.001 || Math.abs(value) >= 10_000)) return value.toExponential(1);
  return value.toFixed(4);
}

/** One formatter for every count: toLocaleString builds a new one per call, and counts are formatted every frame. */
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return Number.isFinite(value) ? COUNT.format(Math.round(value)) : '—';
}
