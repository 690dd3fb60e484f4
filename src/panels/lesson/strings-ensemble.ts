/**
 * The lesson's section on the ensemble behind test-time scaling. The live sentence is a
 * function of the ensemble view's latest answer, with the view's own criterion for "meets".
 */
import type { EnsembleMessage } from '../../training/protocol';
import { formatCount } from '../kit/format';
import { meanSquaredDifference, meeting } from '../ensemble/ensemble-math';
import { formatFigure } from './numbers';

export const LESSON_ENSEMBLE = {
  heading: 'The ensemble behind the test-time network',
  intro:
    'Every training step uses a thinned network: the same weights with some hidden neurons dropped. A network with N hidden neurons has 2^N of them, and dropout trains them all at once. Their average prediction would be an ensemble of 2^N networks; at test time we run the full network once instead, with the scaling above.',
  when: 'When is that the same as averaging them all? When the output depends linearly on the dropped neurons: with a single hidden layer, or with dropout on the last hidden layer only (as in the presets “Dropout fixes it” and “Compare”), the scaling rule IS the exact average. A nonlinearity (ReLU, tanh) between two layers with dropout makes it an approximation: the average of f is not f of the average.',
  howToSee:
    'To measure it, load “Small ensemble” (1-8-8-1, p = 0.5 on both hidden layers) and press Ensemble in the fit panel: it draws the average of k thinned networks (a Monte-Carlo estimate), and for up to 16 hidden neurons the exact average of all 65,536 thinned networks, each weighted by its probability.',
  closed: 'Open Ensemble in the fit panel to measure this on the current run.',
  /** The current run's ensemble, in words, or the invitation to open the view. */
  live(message: EnsembleMessage | null): string {
    if (message === null) return LESSON_ENSEMBLE.closed;
    const { testMse, checkpoints } = message;
    const last = checkpoints.length - 1;
    const mcText = `the average of ${formatCount(checkpoints[last])} thinned networks ${formatFigure(testMse.mc[last])}`;
    const exactText =
      message.exact !== null && testMse.exact !== null
        ? `, the exact average of all of them ${formatFigure(testMse.exact)} (its curve is ${formatFigure(Math.sqrt(meanSquaredDifference(message.exact, message.scaling)))} from the scaling rule’s, root mean square)`
        : '';
    const met = meeting(message);
    const meetText =
      met.kind === 'meets'
        ? `The expected test MSE of an average of k thinned networks comes within 1% of the scaling rule’s from k ≈ ${formatCount(met.k)}${met.below ? ', and ends up below it' : ', but never below it'}; the 2014 paper found about 50 on its classifiers.`
        : `On average, averaging thinned networks never comes within 1% of the scaling rule’s test MSE here: it tends to the exact average, whose test MSE is ${formatFigure(met.gap)} higher. Here the test-time network is not only cheaper than the ensemble it stands for but also better on the test points.`;
    return `At step ${formatCount(message.step)}, test MSE: the scaling rule ${formatFigure(testMse.scaling)}, ${mcText}${exactText}. ${meetText}`;
  },
} as const;
