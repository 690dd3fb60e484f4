import { useMemo, useRef } from 'react';
import { REGULARIZER_METHODS, type RegularizerMethod } from '../../experiment/regularizers-plan';
import { formatMseTick, formatValue } from '../loss/ticks';
import { useChartStyle } from '../kit/chart-style';
import { palette } from '../kit/palette';
import { useSize } from '../kit/use-size';
import { comparisonGeometry, type ComparisonGeometry, comparisonMinHeight, ROW_LABEL_GAP } from './comparison-geometry';
import type { MethodSummary, SeedPoint } from './comparison-stats';
import { COMPARISON_STRINGS as S } from './strings-comparison';
import { sweepChartStyle } from './sweep-text';

/** A method's hue: none as run A (no dropout), L2 and early stopping blue, the dropout family green as run B, more data grey. */
export function methodColor(method: RegularizerMethod): string {
  switch (method) {
    case 'none':
      return palette.runA;
    case 'early-stopping':
    case 'l2':
      return palette.train;
    case 'bernoulli':
    case 'gaussian':
    case 'dropconnect':
      return palette.runB;
    case 'data-4x':
    case 'data-16x':
      return palette.muted;
  }
}

/** The label of a seed's point, also its accessible name. */
export function seedPointLabel(method: RegularizerMethod, point: SeedPoint): string {
  const { result } = point;
  return S.pointLabel(S.names[method], point.seedIndex + 1, S.knob(method, result.value, result.steps), result.n, formatValue(result.testMse));
}

function Axes({ g }: { g: ComparisonGeometry }) {
  const { inner } = g;
  const bottom = inner.y + inner.height;
  return (
    <g aria-hidden="true" fontSize={g.text} fill={palette.muted}>
      {g.xTicks.map((t) => (
        <g key={t}>
          <line x1={g.x(t)} x2={g.x(t)} y1={inner.y} y2={bottom} stroke={palette.grid} />
          <text x={g.x(t)} y={bottom + g.tickBaseline} textAnchor="middle">
            {formatMseTick(t)}
          </text>
        </g>
      ))}
      <rect x={inner.x} y={inner.y} width={inner.width} height={inner.height} fill="none" stroke={palette.grid} />
      {REGULARIZER_METHODS.map((method, row) => (
        <text key={method} x={inner.x - ROW_LABEL_GAP} y={g.rowY(row)} dy="0.32em" textAnchor="end" fill={palette.ink}>
          {S.short[method]}
        </text>
      ))}
      <text x={inner.x + inner.width / 2} y={bottom + g.titleBaseline} textAnchor="middle" fill={palette.ink}>
        {S.xAxis}
      </text>
    </g>
  );
}

function MethodRow({
  g,
  row,
  summary,
  seeds,
  onLoad,
}: {
  g: ComparisonGeometry;
  row: number;
  summary: MethodSummary;
  seeds: number;
  onLoad(point: SeedPoint): void;
}) {
  const color = methodColor(summary.method);
  const y = g.rowY(row);
  const half = Math.min(12, g.rowHeight * 0.42);
  const { lo, hi, mean } = summary.test;
  const band = Number.isFinite(lo) && Number.isFinite(hi);
  return (
    <g data-method={summary.method}>
      {band && <rect x={g.x(lo)} y={y - half} width={Math.max(1, g.x(hi) - g.x(lo))} height={2 * half} fill={color} fillOpacity={0.16} aria-hidden="true" />}
      {Number.isFinite(mean) && <line x1={g.x(mean)} x2={g.x(mean)} y1={y - half} y2={y + half} stroke={color} strokeWidth={2.5} aria-hidden="true" />}
      {summary.points.map((point) => {
        const finite = Number.isFinite(point.result.testMse);
        // A diverged run still gets a point, at the right edge, so it can be loaded and looked at.
        const cx = finite ? g.x(point.result.testMse) : g.inner.x + g.inner.width;
        const cy = y + g.seedOffset(point.seedIndex, seeds);
        const label = seedPointLabel(summary.method, point);
        const load = () => onLoad(point);
        return (
          <g
            key={point.result.index}
            className="sweep-point"
            role="button"
            tabIndex={0}
            aria-label={label}
            data-comparison-point={`${summary.method}:${point.seedIndex}`}
            onClick={load}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                load();
              }
            }}
          >
            <title>{label}</title>
            <circle cx={cx} cy={cy} r={10} fill="transparent" />
            <circle className="sweep-dot" cx={cx} cy={cy} r={4} fill={finite ? color : '#fff'} stroke={finite ? '#fff' : color} strokeWidth={1.2} />
          </g>
        );
      })}
    </g>
  );
}

/** Test MSE per method: each seed's point, the mean as a tick and its 95% CI as a band; a point's click loads that run. */
export function ComparisonChart({
  summaries,
  seeds,
  emptyText,
  onLoad,
}: {
  summaries: readonly MethodSummary[];
  seeds: number;
  emptyText: string;
  onLoad(method: RegularizerMethod, point: SeedPoint): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(ref, { width: 560, height: 300 });
  const pageStyle = useChartStyle(ref);
  const style = useMemo(() => sweepChartStyle(pageStyle), [pageStyle]);
  const g = comparisonGeometry(REGULARIZER_METHODS, summaries, width, height, style);
  // Taller than the stylesheet's least height where larger text needs taller rows.
  const minHeight = `max(15rem, ${comparisonMinHeight(REGULARIZER_METHODS, style)}px)`;
  return (
    <div className="plot sweep-plot comparison-plot" ref={ref} style={{ minHeight }}>
      <svg width={width} height={height} role="group" aria-label={S.chartLabel}>
        <Axes g={g} />
        {summaries.map((s) => (
          <MethodRow key={s.method} g={g} row={REGULARIZER_METHODS.indexOf(s.method)} summary={s} seeds={seeds} onLoad={(point) => onLoad(s.method, point)} />
        ))}
      </svg>
      {summaries.length === 0 && <p className="sweep-empty">{emptyText}</p>}
    </div>
  );
}
