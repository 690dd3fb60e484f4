import type { HistoryLike } from '../loss/chart-model';
/** One run's loss curve as parallel arrays (a LossHistory fits): what the chart reads, less its best point. */
export type LossSeries = Omit<HistoryLike, 'bestIndex'>;

export interface LossCsvRun {
  /** The run's id, 'A' or 'B'. */
  run: string;
  history: LossSeries;
}

export const LOSS_CSV_HEADER = 'run,step,train_mse,test_mse,minibatch_mse';

/** A number at full precision (shortest text that reads back to the same value); non-finite values become empty cells. */
function cell(value: number | undefined): string {
  return value !== undefined && Number.isFinite(value) ? String(value) : '';
}

/** A text cell, quoted when it holds a comma, a quote or a line break. */
function textCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The loss history of every run as CSV text, one row per recorded point, runs one after another. */
export function lossCsv(runs: readonly LossCsvRun[]): string {
  const lines = [LOSS_CSV_HEADER];
  for (const { run, history: h } of runs) {
    const id = textCell(run);
    for (let i = 0; i < h.length; i++) {
      lines.push(`${id},${cell(h.step[i])},${cell(h.train[i])},${cell(h.test[i])},${cell(h.batch[i])}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
