import type { DataMessage, EnsembleMessage } from '../../training/protocol';
import type { ChartStyle } from '../kit/chart-style';
import { palette } from '../kit/palette';
import { FitAxes } from '../fit/FitAxes';
import { yDomainFor } from '../fit/geometry';
import { curvePath, dotsPath } from '../fit/paths';
import { makeScales } from '../fit/scales';
import { ENSEMBLE_LINES } from './lines';

/**
 * The data with the three predictions of the ensemble view: the scaling rule (solid),
 * the MC average of k thinned networks (dashed) and the exact average (dotted).
 * Drawn by React: an answer comes every few seconds, not every frame.
 */
export function EnsembleCurves({
  width,
  height,
  chartStyle,
  data,
  message,
  mc,
}: {
  width: number;
  height: number;
  chartStyle: ChartStyle;
  data: DataMessage | null;
  message: EnsembleMessage | null;
  mc: Float32Array | null;
}) {
  const { text, stroke, measure } = chartStyle;
  const yDomain = yDomainFor(data);
  const left = measure('\u22121.5') + 8;
  const inner = { x: left, y: 4, width: Math.max(10, width - left - 6), height: Math.max(10, height - text - 10) };
  const scales = makeScales(inner, yDomain);
  const grid = data?.gridX ?? null;
  const path = (ys: ArrayLike<number> | null) => (grid && ys ? curvePath(grid, ys, scales.x, scales.y) : '');
  const r = 2.5 * Math.sqrt(stroke / 2);
  return (
    <g>
      <FitAxes inner={inner} scales={scales} chartStyle={chartStyle} />
      <defs>
        <clipPath id="ensemble-clip">
          <rect x={inner.x} y={inner.y} width={inner.width} height={inner.height} />
        </clipPath>
      </defs>
      <g clipPath="url(#ensemble-clip)" fontSize={text}>
        {data && <path d={dotsPath(data.trainX, data.trainY, scales.x, scales.y, r * 1.4)} fill={palette.train} opacity={0.55} />}
        {data && <path d={dotsPath(data.testX, data.testY, scales.x, scales.y, r)} fill={palette.test} opacity={0.45} />}
        <path data-curve="scaling" d={path(message?.scaling ?? null)} fill="none" stroke={ENSEMBLE_LINES.scaling.color} strokeWidth={stroke * 1.25} />
        <path
          data-curve="exact"
          d={path(message?.exact ?? null)}
          fill="none"
          stroke={ENSEMBLE_LINES.exact.color}
          strokeWidth={stroke * 1.25}
          strokeDasharray={ENSEMBLE_LINES.exact.dash(stroke)}
          strokeLinecap="round"
        />
        <path data-curve="mc" d={path(mc)} fill="none" stroke={ENSEMBLE_LINES.mc.color} strokeWidth={stroke} strokeDasharray={ENSEMBLE_LINES.mc.dash(stroke)} />
      </g>
    </g>
  );
}
