/** The comparison's final runs as CSV: one row per method and seed, with the knob the tuning chose. */
import { METHOD_SPECS, type FinalResult } from '../../experiment/regularizers-plan';

export const COMPARISON_CSV_HEADER = 'method,seed,knob,knob_value,steps,n,train_mse,test_mse';

/** A number at full precision; non-finite values (a diverged run) become empty cells. */
function cell(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

export function comparisonCsv(final: readonly FinalResult[]): string {
  const rows = [...final].sort((a, b) => a.index - b.index);
  const lines = rows.map((r) => {
    const knob = METHOD_SPECS[r.method].knob;
    return [r.method, r.seed, knob, knob === 'none' ? '' : cell(r.value), r.steps, r.n, cell(r.trainMse), cell(r.testMse)].join(',');
  });
  return `${[COMPARISON_CSV_HEADER, ...lines].join('\n')}\n`;
}

export const COMPARISON_CSV_NAME = 'dropout-lab-sweep-regularizers.csv';
