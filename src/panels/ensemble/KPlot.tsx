import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { EnsembleMessage } from '../../training/protocol';
import type { ChartStyle } from '../kit/chart-style';
import { palette } from '../kit/palette';
import { tickText } from '../fit/geometry';
import { expectedMcMse } from './ensemble-math';
import { ENSEMBLE_LINES } from './lines';
import { ENSEMBLE_STRINGS as S } from './strings';

const K_TICKS = [1, 10, 100, 1000];
/** The x ticks whose labels fit side by side: every decade, else the ends. */
function kTicks(width: number, labelWidth: number): number[] {
  return width / (K_TICKS.length - 1) >= labelWidth ? K_TICKS : [1, 1000];
}

function yTickText(v: number): string {
  return v >= 0.1 ? tickText(v) : v.toPrecision(2);
}

/** The MC average's test MSE against k (log axis): one draw, the expected curve, the scaling rule and the exact average as lines. */
export function KPlot({
  width,
  height,
  chartStyle,
  message,
  k,
}: {
  width: number;
  height: number;
  chartStyle: ChartStyle;
  message: EnsembleMessage;
  k: number;
}) {
  const { text, stroke, measure } = chartStyle;
  const { checkpoints, testMse } = message;
  const expected = checkpoints.map((c) => expectedMcMse(message, c));
  const values = [...testMse.mc, ...expected, testMse.scaling, ...(testMse.exact === null ? [] : [testMse.exact])].filter(Number.isFinite);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.08 || 0.01;
  const y = scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice(4);
  const yTicks = y.ticks(4);
  const left = Math.max(...yTicks.map((t) => measure(yTickText(t)))) + 8;
  // Room for half the last x label on the right, and for the tick labels and the axis title below.
  const right0 = measure('1000') / 2 + 4;
  const inner = { x: left, y: text / 2 + 2, width: Math.max(10, width - left - right0), height: Math.max(10, height - 2.5 * text - 14) };
  const x = scaleLog()
    .domain([1, checkpoints[checkpoints.length - 1]])
    .range([inner.x, inner.x + inner.width]);
  y.range([inner.y + inner.height, inner.y]);
  const bottom = inner.y + inner.height;
  const right = inner.x + inner.width;
  const through = (ys: number[]) =>
    line<number>()
      .defined((i) => Number.isFinite(ys[i]))
      .x((i) => x(checkpoints[i]))
      .y((i) => y(ys[i]))(checkpoints.map((_, i) => i)) ?? '';
  const hLine = (v: number, color: string, dash: string | undefined, key: string) => (
    <line
      key={key}
      data-line={key}
      x1={inner.x}
      x2={right}
      y1={y(v)}
      y2={y(v)}
      stroke={color}
      strokeWidth={stroke}
      strokeDasharray={dash}
      strokeLinecap="round"
    />
  );
  return (
    <g fontSize={text}>
      <g aria-hidden="true" fill={palette.muted}>
        {kTicks(inner.width, measure('1000') + text).map((t) => (
          <g key={`x${t}`}>
            <line x1={x(t)} x2={x(t)} y1={inner.y} y2={bottom} stroke={palette.grid} />
            <text x={x(t)} y={bottom + text + 2} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={inner.x} x2={right} y1={y(t)} y2={y(t)} stroke={palette.grid} />
            <text x={inner.x - 4} y={y(t)} dy="0.32em" textAnchor="end">
              {yTickText(t)}
            </text>
          </g>
        ))}
        <text x={(inner.x + right) / 2} y={bottom + 2 * text + 8} textAnchor="middle">
          {S.kPlot.xAxis}
        </text>
        <rect x={inner.x} y={inner.y} width={inner.width} height={inner.height} fill="none" stroke={palette.grid} />
      </g>
      {hLine(testMse.scaling, ENSEMBLE_LINES.scaling.color, undefined, 'scaling')}
      {testMse.exact !== null && hLine(testMse.exact, ENSEMBLE_LINES.exact.color, ENSEMBLE_LINES.exact.dash(stroke), 'exact')}
      <path
        data-line="expected"
        d={through(expected)}
        fill="none"
        stroke={ENSEMBLE_LINES.mc.color}
        strokeWidth={stroke * 0.75}
        strokeDasharray={ENSEMBLE_LINES.mc.dash(stroke)}
      />
      <path data-line="mc" d={through(testMse.mc)} fill="none" stroke={ENSEMBLE_LINES.mc.color} strokeWidth={stroke} />
      {checkpoints.map((c, i) => (
        <circle
          key={c}
          cx={x(c)}
          cy={y(testMse.mc[i])}
          r={c === k ? stroke * 2.5 : stroke * 1.2}
          fill={ENSEMBLE_LINES.mc.color}
          stroke={c === k ? palette.ink : 'none'}
        />
      ))}
    </g>
  );
}
