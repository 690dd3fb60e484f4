/**
 * The one way a drop probability p (and keep = 1 − p) is written, everywhere:
 * at most two decimals and no float noise (0.5, 0.25, not 0.30000000000000004),
 * or with exactly two decimals where values line up (slider outputs, tables).
 */

/** p as text: "0.5", "0.25", "0"; "—" when not a number. */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return '—';
  return String(Math.round(p * 100) / 100 + 0);
}

/** keep = 1 − p, as text. */
export function formatKeep(p: number): string {
  return formatP(1 - p);
}

/** p with exactly two decimals ("0.50"), for outputs whose width should not jump. */
export function formatPFixed(p: number): string {
  return Number.isFinite(p) ? p.toFixed(2) : '—';
}

/**
 * The p of every hidden layer: one value when all are equal ("0.5"); the
 * presets' pattern, none on layer 1 and one value on the rest, as "0.5 in
 * layer 2" or "0.5 in layers 2–3"; else layer by layer ("0.2, 0.5").
 */
export function formatPList(dropout: readonly number[]): string {
  const texts = dropout.map(formatP);
  if (texts.length === 0) return '0';
  if (texts.every((t) => t === texts[0])) return texts[0];
  const rest = texts.slice(1);
  if (dropout[0] === 0 && rest.every((t) => t === rest[0])) return `${rest[0]} in ${texts.length === 2 ? 'layer 2' : `layers 2–${texts.length}`}`;
  return texts.join(', ');
}
