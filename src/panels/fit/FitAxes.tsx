import { palette } from '../kit/palette';
import { type Rect, tickCount } from './geometry';
import type { PlotScales } from './scales';

function tickText(v: number): string {
  return String(Math.round(v * 100) / 100).replace('-', '−');
}

/** Light grid, tick labels and the axis names of one plot (structure only: redrawn on resize). */
export function FitAxes({ inner, scales }: { inner: Rect; scales: PlotScales }) {
  const xTicks = scales.x.ticks(tickCount(inner.width));
  const yTicks = scales.y.ticks(tickCount(inner.height));
  const bottom = inner.y + inner.height;
  const right = inner.x + inner.width;
  return (
    <g aria-hidden="true" fontSize={11} fill={palette.muted}>
      {xTicks.map((t) => (
        <g key={`x${t}`}>
          <line x1={scales.x(t)} x2={scales.x(t)} y1={inner.y} y2={bottom} stroke={palette.grid} strokeWidth={t === 0 ? 1.5 : 1} />
          <text x={scales.x(t)} y={bottom + 14} textAnchor="middle">
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
