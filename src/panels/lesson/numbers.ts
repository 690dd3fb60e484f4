/**
 * Number formatting for the lesson's sentences: short, readable figures
 * (two significant digits for losses, two decimals at most for p), a real
 * minus sign, and a dash for anything that is not a finite number.
 */

import { formatP } from '../../experiment/p-format';

const MINUS = '\u2212';

function withMinus(text: string): string {
  return text.replace('-', MINUS);
}

/** Drops float noise: 1 − 0.7 = 0.30000000000000004 becomes 0.3. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A loss for a sentence: two significant digits ("0.012", "0.19", "1.3"); exponent form when tiny or huge. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size < 0.0001 || size >= 100_000) return withMinus(value.toExponential(1).replace('e+', 'e').replace('e-', `e${MINUS}`));
  return withMinus(String(Number(value.toPrecision(2))));
}

/** "16" from a ratio of 16.3, "1.9" from 1.94: how many times larger one loss is than the other. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '—';
  return ratio >= 10 ? String(Math.round(ratio)) : String(Number(ratio.toFixed(1)));
}

export interface Evaluated {
  /** The value, rounded to two decimals at most. */
  text: string;
  /** False when rounding changed it (the sentence then says "≈" rather than "="). */
  exact: boolean;
}

/** A computed factor such as 1/(1 − p): "2" (exact) or "1.43" (rounded). */
export function evaluate(value: number): Evaluated {
  if (!Number.isFinite(value)) return { text: '∞', exact: true };
  const rounded = round2(value);
  return { text: withMinus(String(rounded)), exact: Math.abs(rounded - value) < 1e-9 };
}

/** "= 2" or "≈ 1.43". */
export function equalsText(value: number): string {
  const { text, exact } = evaluate(value);
  return `${exact ? '=' : '≈'} ${text}`;
}

/** The inverted-dropout training factor 1/(1 − p); infinite when nothing is kept. */
export function invertedFactor(p: number): number {
  const keep = 1 - p;
  return keep > 0 ? 1 / keep : Number.POSITIVE_INFINITY;
}

/** True when the hidden layers do not all drop at the same (displayed) rate. */
export function layersDiffer(dropout: readonly number[]): boolean {
  const texts = dropout.map(formatP);
  return texts.some((t) => t !== texts[0]);
}

/** At least one hidden layer drops neurons. */
export function dropoutOn(dropout: readonly number[]): boolean {
  return dropout.some((p) => Number.isFinite(p) && p > 0);
}

const NBSP = '\u00a0';

/**
 * Typesetting for display: short expressions such as "p = 0.5" and "1 − p"
 * never break across lines (the spaces around =, ≈, −, × and ± become non-breaking).
 */
export function typeset(text: string): string {
  return text.replace(/ ([=≈−×±]) /g, `${NBSP}$1${NBSP}`);
}
