/** The words of the neuron tooltip and the diagram's accessible summary. */
import type { RunFrame } from '../../training/protocol';
import { formatFactor, formatPercent, keepFrequencyText } from './labels';
import { hiddenOffsets } from './params';
import type { NeuronPosition } from './roving';
import { STRINGS } from '../kit/strings';

export interface TooltipLines {
  title: string;
  keep: string;
  state: string;
}

export function tooltipLines(
  target: NeuronPosition & { run: 'A' | 'B' },
  sizes: readonly number[],
  run: RunFrame | null,
  fallbackDropout: readonly number[],
  view: 'train' | 'test',
  compare: boolean,
): TooltipLines {
  const title = STRINGS.network.tooltip.title(target.layer, target.index + 1, compare ? STRINGS.network.runSuffix(target.run) : '');
  const p = run?.dropout[target.layer - 1] ?? fallbackDropout[target.layer - 1] ?? 0;
  const offset = hiddenOffsets(sizes)[target.layer - 1];
  const observed = run !== null && offset !== undefined ? run.keepFrequency[offset + target.index] : undefined;
  const keep = schemeKeepText(run, p) ?? (observed === undefined ? keepFrequencyText(Number.NaN, p) : keepFrequencyText(observed, p));
  let state: string;
  if (view === 'test') state = STRINGS.network.tooltip.testView;
  else if (run === null) state = STRINGS.network.tooltip.noStep;
  else state = noiseState(target, sizes, run, p);
  return { title, keep, state };
}

/**
 * Gaussian dropout and DropConnect never drop a neuron, so a keep frequency against 1 − p would
 * contradict itself: the line says what their noise is instead (null for Bernoulli dropout or p = 0).
 */
function schemeKeepText(run: RunFrame | null, p: number): string | null {
  if (run === null || !(p > 0)) return null;
  if (run.neuronFactors !== null) return STRINGS.network.tooltip.gaussianNoise(formatFactor(Math.sqrt(p / (1 - p))));
  if (run.keptEdges !== null) return STRINGS.network.tooltip.weightsKept(formatPercent(1 - p));
  return null;
}

/** The neuron's noise in the step shown, in the words of the run's scheme (the frame carries factors or kept weights only for its scheme). */
function noiseState(target: NeuronPosition, sizes: readonly number[], run: RunFrame, p: number): string {
  const factor = run.neuronFactors?.[target.layer - 1]?.[target.index];
  if (factor !== undefined && p > 0) return STRINGS.network.tooltip.factor(formatFactor(factor));
  // keptEdges[l − 1] holds the weights leaving hidden layer l, row i = neuron i's.
  const kept = run.keptEdges?.[target.layer - 1];
  const fanOut = sizes[target.layer + 1] ?? 0;
  if (kept !== undefined && p > 0 && kept.length === (sizes[target.layer] ?? 0) * fanOut) {
    let dropped = 0;
    for (let o = 0; o < fanOut; o++) if (kept[target.index * fanOut + o] === 0) dropped++;
    return STRINGS.network.tooltip.edgesDropped(dropped, fanOut);
  }
  return run.masks[target.layer - 1]?.[target.index] === 0 ? STRINGS.network.tooltip.dropped : STRINGS.network.tooltip.kept;
}

/** The diagram's accessible name: its shape, and how to explore it. */
export function diagramSummary(sizes: readonly number[], compare: boolean): string {
  return STRINGS.network.summary(sizes, compare);
}
