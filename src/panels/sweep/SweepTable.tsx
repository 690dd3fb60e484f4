import { formatP } from '../../experiment/p-format';
import type { GridKind } from '../../experiment/sweep-plan';
import { formatValue } from '../loss/ticks';
import type { Spread, SweepSeries } from './summary';
import { STRINGS } from '../kit/strings';

function SpreadCell({ spread, count }: { spread: Spread; count: number }) {
  if (!Number.isFinite(spread.mean)) return <td>{STRINGS.sweep.table.missing}</td>;
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
export function SweepTable({ kind, series }: { kind: GridKind; series: readonly SweepSeries[] }) {
  const rows = series.flatMap((s) => s.points);
  return (
    <details className="sweep-table">
      <summary>{STRINGS.sweep.table.summary(rows.length)}</summary>
      {rows.length > 0 && (
        <table>
          <caption className="visually-hidden">{STRINGS.sweep.table.caption(kind)}</caption>
          <thead>
            <tr>
              <th scope="col">{kind === 'p' ? STRINGS.sweep.table.p : STRINGS.sweep.table.n}</th>
              {kind === 'n' && <th scope="col">{STRINGS.sweep.table.p}</th>}
              <th scope="col">{STRINGS.sweep.table.runs}</th>
              <th scope="col">{STRINGS.sweep.table.test}</th>
              <th scope="col">{STRINGS.sweep.table.train}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((point) => (
              <tr key={`${point.value}-${point.p}`}>
                <th scope="row">{kind === 'p' ? formatP(point.value) : point.value}</th>
                {kind === 'n' && <td>{formatP(point.p)}</td>}
                <td>
                  {point.count}
                  {point.diverged > 0 && STRINGS.sweep.table.diverged(point.diverged)}
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
