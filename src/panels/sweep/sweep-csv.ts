/** The sweep's results as CSV: one row per run. */
import type { SweepResult } from '../../sweep/protocol';
import type { GridKind } from '../../experiment/sweep-plan';

/** The first five columns as the issue asks; `p` (the run's drop probability) tells the N sweep's two series apart. */
export const SWEEP_CSV_HEADER = 'sweep,value,seed,train_mse,test_mse,p';

/** A number at full precision; non-finite values (a diverged run) become empty cells. */
function cell(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

export function sweepCsv(kind: GridKind, results: readonly SweepResult[]): string {
  const rows = [...results].sort((a, b) => a.index - b.index);
  const lines = [SWEEP_CSV_HEADER, ...rows.map((r) => `${kind},${cell(r.value)},${r.seed},${cell(r.trainMse)},${cell(r.testMse)},${cell(r.p)}`)];
  return `${lines.join('\n')}\n`;
}

export function sweepFileName(kind: GridKind): string {
  return `dropout-lab-sweep-${kind}.csv`;
}
