/** The words of the neuron tooltip and the diagram's accessible summary. */
import type { RunFrame } from '../../worker/protocol';
import { keepFrequencyText } from './labels';
import { hiddenOffsets } from './params';
import type { NeuronPosition } from './roving';

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
  const title = `Hidden layer ${target.layer}, neuron ${target.index + 1}${compare ? ` (run ${target.run})` : ''}`;
  const p = run?.dropout[target.layer - 1] ?? fallbackDropout[target.layer - 1] ?? 0;
  const offset = hiddenOffsets(sizes)[target.layer - 1];
  const observed = run !== null && offset !== undefined ? run.keepFrequency[offset + target.index] : undefined;
  const keep = observed === undefined ? keepFrequencyText(Number.NaN, p) : keepFrequencyText(observed, p);
  let state: string;
  if (view === 'test') state = 'Test view: active, as at test time.';
  else if (run === null) state = 'No training step yet.';
  else state = run.masks[target.layer - 1]?.[target.index] === 0 ? 'Dropped in the step shown (X).' : 'Kept in the step shown.';
  return { title, keep, state };
}

/** The diagram's accessible name: its shape, and how to explore it. */
export function diagramSummary(sizes: readonly number[], compare: boolean): string {
  const hidden = sizes.slice(1, -1);
  const layers = hidden.length === 1 ? `one hidden layer of ${hidden[0]} neurons` : `hidden layers of ${hidden.join(', ')} neurons`;
  const twice = compare ? ', drawn twice: (a) run A without dropout and (b) run B with dropout' : '';
  return `Network diagram: input, ${layers}, output${twice}. Tab to a hidden neuron, then use the arrow keys.`;
}
