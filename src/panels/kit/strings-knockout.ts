/**
 * The words of knock-outs, the robustness curve and the co-adaptation number
 * (the network and fit panels). Kept apart from strings.ts so the table there
 * stays as it is.
 */
import type { NeuronKey } from '../../experiment/types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "layer 1, neuron 4": numbered from 1 for people, as in every neuron's name (links and data-neuron count from 0). */
export const neuronName = (n: NeuronKey) => `layer ${n.layer}, neuron ${n.index + 1}`;

export const KNOCKOUT_STRINGS = {
  mode: 'Knock out neurons',
  modeHint: 'Click, tap or press Enter on a hidden neuron to remove it at test time (training is not affected); again to bring it back',
  modeOn: 'Knock-out mode: click, tap or press Enter on a hidden neuron to remove it at test time; again to bring it back. Training never sees it.',
  clear: 'Clear knock-outs',
  pickLayer: 'Layer',
  pickIndex: 'Neuron',
  pickToggle: (knocked: boolean) => (knocked ? 'Bring back' : 'Knock out'),
  pickHint: 'Any hidden neuron, including those behind “+N more”.',
  pickGroup: 'Pick a neuron by number',
  listLabel: 'Knocked-out neurons',
  none: 'No neuron knocked out.',
  count: (n: number) => plural(n, 'neuron knocked out', 'neurons knocked out'),
  removeOne: (n: NeuronKey) => `Bring back ${neuronName(n)}`,
  /** The neuron's accessible name gains this. */
  knockedState: 'knocked out',
  legend: 'knocked out: removed at test time',
  fitLegend: (what: string) => `${what}, knocked-out neurons removed`,
  fitLegendOne: 'knocked-out neurons removed',
  readoutLabel: 'Test MSE with the knock-outs',
  readout: (count: number, full: string, knocked: string) =>
    `Test MSE ${full} with every neuron, ${knocked} with ${plural(count, 'neuron', 'neurons')} knocked out`,
  readoutRun: (run: string, full: string, knocked: string) => `${run}: ${full} → ${knocked}`,
  readoutCompare: (count: number) => `Test MSE with every neuron → with ${plural(count, 'neuron', 'neurons')} knocked out`,
  readoutWaiting: 'Test MSE with the knock-outs: waiting for the next frame…',
  indexRange: (layer: number, size: number) => `Neuron must be a whole number from 1 to ${size} (hidden layer ${layer} has ${size} neurons).`,
  robustness: {
    toggle: 'Robustness',
    toggleHint: 'Test MSE when a random fraction of the hidden neurons is removed at test time (measured in the background)',
    title: 'Robustness: test MSE with neurons removed at random',
    xAxis: (layer: number) =>
      layer === 0 ? 'fraction of hidden neurons removed (from each hidden layer)' : `fraction of hidden layer ${layer}’s neurons removed`,
    xAxisShort: 'fraction removed',
    scope: 'Remove from',
    scopeAll: 'every hidden layer',
    scopeLayer: (layer: number) => `hidden layer ${layer} only`,
    yAxis: 'test MSE',
    band: (draws: number) => `band: 10th–90th percentile of ${draws} random removals`,
    measuring: 'Measuring… (a small share of the worker’s time)',
    measuredAt: (step: string) => `measured at step ${step}`,
    coadaptation: 'Co-adaptation',
    coadaptationHint: 'the mean rise in test MSE when one hidden neuron is removed, over every hidden neuron',
    coadaptationValue: (value: string, byLayer: string) => `${value} (by layer: ${byLayer})`,
    tableCaption: 'Robustness curve as a table',
    tableFraction: 'fraction removed',
    tableMean: (run: string) => `${run}: mean test MSE`,
    tableBand: (run: string) => `${run}: 10th–90th percentile`,
    chartLabel: (runs: string) => `Chart: test MSE against the fraction of hidden neurons removed at random, ${runs}. The table below has the numbers.`,
  },
} as const;
