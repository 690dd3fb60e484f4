/** The words of the neuron tooltip and the diagram's accessible summary. */
import type { RunFrame } from '../../training/protocol';
import { keepFrequencyText } from './labels';
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
  const keep = observed === undefined ? keepFrequencyText(Number.NaN, p) : keepFrequencyText(observed, p);
  let state: string;
  if (view === 'test') state = STRINGS.network.tooltip.testView;
  else if (run === null) state = STRINGS.network.tooltip.noStep;
  else state = run.masks[target.layer - 1]?.[target.index] === 0 ? STRINGS.network.tooltip.dropped : STRINGS.network.tooltip.kept;
  return { title, keep, state };
}

/** The diagram's accessible name: its shape, and how to explore it. */
export function diagramSummary(sizes: readonly number[], compare: boolean): string {
  return STRINGS.network.summary(sizes, compare);
}
