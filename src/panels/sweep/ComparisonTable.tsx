import { formatValue } from '../loss/ticks';
import type { MethodSummary } from './comparison-stats';
import { COMPARISON_STRINGS as S } from './strings-comparison';

function MeanCell({ summary }: { summary: MethodSummary }) {
  const { mean, lo, hi } = summary.test;
  if (!Number.isFinite(mean)) return <td>—</td>;
  return (
    <td>
      {formatValue(mean)}
      {Number.isFinite(lo) && (
        <span className="sweep-range">
          {' '}
          ({formatValue(lo)}–{formatValue(hi)})
        </span>
      )}
      {summary.diverged > 0 && S.table.diverged(summary.diverged)}
    </td>
  );
}

/** The chart's numbers as a table: the text alternative of the chart. */
export function ComparisonTable({ summaries }: { summaries: readonly MethodSummary[] }) {
  return (
    <details className="sweep-table">
      <summary>{S.table.summary(summaries.length)}</summary>
      {summaries.length > 0 && (
        <table>
          <caption className="visually-hidden">{S.table.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{S.table.method}</th>
              <th scope="col">{S.table.mean}</th>
              <th scope="col">{S.table.seeds}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((s) => (
              <tr key={s.method}>
                <th scope="row">{S.names[s.method]}</th>
                <MeanCell summary={s} />
                <td>{s.points.map((p) => `${formatValue(p.result.testMse)} (${S.knob(s.method, p.result.value, p.result.steps)})`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
