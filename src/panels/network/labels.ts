/**
 * The words of the network panel: column labels, figure titles, neuron labels
 * and the keep-frequency tooltip. p is always the DROP probability, shown with
 * keep = 1 − p next to it.
 */
import { formatKeep, formatP } from '../../experiment/p-format';
import type { RunId } from '../../experiment/types';
import { STRINGS } from '../kit/strings';

/** A percentage with at most one decimal: 50%, 49.7%. */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${Math.round(fraction * 1000) / 10}%`;
}

/** "p = 0.5 (keep 0.5)". */
export function dropLabel(p: number): string {
  return STRINGS.network.drop(formatP(p), formatKeep(p));
}

/** A rough width of a label in the panel's sans-serif font, for layout decisions. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** The name under the input or output column: in full, or just the symbol where columns are close. */
export function ioLabel(input: boolean, short: boolean): string {
  if (short) return input ? STRINGS.network.inputShort : STRINGS.network.outputShort;
  return input ? STRINGS.network.input : STRINGS.network.output;
}

/** Hidden-column labels: with the layer's name ("hidden 1 (64)") or, where columns are close, just p and keep. */
export type HiddenLabelForm = 'named' | 'bare';

/**
 * The lines under a column, fitted to `room` pixels where possible: the
 * layer's name, then its p and keep (on one line, or two when narrow).
 */
export function columnLabelLines(
  layer: number,
  sizes: readonly number[],
  dropout: readonly number[],
  room: number,
  fontSize: number,
  shortIo = false,
  form: HiddenLabelForm = 'named',
): string[] {
  const last = sizes.length - 1;
  if (layer === 0 || layer === last) return [ioLabel(layer === 0, shortIo)];
  const fits = (text: string) => textWidth(text, fontSize) <= room;
  const p = dropout[layer - 1] ?? 0;
  const both = dropLabel(p);
  const drop = fits(both) ? [both] : [STRINGS.network.p(formatP(p)), STRINGS.network.keep(formatKeep(p))];
  if (form === 'bare') return drop;
  const named = STRINGS.network.hidden(layer, sizes[layer] ?? 0);
  return [fits(named) ? named : STRINGS.network.hiddenShort(layer), ...drop];
}

/**
 * One label for all hidden columns together, when columns are too close for
 * one each: the shared p (and keep), or every layer's in order.
 */
export function sharedDropLines(dropout: readonly number[], room: number, fontSize: number): string[] {
  const values = dropout.map(formatP);
  if (values.length > 0 && values.every((v) => v === values[0])) {
    const one = STRINGS.network.inEveryLayer(dropLabel(dropout[0]));
    return textWidth(one, fontSize) <= room ? [one] : [STRINGS.network.everyLayer, dropLabel(dropout[0])];
  }
  return [STRINGS.network.p(values.join(', ')), STRINGS.network.keep(dropout.map((p) => formatKeep(p)).join(', '))];
}

/** Whether every line is at most `room` pixels wide. */
export function linesFit(lines: readonly string[], room: number, fontSize: number): boolean {
  return lines.every((line) => textWidth(line, fontSize) <= room);
}

/** The drop probabilities of a run in a few characters: "0.5" when every layer shares one, else "0.5, 0.2". */
export function dropoutSummary(dropout: readonly number[]): string {
  if (dropout.length === 0) return '0';
  const values = dropout.map(formatP);
  return values.every((v) => v === values[0]) ? values[0] : values.join(', ');
}

/** Words on as few lines as fit `room` pixels (a word longer than the room gets a line of its own). */
function wrapWords(text: string, room: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && textWidth(`${lines[last]} ${word}`, fontSize) <= room) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The figure title in compare mode, as in the classic dropout figure: one line, its two halves, or its words wrapped to the room. */
export function figureTitleLines(run: RunId, dropout: readonly number[], room: number, fontSize: number): string[] {
  const withoutDropout = dropout.every((p) => p === 0);
  const [head, tail] =
    run === 'A' ? STRINGS.network.figureA : withoutDropout ? STRINGS.network.figureBNoDropout : STRINGS.network.figureB(dropoutSummary(dropout));
  const whole = `${head} ${tail}`;
  if (textWidth(whole, fontSize) <= room) return [whole];
  if (textWidth(head, fontSize) <= room && textWidth(tail, fontSize) <= room) return [head, tail];
  return [...wrapWords(head, room, fontSize), ...wrapWords(tail, room, fontSize)];
}

/** A neuron's state in the step shown: Bernoulli's dropped or kept, active at test time, or Gaussian dropout's factor (formatted). */
export type NeuronState = 'dropped' | 'kept' | 'active' | { factor: string };

/** The accessible name of a neuron; hidden neurons are numbered from 1 for people (data-neuron stays 0-based). */
export function neuronLabel(layer: number, index: number, layerCount: number, state: NeuronState, run: RunId | null): string {
  const suffix = run === null ? '' : STRINGS.network.runSuffix(run);
  if (layer === 0) return STRINGS.network.inputNeuron(suffix);
  if (layer === layerCount - 1) return STRINGS.network.outputNeuron(suffix);
  const words = typeof state === 'string' ? STRINGS.network.neuronStates[state] : STRINGS.network.noiseFactor(state.factor);
  return STRINGS.network.hiddenNeuron(layer, index + 1, words, suffix);
}

/** A Gaussian noise factor as people read it: two decimals, a true minus sign ("1.37", "−0.42"). */
export function formatFactor(factor: number): string {
  const text = factor.toFixed(2);
  return text === '-0.00' ? '0.00' : text.replace('-', '−');
}

/** "kept 49.7% of the time (expected 50%)". */
export function keepFrequencyText(observed: number, p: number): string {
  return STRINGS.network.keepFrequency(formatPercent(observed), formatPercent(1 - p));
}

export type NetworkView = 'train' | 'test';
export type DropoutVariantName = 'inverted' | 'classic';

/** The line under the diagram, saying what the picture means in this view, variant and dropout scheme. */
export function diagramCaption(
  view: NetworkView,
  variant: DropoutVariantName,
  dropout: readonly number[],
  scheme: 'bernoulli' | 'gaussian' | 'dropconnect' = 'bernoulli',
): string {
  if (scheme !== 'bernoulli' && dropout.some((p) => p > 0)) {
    if (view === 'test') return STRINGS.network.caption.testOtherScheme;
    return scheme === 'gaussian' ? STRINGS.network.caption.trainingGaussian : STRINGS.network.caption.trainingDropConnect;
  }
  if (view === 'test') {
    return variant === 'classic' ? STRINGS.network.caption.testClassic : STRINGS.network.caption.testInverted;
  }
  if (dropout.every((p) => !(p > 0))) {
    return STRINGS.network.caption.noDropout;
  }
  return STRINGS.network.caption.training(variant === 'classic');
}
