import { area, line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { useRef, useState } from 'react';
import type { RobustnessOutcome, RunFrame } from '../../training/protocol';
import type { RunId } from '../../experiment/types';
import { ChartTable } from '../kit/ChartTable';
import { useChartStyle } from '../kit/chart-style';
import { formatCount, formatLoss } from '../kit/format';
import { palette } from '../kit/palette';
import { KNOCKOUT_STRINGS } from '../kit/strings-knockout';
import { useSize } from '../kit/use-size';
import { useTelemetry } from '../kit/use-telemetry';
import { useAppState, useLab } from '../kit/context';
import { robustnessRunName, robustnessTable } from './robustness-table';

const S = KNOCKOUT_STRINGS.robustness;
const RUN_COLOR: Record<RunId, string> = { A: palette.runA, B: palette.runB };

interface Shown {
  runVersion: number;
  layer: number;
  runs: { run: RunId; outcome: RobustnessOutcome }[];
  compare: boolean;
}

function sameShown(a: Shown | null, runVersion: number, runs: readonly RunFrame[]): boolean {
  return a !== null && a.runVersion === runVersion && a.runs.length === runs.length && a.runs.every((r, i) => r.outcome === runs[i]?.robustness);
}

/** A tick's number, as short as it can be: 0.5, 1, 1.5. */
const tickLabel = (t: number) => String(Number(t.toFixed(3)));

/** The co-adaptation number of a run: "0.046 (by layer: 0.013, 0.080)". */
function coadaptationText(o: RobustnessOutcome): string {
  return S.coadaptationValue(formatLoss(o.coadaptation), o.coadaptationByLayer.map((x, l) => `${l + 1}: ${formatLoss(x)}`).join(', '));
}

/**
 * Test MSE against the fraction of hidden neurons removed at random at test time,
 * for each run (mean and 10th–90th percentile band over the random removals), with
 * each run's co-adaptation number: what dropout is said to buy (robustness to losing
 * neurons), measured on the current weights.
 */
export function RobustnessChart() {
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(box, { width: 360, height: 200 });
  const style = useChartStyle(box);
  const { session } = useLab();
  const layer = useAppState((s) => s.frameOptions.robustnessLayer);
  const hiddenLayers = useAppState((s) => s.config.hiddenLayers.length);
  const [latest, setShown] = useState<Shown | null>(null);
  // A measurement of another scope (before the choice changed) is not shown.
  const shown = latest !== null && latest.layer === layer ? latest : null;
  useTelemetry(({ frame }) => {
    if (frame === null) return;
    const runs = frame.runs;
    if (!runs.every((r) => r.robustness !== null)) {
      if (latest !== null && latest.runVersion !== frame.runVersion) setShown(null);
      return;
    }
    if (sameShown(latest, frame.runVersion, runs)) return;
    setShown({
      runVersion: frame.runVersion,
      layer: runs[0]?.robustness?.layer ?? 0,
      runs: runs.map((r) => ({ run: r.run, outcome: r.robustness as RobustnessOutcome })),
      compare: runs.length > 1,
    });
  });

  const text = style.text;
  const all = shown?.runs ?? [];
  const top = Math.max(1e-6, ...all.flatMap((r) => r.outcome.high.filter(Number.isFinite)));
  const yTicks = scaleLinear().domain([0, top]).nice(4).ticks(4);
  const yMax = yTicks[yTicks.length - 1] ?? top;
  const left = Math.ceil(Math.max(...yTicks.map((t) => style.measure(tickLabel(t))))) + text + 10;
  const margin = { left, right: Math.ceil(style.measure('0.9') / 2) + 4, top: 8, bottom: text * 2 + 14 };
  const x = scaleLinear()
    .domain([0, 0.9])
    .range([margin.left, Math.max(margin.left + 40, width - margin.right)]);
  const y = scaleLinear()
    .domain([0, yMax])
    .range([height - margin.bottom, margin.top]);
  const xTicks = [0, 0.3, 0.6, 0.9];
  const runsText = all.map((r) => robustnessRunName(r.run, shown?.compare ?? false)).join(' and ');

  return (
    <section className="nn-robustness" aria-labelledby="nn-robustness-title" data-testid="robustness">
      <div className="nn-robustness-head">
        <h3 id="nn-robustness-title">{S.title}</h3>
        <label>
          {S.scope}{' '}
          <select value={layer} onChange={(e) => session.setFrameOptions({ robustnessLayer: Number(e.currentTarget.value) })}>
            <option value={0}>{S.scopeAll}</option>
            {Array.from({ length: hiddenLayers }, (_, l) => (
              <option key={l} value={l + 1}>
                {S.scopeLayer(l + 1)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div ref={box} className="plot nn-robustness-plot">
        {shown === null ? (
          <p className="nn-robustness-wait" role="status">
            {S.measuring}
          </p>
        ) : (
          <svg width={width} height={height} role="img" aria-label={S.chartLabel(runsText)}>
            {yTicks.map((t) => (
              <g key={t}>
                <line x1={margin.left} x2={x(0.9)} y1={y(t)} y2={y(t)} stroke={palette.grid} />
                <text x={margin.left - 4} y={y(t) + text * 0.35} textAnchor="end" fontSize={text} fill={palette.ink}>
                  {tickLabel(t)}
                </text>
              </g>
            ))}
            {xTicks.map((t) => (
              <text key={t} x={x(t)} y={height - margin.bottom + text + 4} textAnchor="middle" fontSize={text} fill={palette.ink}>
                {t.toFixed(1)}
              </text>
            ))}
            <text x={(margin.left + x(0.9)) / 2} y={height - 4} textAnchor="middle" fontSize={text} fill={palette.muted}>
              {style.measure(S.xAxis(shown.layer)) <= x(0.9) - margin.left ? S.xAxis(shown.layer) : S.xAxisShort}
            </text>
            <text
              transform={`translate(${text} ${(margin.top + height - margin.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              fontSize={text}
              fill={palette.muted}
            >
              {S.yAxis}
            </text>
            {all.map(({ run, outcome }) => {
              const points = outcome.fractions.map((f, k) => ({ f, mean: outcome.mean[k], low: outcome.low[k], high: outcome.high[k] }));
              const band = area<(typeof points)[number]>()
                .x((p) => x(p.f))
                .y0((p) => y(Math.min(yMax, p.low)))
                .y1((p) => y(Math.min(yMax, p.high)))(points);
              const mean = line<(typeof points)[number]>()
                .x((p) => x(p.f))
                .y((p) => y(Math.min(yMax, p.mean)))(points);
              return (
                <g key={run} data-run={run} className="nn-robustness-run">
                  <path d={band ?? ''} fill={RUN_COLOR[run]} fillOpacity={0.18} stroke="none" />
                  <path d={mean ?? ''} fill="none" stroke={RUN_COLOR[run]} strokeWidth={style.stroke} className="nn-robustness-mean" />
                  {points.map((p) => (
                    <circle key={p.f} cx={x(p.f)} cy={y(Math.min(yMax, p.mean))} r={style.stroke + 0.5} fill={RUN_COLOR[run]} />
                  ))}
                </g>
              );
            })}
          </svg>
        )}
      </div>
      {shown !== null && (
        <dl className="nn-robustness-readout">
          {shown.runs.map(({ run, outcome }) => (
            <div key={run} data-run={run}>
              <dt>
                <span className="nn-swatch" style={{ background: RUN_COLOR[run] }} aria-hidden="true" />
                {robustnessRunName(run, shown.compare)}, {S.coadaptation.toLowerCase()}:
              </dt>
              <dd data-testid={`coadaptation-${run}`}>{coadaptationText(outcome)}</dd>
            </div>
          ))}
        </dl>
      )}
      {shown !== null && (
        <p className="nn-robustness-note">
          {S.coadaptation}: {S.coadaptationHint}; {S.band(shown.runs[0]?.outcome.draws ?? 0)}; {S.measuredAt(formatCount(shown.runs[0]?.outcome.step ?? 0))}.
        </p>
      )}
      <ChartTable caption={S.tableCaption} build={robustnessTable} />
    </section>
  );
}
