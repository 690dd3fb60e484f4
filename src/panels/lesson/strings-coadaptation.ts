/**
 * The lesson's section on co-adaptation: what knocking out neurons shows, the
 * live co-adaptation numbers of the current run(s), and what 20 seeds showed.
 * The comparative words of the live sentence come from the numbers beside them.
 */
import { formatCount } from '../kit/format';
import { formatP } from '../../experiment/p-format';
import { formatFigure } from './numbers';

/** One run's co-adaptation numbers: over every hidden neuron, and per hidden layer. */
export interface RunCoadaptation {
  total: number;
  byLayer: readonly number[];
}

export interface CoadaptationFigures {
  step: number;
  /** Compare mode: A (no dropout) and B; else the one run as `b`. */
  a: RunCoadaptation | null;
  b: RunCoadaptation;
  dropout: readonly number[];
}

/** How B's number compares with A's, in words that can't disagree with the two numbers shown. */
function versus(a: number, b: number): string {
  if (formatFigure(a) === formatFigure(b)) return 'about the same';
  return b < a ? 'lower with dropout' : 'higher with dropout';
}

const layerName = (l: number, dropout: readonly number[]) => `hidden layer ${l + 1} (p = ${formatP(dropout[l] ?? 0)})`;

export const COADAPTATION = {
  heading: 'Why it works: no neuron can count on another',
  idea: 'Without dropout, a neuron can learn to correct the mistakes of a few particular others: the neurons co-adapt, and the network works only as a whole. With dropout any neuron may be missing at any step, so each has to be useful with whichever others happen to be there. If that is true, the dropout network should survive losing neurons at test time.',
  tryIt:
    'Try it: in the network panel’s test view press “Knock out neurons” and click a hidden neuron (or focus it and press Enter). The fit panel then draws the prediction without it as a dashed curve and gives the test MSE with and without it. The panel’s third view, “Robustness”, removes a growing fraction of neurons at random, many times over, and gives each run’s co-adaptation number: the mean change in test MSE when one hidden neuron is removed.',
  measure: 'Measure this run',
  notMeasured: 'Press “Measure this run” (or “Robustness” in the network panel) to see the numbers of the run on screen.',
  measuring: 'Measuring this run’s co-adaptation number…',
  live(f: CoadaptationFigures): string {
    const at = `Measured at step ${formatCount(f.step)}`;
    if (f.a === null) {
      const layers = f.b.byLayer.map((x, l) => `${layerName(l, f.dropout)} ${formatFigure(x)}`).join(', ');
      return `${at}: removing one hidden neuron changes this run’s test MSE by ${formatFigure(f.b.total)} on average (${layers}).`;
    }
    const a = f.a;
    const layers = f.b.byLayer.map(
      (x, l) => `${layerName(l, f.dropout)}: ${formatFigure(a.byLayer[l] ?? Number.NaN)} → ${formatFigure(x)}, ${versus(a.byLayer[l] ?? Number.NaN, x)}`,
    );
    return `${at}: removing one hidden neuron changes the test MSE by ${formatFigure(a.total)} on average without dropout (a) and by ${formatFigure(f.b.total)} with it (b), ${versus(a.total, f.b.total)}. Layer by layer, a → b: ${layers.join('; ')}.`;
  },
  measured:
    'What 20 seeds nobody picked show (201–220; the Compare preset, 3,000 steps, p = 0.5 in hidden layer 2 only): removing 30% of hidden layer 2’s neurons at random raised the test MSE without dropout from 0.52 to 2.2 on average, and with dropout only from 0.21 to 0.24. The dropout run was lower on all 20 seeds at every fraction from 10% to 90%, and its co-adaptation number for layer 2 was about 0 (A’s: 0.12).',
  caveat:
    'In that preset hidden layer 1 has no dropout, and there the story turns: the dropout run is the more fragile one (its layer-1 co-adaptation number, 0.060 against 0.006, was higher on 19 of 20 seeds) — perhaps because a layer 2 that must do without any of its own neurons leans harder on layer 1’s. Dropout protects the layer it is applied to. Removing from every hidden layer at once, the dropout run still ends lower at every fraction (on 19 or 20 of the 20 seeds), and its co-adaptation number over all neurons is about half (0.030 against 0.063).',
} as const;
