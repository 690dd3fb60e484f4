import type { Telemetry } from '../../state/telemetry-store';
import type { TableData } from '../kit/ChartTable';
import { formatLoss } from '../kit/format';
import { expectedMcMse, mcCurve } from './ensemble-math';
import { ENSEMBLE_STRINGS as S } from './strings';

/** The k plot's numbers: the MC average's test MSE at each k, expected and drawn, beside the two lines. */
export function ensembleTable({ ensemble }: Telemetry): TableData | null {
  if (ensemble === null) return null;
  const { checkpoints, testMse } = ensemble;
  const c = S.tableColumns;
  return {
    columns: [c.k, c.mc, c.expected, c.scaling, ...(testMse.exact === null ? [] : [c.exact])],
    rows: checkpoints.map((k, i) => [
      String(k),
      formatLoss(testMse.mc[i]),
      formatLoss(expectedMcMse(ensemble, k)),
      formatLoss(testMse.scaling),
      ...(testMse.exact === null ? [] : [formatLoss(testMse.exact)]),
    ]),
  };
}

/** The three predictions at eleven x values, the MC average's for the k at `index` of the checkpoints. */
export function ensemblePredictionTable({ ensemble, data }: Telemetry, index: number): TableData | null {
  if (ensemble === null || data === null) return null;
  const k = ensemble.checkpoints[index] ?? ensemble.checkpoints[0];
  const mc = mcCurve(ensemble, Math.max(0, ensemble.checkpoints.indexOf(k)));
  const exact = ensemble.exact;
  const last = data.gridX.length - 1;
  const rows: string[][] = [];
  for (let j = 0; j <= 10; j++) {
    const i = Math.round((j / 10) * last);
    rows.push([data.gridX[i].toFixed(1), formatLoss(ensemble.scaling[i]), formatLoss(mc[i]), ...(exact === null ? [] : [formatLoss(exact[i])])]);
  }
  return { columns: ['x', S.short.scaling, S.short.mc(k), ...(exact === null ? [] : [S.short.exact])], rows };
}
