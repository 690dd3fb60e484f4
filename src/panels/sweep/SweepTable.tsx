import type { SweepKind } from '../../worker/sweep-protocol';
import { formatValue } from '../loss/ticks';
import { formatP } from './labels';
import type { Spread, SweepSeries } from './summary';

function SpreadCell({ spread, count }: { spread: Spread; count: number }) {
  if (!Number.isFinite(spread.mean)) return <td>—</td>;
  return (
    <td>
      {formatValue(spread.mean)}
      {count > 1 && (
        <span className="sweep-range">
          {' '}
          ({formatValue(spread.min)}–{formatValue(spread.max)})
        </span>
      )}
    </td>
  );
}

/** The chart's numbers as a table: the text alternative of the chart. */
export function SweepTable({ kind, series }: { kind: SweepKind; series: readonly SweepSeries[] }) {
  const rows = series.flatMap((s) => s.points);
  return (
    <details className="sweep-table">
      <summary>Results table ({rows.length === 0 ? 'empty' : `${rows.length} ${rows.length === 1 ? 'point' : 'points'}`})</summary>
      {rows.length > 0 && (
        <table>
          <caption className="visually-hidden">Final eval-mode MSE per {kind === 'p' ? 'drop probability' : 'training-set size and drop probability'}: mean over seeds, with min–max</caption>
          <thead>
            <tr>
              <th scope="col">{kind === 'p' ? 'p' : 'N'}</th>
              {kind === 'n' && <th scope="col">p</th>}
              <th scope="col">runs</th>
              <th scope="col">test MSE mean (min–max)</th>
              <th scope="col">train MSE mean (min–max)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((point) => (
              <tr key={`${point.value}-${point.p}`}>
                <th scope="row">{kind === 'p' ? formatP(point.value) : point.value}</th>
                {kind === 'n' && <td>{formatP(point.p)}</td>}
                <td>
                  {point.count}
                  {point.diverged > 0 && ` (${point.diverged} diverged)`}
                </td>
                <SpreadCell spread={point.test} count={point.count} />
                <SpreadCell spread={point.train} count={point.count} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
