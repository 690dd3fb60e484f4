import { formatPList } from '../../experiment/p-format';
import type { NeuronRef } from '../../experiment/types';
import { STRINGS } from '../kit/strings';

/** "p = 0.5" when every hidden layer drops at the same rate, else "p = 0.2, 0.5" (layer by layer). */
export function dropoutLabel(dropout: readonly number[]): string {
  return `p = ${formatPList(dropout)}`;
}

/** True when at least one hidden layer drops neurons (MC-dropout and thinned networks need that). */
export function hasDropout(dropout: readonly number[]): boolean {
  return dropout.some((p) => p > 0);
}

/** "neuron 2:5" = hidden layer 2, fifth neuron (indices are 0-based in the data, 1-based on screen). */
export function neuronLabel(neuron: NeuronRef): string {
  return STRINGS.fit.neuron(neuron.layer, neuron.index + 1);
}

/** A number for the small scale note: two decimals, a real minus sign. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const text = Math.abs(v) >= 100 ? v.toExponential(1) : v.toFixed(2);
  return text.replace('-', '−');
}
