import { useMemo, useRef } from 'react';
import { area, line } from 'd3-shape';
import type { GridKind } from '../../experiment/sweep-plan';
import { formatMseTick, formatValue } from '../loss/ticks';
import { type ChartStyle, useChartStyle } from '../kit/chart-style';
import { palette } from '../kit/palette';
import { useSize } from '../kit/use-size';
import { chartGeometry, type ChartGeometry, xTickLabel, Y_TICK_GAP } from './geometry';
import { pointLabel, valueText } from './labels';
import type { Spread, SweepPoint, SweepSeries } from './summary';
import { sweepChartStyle } from './sweep-text';
import { STRINGS } from '../kit/strings';

interface SweepChartProps {
  kind: GridKind;
  grid: readonly number[];
  series: readonly SweepSeries[];
  /** The highlighted point (lowest mean test MSE of a p sweep), or null. */
  best: SweepPoint | null;
  /** Shown in the middle of an empty chart. */
  emptyText: string;
  /** While the sweep runs, the best point is the best so far. */
  provisional: boolean;
  onLoad(point: SweepPoint): void;
}

/** The colors of a series' test and train marks: train blue / test orange, or by run in an N sweep. */
export function seriesColors(kind: GridKind, index: number): { test: string; train: string } {
  if (kind === 'p') return { test: palette.test, train: palette.train };
  const run = index === 0 ? palette.runA : palette.runB;
  return { test: run, train: run };
}

function meanPath(g: ChartGeometry, points: readonly SweepPoint[], pick: (p: SweepPoint) => Spread): string {
  const path = line<SweepPoint>()
    .defined((p) => Number.isFinite(g.y(pick(p).mean)))
    .x((p) => g.x(p.value))
    .y((p) => g.y(pick(p).mean));
  return path(points) ?? '';
}

function bandPath(g: ChartGeometry, points: readonly SweepPoint[], pick: (p: SweepPoint) => Spread): string {
  const band = area<SweepPoint>()
    .defined((p) => Number.isFinite(g.y(pick(p).min)) && Number.isFinite(g.y(pick(p).max)))
    .x((p) => g.x(p.value))
    .y0((p) => g.y(pick(p).min))
    .y1((p) => g.y(pick(p).max));
  return band(points) ?? '';
}

const byTest = (p: SweepPoint) => p.test;
const byTrain = (p: SweepPoint) => p.train;

function Axes({ g, kind }: { g: ChartGeometry; kind: GridKind }) {
  const { inner } = g;
  const bottom = inner.y + inner.height;
  const right = inner.x + inner.width;
  return (
    <g aria-hidden="true" fontSize={g.text} fill={palette.muted}>
      {g.yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={inner.x} x2={right} y1={g.y(t)} y2={g.y(t)} stroke={palette.grid} />
          <text x={inner.x - Y_TICK_GAP} y={g.y(t)} dy="0.32em" textAnchor="end">
            {formatMseTick(t)}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <g key={`x${t}`}>
          <line x1={g.x(t)} x2={g.x(t)} y1={inner.y} y2={bottom} stroke={palette.grid} />
          <text x={g.x(t)} y={bottom + g.tickBaseline} textAnchor="middle">
            {xTickLabel(kind, t)}
          </text>
        </g>
      ))}
      <rect x={inner.x} y={inner.y} width={inner.width} height={inner.height} fill="none" stroke={palette.grid} />
      <text x={inner.x + inner.width / 2} y={bottom + g.titleBaseline} textAnchor="middle" fill={palette.ink}>
        {STRINGS.sweep.chart.xAxis[kind]}
      </text>
      <text x={7} y={inner.y - g.yTitleBaseline} textAnchor="start" fill={palette.ink}>
        {STRINGS.sweep.chart.yAxis}
      </text>
    </g>
  );
}

/** A clickable mean test-MSE marker (with a 24 px hit area) that loads its configuration. */
function TestMarker({
  g,
  kind,
  point,
  color,
  best,
  onLoad,
}: {
  g: ChartGeometry;
  kind: GridKind;
  point: SweepPoint;
  color: string;
  best: boolean;
  onLoad(point: SweepPoint): void;
}) {
  const cx = g.x(point.value);
  const cy = g.y(point.test.mean);
  const finite = Number.isFinite(cy);
  // A run that diverged everywhere still gets a marker, on the top edge, so every grid value can be loaded.
  const y = finite ? cy : g.inner.y;
  const label = pointLabel(kind, point, formatValue, best);
  return (
    <g
      className="sweep-point"
      role="button"
      tabIndex={0}
      aria-label={label}
      data-sweep-point={point.value}
      data-sweep-p={point.p}
      onClick={() => onLoad(point)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onLoad(point);
        }
      }}
    >
      <title>{label}</title>
      <circle cx={cx} cy={y} r={12} fill="transparent" />
      {best && <circle cx={cx} cy={y} r={9} fill="none" stroke={palette.highlight} strokeWidth={3} />}
      <circle className="sweep-dot" cx={cx} cy={y} r={5} fill={finite ? color : '#fff'} stroke={finite ? '#fff' : color} strokeWidth={1.5} />
    </g>
  );
}

