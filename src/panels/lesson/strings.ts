/**
 * Every user-facing sentence of the lesson and the guided tour, in one place
 * for translation. Sentences that mention the current run are functions of
 * its live numbers; numbers are formatted in ./numbers.ts.
 */
import { formatCount } from '../kit/format';
import { formatKeep, formatP } from '../../experiment/p-format';
import { mainP } from '../../experiment/main-p';
import { dropoutOn, equalsText, formatFigure, formatRatio, invertedFactor, layersDiffer } from './numbers';
import { TOUR_BUTTON } from './strings-tour-button';

/** What the lesson knows about the current run (from the throttled readouts and the config). */
export interface LiveFigures {
  step: number;
  trainLoss: number;
  testLoss: number;
  /** Training points of the current data; 0 when not known yet. */
  trainPoints: number;
  /** Drop probability per hidden layer. */
  dropout: readonly number[];
  /** Compare mode: the figures are those of run B (with dropout). */
  compare: boolean;
}

export type FitState = 'waiting' | 'diverged' | 'overfitting' | 'gap' | 'close';

/** Test loss at least this many times the training loss reads as overfitting; above `GAP_RATIO`, a gap is opening. */
export const OVERFIT_RATIO = 2.5;
export const GAP_RATIO = 1.5;

/** How the current run is doing, from its train and test loss. */
export function fitState(figures: Pick<LiveFigures, 'step' | 'trainLoss' | 'testLoss'>): FitState {
  const { step, trainLoss, testLoss } = figures;
  if (!(step > 0)) return 'waiting';
  if (!Number.isFinite(trainLoss) || !Number.isFinite(testLoss)) return 'diverged';
  const ratio = testLoss / Math.max(trainLoss, 1e-12);
  if (ratio >= OVERFIT_RATIO) return 'overfitting';
  if (ratio >= GAP_RATIO) return 'gap';
  return 'close';
}

