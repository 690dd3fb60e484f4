/** The words of the ensemble view (the fit panel's "Ensemble" mode). */
import { formatCount, formatLoss } from '../kit/format';

const k = (n: number) => formatCount(n);

export const ENSEMBLE_STRINGS = {
  title: 'The ensemble behind test-time scaling',
  curvesTitle: 'Predictions',
  curves: {
    scaling: 'scaling rule (test-time network)',
    mc: (n: number) => `average of ${k(n)} thinned network${n === 1 ? '' : 's'}`,
    exact: 'exact average of all thinned networks',
    chartLabel: (exact: boolean) =>
      `The data with the test-time prediction (the weight-scaling rule), the Monte-Carlo average of k thinned networks${exact ? ' and the exact average over every thinned network' : ''}.`,
  },
  kPlot: {
    title: 'Test MSE against k',
    xAxis: 'k (log scale)',
    mc: 'MC average (one draw)',
    expected: 'MC average, expected',
    scaling: 'scaling rule',
    exact: 'exact average',
    chartLabel: 'Test MSE of the Monte-Carlo average against k on a log axis, with the scaling rule’s test MSE as a horizontal line.',
  },
  kControl: 'k, thinned networks averaged',
  kValue: (n: number) => `k = ${k(n)}`,
  testMse: 'Test MSE',
  differences: 'Mean squared difference between the curves',
  pair: (a: string, b: string) => `${a} vs ${b}`,
  short: { scaling: 'scaling rule', mc: (n: number) => `MC (k = ${k(n)})`, exact: 'exact' },
  noExact: (n: number) => `No exact average: more than 16 hidden neurons (${n}), so 2^${n} thinned networks, too many to enumerate.`,
  exactNote: (n: number) =>
    n <= 16
      ? `Exact average over all 2^${n} = ${k(2 ** n)} thinned networks, each weighted by its probability.`
      : 'Exact average in closed form: only the last hidden layer has dropout, and the output is linear in its mask.',
  meets: (n: number, below: boolean) =>
    below
      ? `The MC average’s expected test MSE comes within 1% of the scaling rule’s from k ≈ ${k(n)}, and ends up below it.`
      : `The MC average’s expected test MSE comes within 1% of the scaling rule’s from k ≈ ${k(n)}, but never below it.`,
  never: (gap: number) =>
    `The MC average’s expected test MSE never gets within 1% of the scaling rule’s here: as k grows it tends to the exact average, whose test MSE is ${formatLoss(gap)} higher (one draw, the dots, can dip lower by chance).`,
  paper: 'The 2014 dropout paper found about 50 samples matched the scaling rule on its classifiers.',
  computing: (training: boolean) =>
    `Averaging 1,000 thinned networks at every point…${training ? ' While the network trains at full speed, this gets a tenth of the worker’s time: pause for a faster answer.' : ''}`,
  stepNote: (step: number, training: boolean) => `Weights of step ${k(step)}${training ? '; refreshed every few seconds while training' : ''}.`,
  compareNote: 'Compare mode: this shows run B (with dropout). Run A has no dropout, so all its thinned networks are the same network.',
  noDropout: 'With p = 0 on every layer there is only one network: set p above 0 to see an ensemble.',
  otherScheme: 'The ensemble of thinned networks is Bernoulli dropout’s. Switch the scheme to Bernoulli to see it.',
  predictionTableToggle: 'Data table: the three curves',
  kTableToggle: 'Data table: test MSE against k',
  predictionTableCaption: 'The scaling rule, the MC average of k thinned networks and the exact average at eleven x values',
  tableCaption: 'Test MSE of the Monte-Carlo average of k thinned networks, with the scaling rule and the exact average',
  tableColumns: { k: 'k', mc: 'MC average test MSE', expected: 'expected', scaling: 'scaling rule', exact: 'exact average' },
} as const;
