import { palette } from '../kit/palette';
import { fittingTicks, type Rect, tickText } from './geometry';
import type { ChartStyle } from '../kit/chart-style';
import type { PlotScales } from './scales';

/** Light grid, tick labels and the axis names of one plot (structure only: redrawn on resize). */
export function FitAxes({ inner, scales, chartStyle }: { inner: Rect; scales: PlotScales; chartStyle: ChartStyle }) {
  const { text, measure } = chartStyle;
  // x labels need their width and a gap of one character; y labels a line and a half.
  const xTicks = fittingTicks((c) => scales.x.ticks(c), inner.width, measure('\u22120.8') + text);
  const yTicks = fittingTicks((c) => scales.y.ticks(c), inner.height, text * 1.5);
  const bottom = inner.y + inner.height;
  const right = inner.x + inner.width;
  return (
    <g aria-hidden="true" fontSize={text} fill={palette.muted}>
      {xTicks.map((t) => (
        <g key={`x${t}`}>
          <line x1={scales.x(t)} x2={scales.x(t)} y1={inner.y} y2={bottom} stroke={palette.grid} strokeWidth={t === 0 ? 1.5 : 1} />
          <text x={scales.x(t)} y={bottom + text + 2} textAnchor="middle">
            {tickText(t)}
          </text>
        </g>
      ))}
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={inner.x} x2={right} y1={scales.y(t)} y2={scales.y(t)} stroke={palette.grid} strokeWidth={t === 0 ? 1.5 : 1} />
          <text x={inner.x - 5} y={scales.y(t)} dy="0.32em" textAnchor="end">
            {tickText(t)}
          </text>
        </g>
      ))}
      <rect x={inner.x} y={inner.y} width={inner.width} height={inner.height} fill="none" stroke={palette.grid} />
    </g>
  );
}