/** "2", "2 and 3", "2, 3 and 4". */
function listText(items: readonly number[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Where the network drops neurons: "p = 0.5 in hidden layer 2", "p = 0.5 in every hidden layer", or layer by layer. */
export function pWhere(dropout: readonly number[]): string {
  const on = dropout.map((p, i) => ({ p, layer: i + 1 })).filter(({ p }) => p > 0);
  if (on.length === 0) return 'p = 0';
  if (new Set(on.map(({ p }) => formatP(p))).size > 1) return layerList(dropout);
  const p = formatP(on[0].p);
  if (on.length === dropout.length) return dropout.length === 1 ? `p = ${p}` : `p = ${p} in every hidden layer`;
  return `p = ${p} in hidden layer${on.length > 1 ? 's' : ''} ${listText(on.map(({ layer }) => layer))}`;
}

/** True when the first of several hidden layers keeps all its neurons while a later one drops some. */
function firstLayerSpared(dropout: readonly number[]): boolean {
  return dropout.length > 1 && dropout[0] === 0 && dropoutOn(dropout);
}

/** "hidden layer 1: p = 0.5 (keep 0.5); hidden layer 2: p = 0.2 (keep 0.8)". */
export function layerList(dropout: readonly number[]): string {
  return dropout.map((p, i) => `hidden layer ${i + 1}: p = ${formatP(p)} (keep ${formatKeep(p)})`).join('; ');
}

function points(count: number): string {
  return count > 0 ? `the ${formatCount(count)} training points` : 'the training points';
}

const ACTIVATION_NAMES: Record<string, string> = { relu: 'ReLU', tanh: 'tanh', sigmoid: 'the sigmoid' };

export const LESSON = {
  summary: 'Lesson: overfitting and dropout',
  tourButton: TOUR_BUTTON.label,
  tourButtonHint: TOUR_BUTTON.hint,

  whyHeading: 'Why dropout?',
  why: 'A big network can memorize a small, noisy training set instead of learning the pattern behind it. Dropout is a regularizer: it makes memorizing harder, so that the network does better on data it has never seen.',

  overfitHeading: 'What overfitting is',
  overfitDefinition: (trainPoints: number) =>
    `Overfitting is when the training loss keeps going down while the test loss goes up: the network fits the noise of ${points(trainPoints)}, not the pattern, and so it predicts new points worse.`,

  /** The current run, in the words of the loss panel. */
  overfitLive(f: LiveFigures): string {
    const state = fitState(f);
    if (state === 'waiting') return 'Press Play: the training and test losses of this run will appear here as the network learns.';
    if (state === 'diverged') return 'The loss is no longer a finite number: this run diverged. Lower the learning rate, then press Reset.';
    const train = formatFigure(f.trainLoss);
    const test = formatFigure(f.testLoss);
    const where = f.compare
      ? `At step ${formatCount(f.step)}, run B (with dropout, ${pWhere(f.dropout)}) has its dashed green training curve at ${train} and its solid green test curve at ${test}`
      : `At step ${formatCount(f.step)}, the blue training curve in the loss panel is at ${train} while the orange test curve is at ${test}`;
    const times = formatRatio(f.testLoss / Math.max(f.trainLoss, 1e-12));
    const tail = f.compare ? ' Run A, in vermillion, is the same network without dropout.' : '';
    switch (state) {
      case 'overfitting':
        return dropoutOn(f.dropout) && !f.compare
          ? `${where}, ${times} times higher: even with dropout (${pWhere(f.dropout)}) the network fits part of the noise of ${points(f.trainPoints)}. A higher p, or more data, would narrow the gap.`
          : `${where}, ${times} times higher: the network is fitting the noise of ${points(f.trainPoints)}.${tail}`;
      case 'gap':
        return `${where}, ${times} times higher: a gap is opening. Watch whether the test curve turns up.${tail}`;
      case 'close':
        return dropoutOn(f.dropout)
          ? `${where}: close together. Dropout (${pWhere(f.dropout)}) keeps the network from memorizing the noise.${tail}`
          : `${where}: still close together. Without dropout, keep training and watch them split (or try the Overfitting preset).${tail}`;
    }
  },

  earlyHeading: 'Dropout or stopping early?',
  early:
    'The dashed “best test” marker shows where stopping early would have ended the run without dropout. Its test loss there is about as low as dropout’s, often a little lower. But the marker is found by watching the test data, and only after the test loss has turned up. Dropout needs no stopping point: its test loss stays low however long it trains.',

  howHeading: 'How dropout works',
  training(dropout: readonly number[]): string {
    const rate = !dropoutOn(dropout)
      ? 'now p = 0, so dropout is off and every neuron is kept'
      : layersDiffer(dropout)
        ? `the layers differ now: ${layerList(dropout)}`
        : `now p = ${formatP(dropout[0])}, so keep = 1 − p = ${formatKeep(dropout[0])}`;
    return `During training, each hidden neuron's output is set to zero with probability p, the DROP probability (${rate}). This is decided independently for every example and every step, so each step trains a different thinned network.`;
  },
  /** Why the presets leave the first hidden layer alone; null when they do not. */
  firstLayer: (dropout: readonly number[]): string | null =>
    firstLayerSpared(dropout)
      ? 'Here hidden layer 1 keeps all its neurons. It reads x itself: each of its neurons puts one bend into the curve, and dropping them cuts the curve into steps. Dropout works on the later layers, which combine those bends.'
      : null,
  testTime: 'At test time dropout is off: every neuron is active, and the prediction (the solid green curve) is the same every time.',
  maskIntro: 'For a hidden layer with outputs h, a random mask M of zeros and ones picks the neurons that are kept:',
  maskCaption: `Each entry of M is 1 (kept) with probability 1 − p and 0 (dropped) with probability p.`,
  productCaption: '⊙ multiplies entry by entry: dropped neurons send 0.',
  nextCaption: (activation: string) => `The next layer sees only the kept neurons. W and b are its weights and biases, f its activation (${activation} here).`,
  activationName: (activation: string) => ACTIVATION_NAMES[activation] ?? activation,

  scalingHeading: 'Keeping the scale right',
  scalingWhy: `With only 1 − p of the neurons kept, the next layer would receive a smaller signal in training than at test time. One of two scalings corrects it; both give the same result on average:`,
  selected: 'selected',
  invertedName: 'Inverted dropout',
  invertedWhen: `The default in modern libraries. During training, kept outputs are divided by 1 − p; nothing changes at test time.`,
  invertedLive(dropout: readonly number[]): string {
    if (!dropoutOn(dropout)) return `With p = 0: 1/(1 − 0) = 1, so nothing changes.`;
    if (layersDiffer(dropout)) {
      const list = dropout.map((p, i) => `hidden layer ${i + 1}, 1/(1 − ${formatP(p)}) ${equalsText(invertedFactor(p))}`).join('; ');
      return `With these p, kept outputs are multiplied during training by: ${list}.`;
    }
    const p = formatP(dropout[0]);
    return `With p = ${p}: kept outputs are multiplied by 1/(1 − ${p}) ${equalsText(invertedFactor(dropout[0]))} during training.`;
  },
  classicName: 'Classic dropout',
  classicWhen: `As in the 2014 dropout paper. No scaling during training; at test time every output is multiplied by 1 − p.`,
  classicLive(dropout: readonly number[]): string {
    if (!dropoutOn(dropout)) return `With p = 0: 1 − 0 = 1, so nothing changes.`;
    if (layersDiffer(dropout)) {
      const list = dropout.map((p, i) => `hidden layer ${i + 1}, 1 − ${formatP(p)} = ${formatKeep(p)}`).join('; ');
      return `With these p, outputs are multiplied at test time by: ${list}.`;
    }
    const p = formatP(dropout[0]);
    return `With p = ${p}: at test time every output is multiplied by 1 − ${p} = ${formatKeep(dropout[0])}.`;
  },
  paperNote: 'Careful when reading the 2014 paper: its p is the probability of KEEPING a neuron. Here p is always the drop probability.',

  schemesHeading: 'Other kinds of dropout noise',
  schemesIntro:
    'Dropout multiplies the network by noise while it trains. The Scheme setting picks which noise; in all three, p sets the same strength: the noise has mean 1 and variance p/(1 − p), the spread of inverted dropout’s factor.',
  /** One short paragraph per scheme, the selected one marked. */
  schemes: {
    bernoulli:
      'Bernoulli dropout (the one above): each hidden neuron is multiplied by 0 with probability p, otherwise by 1/(1 − p) (inverted) or 1 (classic). The network panel marks dropped neurons with an X.',
    gaussian:
      'Gaussian dropout: each hidden neuron’s output is multiplied by a number drawn from a normal distribution with mean 1 and variance p/(1 − p), fresh for every example and step. No neuron is switched off; some are turned up, some down, a few even flip sign. Nothing changes at test time. The network panel fills each neuron by its factor.',
    dropconnect:
      'DropConnect: instead of neurons, single weights are dropped. Each weight that reads a hidden layer is set to 0 with that layer’s p, independently for every example and step, and the kept weights are multiplied by 1/(1 − p); at test time the full weights are used. The network panel draws the dropped weights faded and dashed; every neuron stays.',
  },
  schemeSelected: 'Selected: ',
  meanField:
    'For all three, the test-time rule (every neuron and weight at full strength, no noise) is an approximation: it runs the network on the average input of each layer, not the average of all the thinned networks’ outputs, and the two differ because the activations bend. To see the average itself, turn on the MC band: it runs many noisy passes and shows their mean and spread.',
  variantOnlyBernoulli:
    'The Scaling setting (inverted or classic) applies to Bernoulli dropout only; Gaussian dropout and DropConnect always scale like inverted dropout.',
  perLayerNote: (dropout: readonly number[]) =>
    `The hidden layers use different drop probabilities: ${layerList(dropout)}. Each layer uses its own p in the formulas.`,

  /** Plain-text versions of the formulas, for assistive technology. */
  alt: {
    bernoulli: 'M is distributed Bernoulli of 1 minus p',
    mask: 'h tilde equals M times h, entry by entry',
    next: 'h superscript l plus 1 equals f of W times h tilde plus b',
    invertedTrain: 'in training, h tilde equals M times h entry by entry, divided by 1 minus p',
    invertedTest: 'at test time, h test equals h',
    classicTrain: 'in training, h tilde equals M times h entry by entry',
    classicTest: 'at test time, h test equals 1 minus p times h',
  },
  inTraining: 'in training',
  atTest: 'at test time',
  test: 'test',
} as const;

/** The guided tour's chrome and its five steps. */
export const TOUR = {
  label: 'Guided tour',
  progress: (step: number, total: number) => `${step} of ${total}`,
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  close: 'Close',
  noticeLabel: 'Notice',
  keysHint: 'Escape closes the tour; your settings stay as they are.',

  overfit: {
    title: 'Watch it overfit',
    body: (trainPoints: number, layers: readonly number[]) =>
      `The Overfitting preset: ${trainPoints > 0 ? formatCount(trainPoints) : 'a few'} noisy points and a big network (${layers.length} hidden layers of ${layers.join(' and ')} neurons), no dropout.`,
    notice:
      'The wiggly green curve chasing the blue training points, and in the loss panel the orange test loss rising again after its best point (the dashed “best test” marker) while the blue training loss stays far below it.',
  },
  dropout: {
    title: 'Turn dropout on',
    body: (dropout: readonly number[]) =>
      `The same data and network, now with dropout: ${pWhere(dropout)} (keep = ${formatKeep(mainP(dropout))}).${firstLayerSpared(dropout) ? ' Hidden layer 1 keeps all its neurons: it reads x itself, and dropping its neurons would cut the curve into steps.' : ''}`,
    notice:
      'The smoother green curve, the red X marks on the dropped neurons in the network panel (a new random set at every step), and the lower orange test loss.',
  },
  compare: {
    title: 'Compare both',
    body: (dropout: readonly number[]) =>
      `Two runs side by side, from the same data, the same initial weights and the same minibatch order: (a) without dropout, (b) with ${pWhere(dropout)}.`,
    notice: 'Run (a) bends to hit every training point while (b) follows the trend; in the loss panel the two test curves part.',
  },
  ghosts: {
    title: 'The thinned networks',
    body: (count: number) => `Each of the ${count} faint green curves is one thinned network: the same weights with a fixed random set of neurons dropped.`,
    notice:
      'Dropout trains all of these thinned networks at once, as they share their weights. The network used at test time (the solid curve) is, roughly, their average.',
  },
  band: {
    title: 'The uncertainty band',
    body: (passes: number) =>
      `MC dropout keeps dropout on at prediction time: the network predicts ${formatCount(passes)} times, each time with new random masks.`,
    notice: 'The shaded band is their mean ± 2σ: narrow near the training points, wide where there is no data.',
  },
} as const;
