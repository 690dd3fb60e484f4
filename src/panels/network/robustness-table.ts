import type { Telemetry } from '../../state/telemetry-store';
import type { TableData } from '../kit/ChartTable';
import { formatLoss } from '../kit/format';
import { STRINGS } from '../kit/strings';
import { KNOCKOUT_STRINGS } from '../kit/strings-knockout';

const S = KNOCKOUT_STRINGS.robustness;

/** A run's name in the robustness chart and table: "A (no dropout)", "B (dropout)", or "run" alone. */
export function robustnessRunName(run: string, compare: boolean): string {
  return !compare ? STRINGS.dataTables.run : run === 'A' ? STRINGS.dataTables.runA : STRINGS.dataTables.runB;
}

/** The robustness curve's numbers: per fraction removed, each run's mean test MSE and band. */
export function robustnessTable({ frame }: Telemetry): TableData | null {
  const runs = frame?.runs.filter((r) => r.robustness !== null) ?? [];
  const first = runs[0]?.robustness;
  if (frame === null || first == null) return null;
  const compare = frame.runs.length > 1;
  const columns = [S.tableFraction, ...runs.flatMap((r) => [S.tableMean(robustnessRunName(r.run, compare)), S.tableBand(robustnessRunName(r.run, compare))])];
  const rows = first.fractions.map((f, k) => [
    f.toFixed(1),
    ...runs.flatMap((r) => {
      const o = r.robustness;
      return o === null ? ['—', '—'] : [formatLoss(o.mean[k]), `${formatLoss(o.low[k])}–${formatLoss(o.high[k])}`];
    }),
  ]);
  return { columns, rows };
}
