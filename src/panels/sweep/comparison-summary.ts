/**
 * The comparison's one-sentence reading, computed from the numbers: the
 * method with the lowest mean test MSE, and against each other method
 * whether it is better (the paired 95% interval of the per-seed differences
 * lies below 0), worse, or indistinguishable on these seeds.
 */
import type { FinalResult } from '../../experiment/regularizers-plan';
import { formatValue } from '../loss/ticks';
import { bestMethod, comparePaired, type MethodSummary, summarizeMethods } from './comparison-stats';
import { COMPARISON_STRINGS as S, listText } from './strings-comparison';

/** The sentence, or null before any final run. `soFar` while the comparison runs. */
export function comparisonSentence(
  final: readonly FinalResult[],
  soFar: boolean,
  summaries: readonly MethodSummary[] = summarizeMethods(final),
): string | null {
  const best = bestMethod(summaries);
  if (best === null) return null;
  const name = S.names[best.method];
  const mse = formatValue(best.test.mean);
  if (best.test.count < 2) return S.summary.oneSeed(name, mse);
  const others = summaries.filter((s) => s !== best).map((s) => comparePaired(final, best.method, s.method));
  const names = (verdict: string) => others.filter((c) => c.verdict === verdict).map((c) => S.names[c.b]);
  const beats = names('better');
  const ties = names('indistinguishable');
  const loses = names('worse');
  let text = S.summary.best(soFar, name, mse, best.test.count);
  if (beats.length > 0) text += S.summary.beats(listText(beats));
  if (ties.length > 0) text += S.summary.ties(listText(ties), beats.length > 0);
  if (loses.length > 0) text += S.summary.loses(listText(loses));
  return capitalize(text + S.summary.rule);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
