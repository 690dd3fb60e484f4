import { runsOf } from '../../experiment/run-facts';
import { formatPList } from '../../experiment/p-format';
/** Which lines the loss chart draws and how they look: color by run, style by set. */
import type { RunId } from '../../experiment/types';
import { palette } from '../kit/palette';
import { STRINGS } from '../kit/strings';

export type SeriesKey = 'train' | 'test' | 'batch';

export interface SeriesStyle {
  /** Unique per chart, e.g. "B-test". */
  id: string;
  run: RunId;
  key: SeriesKey;
  color: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash: string | undefined;
  width: number;
  opacity: number;
}

export const TRAIN_DASH = '6 4';

function styleFor(run: RunId, key: SeriesKey, compare: boolean): SeriesStyle {
  const id = `${run}-${key}`;
  if (!compare) {
    const color = key === 'test' ? palette.test : palette.train;
    return key === 'batch' ? { id, run, key, color, dash: undefined, width: 1, opacity: 0.35 } : { id, run, key, color, dash: undefined, width: 2, opacity: 1 };
  }
  const color = run === 'A' ? palette.runA : palette.runB;
  if (key === 'batch') return { id, run, key, color, dash: undefined, width: 1, opacity: 0.3 };
  return { id, run, key, color, dash: key === 'train' ? TRAIN_DASH : undefined, width: key === 'test' ? 2.25 : 1.75, opacity: 1 };
}

/** The series in drawing order: faint minibatch lines at the back, test lines on top. */
export function seriesStyles(compare: boolean, showBatch: boolean): SeriesStyle[] {
  const runs = runsOf(compare);
  const keys: SeriesKey[] = showBatch ? ['batch', 'train', 'test'] : ['train', 'test'];
  return keys.flatMap((key) => runs.map((run) => styleFor(run, key, compare)));
}

/** "p = 0.5", "p = 0.5 in layer 2", or "p = 0.5, 0.2" when the hidden layers differ (experiment/p-format). */
export function formatDropout(dropout: readonly number[]): string {
  return `p = ${formatPList(dropout.filter((p) => Number.isFinite(p)))}`;
}

/** A run's name in compare mode; null for the single run. */
export function runLabel(run: RunId, compare: boolean, dropout: readonly number[]): string | null {
  if (!compare) return null;
  if (run === 'A') return STRINGS.loss.noDropout;
  return dropout.some((p) => p > 0) ? STRINGS.loss.withDropout(formatDropout(dropout)) : STRINGS.loss.alsoNoDropout;
}

export interface LegendGroup {
  run: RunId;
  label: string | null;
  items: { text: string; style: SeriesStyle }[];
}

const SET_NAMES: Record<SeriesKey, string> = STRINGS.loss.sets;

/** Legend rows: per run, its test, train (and minibatch) lines. */
export function legendGroups(compare: boolean, showBatch: boolean, dropout: readonly number[]): LegendGroup[] {
  const keys: SeriesKey[] = compare ? ['test', 'train'] : ['train', 'test'];
  if (showBatch) keys.push('batch');
  return runsOf(compare).map((run) => ({
    run,
    label: runLabel(run, compare, dropout),
    items: keys.map((key) => ({ text: compare && key === 'batch' ? STRINGS.loss.minibatch : SET_NAMES[key], style: styleFor(run, key, compare) })),
  }));
}
