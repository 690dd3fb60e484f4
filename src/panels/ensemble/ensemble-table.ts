import type { Telemetry } from '../../state/telemetry-store';
import type { TableData } from '../kit/ChartTable';
import { formatLoss } from '../kit/format';
import { expectedMcMse } from './ensemble-math';
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
