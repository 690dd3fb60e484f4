import { useRef, useState } from 'react';
import type { Telemetry } from '../../state/telemetry-store';
import { useTelemetry } from './use-telemetry';
import { STRINGS } from './strings';

export interface TableData {
  columns: string[];
  rows: string[][];
}

/** How often an open table refreshes while training: a screen reader needs calm text. */
const REFRESH_MS = 2000;

/**
 * A chart's text alternative: a collapsible table of its numbers that a
 * screen reader (or anyone) can reach. It reads the telemetry only while open.
 */
export function ChartTable({
  caption,
  build,
  toggle = STRINGS.dataTables.toggle,
}: {
  caption: string;
  build: (telemetry: Telemetry) => TableData | null;
  /** The toggle's text; a view with two tables names each. */
  toggle?: string;
}) {
  const [open, setOpen] = useState(false);
  const [data, setData] = useState<TableData | null>(null);
  const last = useRef(0);
  useTelemetry((telemetry) => {
    if (!open) return;
    const now = performance.now();
    if (data !== null && now - last.current < REFRESH_MS) return;
    last.current = now;
    setData(build(telemetry));
  });
  return (
    <details className="chart-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{toggle}</summary>
      {open && data && (
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {data.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
