/**
 * The lesson's reading of the regularizer comparison (issue 16), from its live
 * numbers: what each method reached on the test set, and which differences
 * the seeds can tell apart (the paired 95% interval of the per-seed
 * differences excludes 0). Nothing here is claimed that the numbers do not show.
 */
import type { FinalResult } from '../../experiment/regularizers-plan';
import { bestMethod, comparePaired, type MethodSummary, summarizeMethods, type Verdict } from '../sweep/comparison-stats';
import { COMPARISON_STRINGS, listText } from '../sweep/strings-comparison';
import { formatFigure } from './numbers';

const NAMES = COMPARISON_STRINGS.names;

export const REGULARIZERS_LESSON = {
  heading: 'Dropout, L2, stopping early, or more data?',
  intro:
    'Which regularizer wins is a question for an experiment, and a fair one: every method must tune its one knob (the stopping step, the L2 strength λ, the drop probability p) without looking at the test set. The sweep’s “regularizers” comparison does that: it holds out part of the training points in turn, picks the knob with the lowest validation error, retrains on all the points, and only then measures the test error, on the same data, initial weights and minibatch order for every method.',
  /** The paragraph with the numbers of a finished comparison. */
  reading: (final: readonly FinalResult[], n: number): string => readComparison(final, n),
};

/** "A beat B and C seed for seed; A cannot be told apart from D on these 5 seeds; E beat A seed for seed". */
function verdictPhrases(a: string, against: readonly { name: string; verdict: Verdict }[], seeds: number): string {
  const names = (verdict: Verdict) => against.filter((c) => c.verdict === verdict).map((c) => c.name);
  const phrases: string[] = [];
  const beaten = names('better');
  const ties = names('indistinguishable');
  const winners = names('worse');
  if (beaten.length > 0) phrases.push(`${a} beat ${listText(beaten)} seed for seed`);
  if (ties.length > 0) phrases.push(`${a} cannot be told apart from ${listText(ties)} on these ${seeds} seeds`);
  if (winners.length > 0) phrases.push(`${listText(winners)} beat ${a} seed for seed`);
  return phrases.join('; ');
}

function mse(summary: MethodSummary | undefined): string {
  return summary === undefined ? '—' : formatFigure(summary.test.mean);
}

function readComparison(final: readonly FinalResult[], n: number): string {
  const summaries = summarizeMethods(final);
  const of = (method: FinalResult['method']) => summaries.find((s) => s.method === method);
  const seeds = Math.max(0, ...summaries.map((s) => s.test.count));
  const parts: string[] = [];
  parts.push(
    `In your comparison (N = ${n}, ${seeds} ${seeds === 1 ? 'seed' : 'seeds'}), the mean test MSE was ${mse(of('none'))} with no regularization, ` +
      `${mse(of('early-stopping'))} stopping early, ${mse(of('l2'))} with L2, ${mse(of('bernoulli'))} with Bernoulli dropout, ` +
      `${mse(of('gaussian'))} with Gaussian dropout and ${mse(of('dropconnect'))} with DropConnect; ` +
      `the same network reached ${mse(of('data-4x'))} with 4× the data and ${mse(of('data-16x'))} with 16×.`,
  );
  if (seeds < 2) {
    parts.push('One seed cannot tell methods apart: run the comparison with at least 2 seeds before calling one better.');
    return parts.join(' ');
  }
  // The dropout scheme with the lowest mean, against the other regularizers and against no regularization.
  const dropout = bestMethod(summaries.filter((s) => s.test.count > 1 && (s.method === 'bernoulli' || s.method === 'gaussian' || s.method === 'dropconnect')));
  if (dropout !== null) {
    const name = NAMES[dropout.method];
    const against = (['none', 'l2', 'early-stopping'] as const)
      .filter((m) => of(m) !== undefined)
      .map((m) => ({ name: NAMES[m], verdict: comparePaired(final, dropout.method, m).verdict }));
    if (against.length > 0) parts.push(`${capitalize(verdictPhrases(name, against, seeds))}.`);
  }
  const more = of('data-16x');
  const best = bestMethod(summaries.filter((s) => s.method !== 'data-4x' && s.method !== 'data-16x'));
  if (more !== undefined && best !== null) {
    const verdict = comparePaired(final, 'data-16x', best.method).verdict;
    parts.push(`${capitalize(verdictPhrases(NAMES['data-16x'], [{ name: NAMES[best.method], verdict }], seeds))}.`);
  }
  if (sameOnEverySeed(final, 'bernoulli', 'dropconnect')) {
    parts.push(
      'Bernoulli dropout and DropConnect gave the same numbers on every seed: with dropout only on the last hidden layer and one output, each of its neurons has a single outgoing weight, so dropping the weight and dropping the neuron are the same thing.',
    );
  }
  parts.push('“Beat” here means the paired 95% confidence interval of the per-seed differences excludes 0; a different set of seeds may move the means.');
  return parts.join(' ');
}

function sameOnEverySeed(final: readonly FinalResult[], a: FinalResult['method'], b: FinalResult['method']): boolean {
  const of = (m: FinalResult['method']) => final.filter((r) => r.method === m);
  const left = of(a);
  const right = of(b);
  return left.length > 0 && left.length === right.length && left.every((r) => right.some((s) => s.seed === r.seed && s.testMse === r.testMse));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