function SeriesMarks({
  g,
  kind,
  series,
  index,
  best,
  onLoad,
}: {
  g: ChartGeometry;
  kind: GridKind;
  series: SweepSeries;
  index: number;
  best: SweepPoint | null;
  onLoad(point: SweepPoint): void;
}) {
  const colors = seriesColors(kind, index);
  const { points } = series;
  const dashed = kind === 'n' ? '6 4' : undefined;
  return (
    <g>
      <path d={bandPath(g, points, byTest)} fill={colors.test} fillOpacity={0.16} stroke="none" />
      {kind === 'p' && <path d={bandPath(g, points, byTrain)} fill={colors.train} fillOpacity={0.12} stroke="none" />}
      <path d={meanPath(g, points, byTrain)} fill="none" stroke={colors.train} strokeWidth={2} strokeDasharray={dashed} />
      <path d={meanPath(g, points, byTest)} fill="none" stroke={colors.test} strokeWidth={2.5} />
      {points.map((p) =>
        Number.isFinite(g.y(p.train.mean)) ? (
          <rect
            key={`train${p.value}`}
            x={g.x(p.value) - 3.5}
            y={g.y(p.train.mean) - 3.5}
            width={7}
            height={7}
            fill="#fff"
            stroke={colors.train}
            strokeWidth={1.5}
            aria-hidden="true"
          />
        ) : null,
      )}
      {points.map((p) => (
        <TestMarker key={`test${p.value}`} g={g} kind={kind} point={p} color={colors.test} best={best === p} onLoad={onLoad} />
      ))}
    </g>
  );
}

function BestLabel({ g, style, point, provisional }: { g: ChartGeometry; style: ChartStyle; point: SweepPoint; provisional: boolean }) {
  const x = g.x(point.value);
  const y = g.y(point.test.mean);
  if (!Number.isFinite(y)) return null;
  const label = STRINGS.sweep.chart.best(provisional, valueText('p', point.value));
  // A pixel over the axes' text, clear of the 9 px ring: 16 px above or 24 px below the marker at 12 px.
  const size = g.text + 1;
  const rise = Math.round(12 + size / 3);
  const drop = 12 + size;
  // Above the marker, unless that would leave the plot.
  const above = y - rise > g.inner.y + 4;
  // Bold text at `size` is about 1.2 times its width at the axes' size: half of it must fit beside the marker.
  const edge = Math.max(50, Math.ceil(style.measure(label) * 0.6 * (size / g.text)));
  const anchor = x > g.inner.x + g.inner.width - edge ? 'end' : x < g.inner.x + edge ? 'start' : 'middle';
  return (
    <text
      x={x}
      y={above ? y - rise : y + drop}
      textAnchor={anchor}
      fontSize={size}
      fontWeight={600}
      fill={palette.ink}
      stroke="#fff"
      strokeWidth={3}
      paintOrder="stroke"
      aria-hidden="true"
    >
      {label}
    </text>
  );
}

/** Mean test and train MSE against p (or N) with the min–max band over seeds; a marker's click loads its configuration. */
export function SweepChart({ kind, grid, series, best, emptyText, provisional, onLoad }: SweepChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(ref, { width: 560, height: 280 });
  const pageStyle = useChartStyle(ref);
  const style = useMemo(() => sweepChartStyle(pageStyle), [pageStyle]);
  const g = chartGeometry(kind, grid, series, width, height, style);
  const empty = series.every((s) => s.points.length === 0);
  const name = STRINGS.sweep.chart.name[kind];
  return (
    <div className="plot sweep-plot" ref={ref}>
      <svg width={width} height={height} role="group" aria-label={STRINGS.sweep.chart.label(name)}>
        <Axes g={g} kind={kind} />
        {series.map((s, i) => (
          <SeriesMarks key={Number.isNaN(s.p) ? 'p' : `n${s.p}`} g={g} kind={kind} series={s} index={i} best={best} onLoad={onLoad} />
        ))}
        {best !== null && kind === 'p' && <BestLabel g={g} style={style} point={best} provisional={provisional} />}
      </svg>
      {empty && <p className="sweep-empty">{emptyText}</p>}
    </div>
  );
}
