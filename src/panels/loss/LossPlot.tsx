import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Telemetry } from '../../state/telemetry-store';
import type { RunId } from '../../experiment/types';
import { readChartSizes, strokeScale } from '../kit/chart-sizes';
import { useAppState } from '../kit/context';
import { formatCount } from '../kit/format';
import { registerVectorExport } from '../kit/vector-export';
import { sizeCanvas } from '../kit/canvas';
import { paintLossCanvas, writeVectorMarks } from './canvas-layer';
import { palette } from '../kit/palette';
import { useSize } from '../kit/use-size';
import { useTelemetry } from '../kit/use-telemetry';
import { type AxisText, bestMarkerIndex, buildChartModel, type HistoryLike, plotBox, WIDEST_LABELS } from './chart-model';
import { NORMAL_STROKE, useChartStyle } from '../kit/chart-style';
import type { Domain } from './domain';
import { HoverReadout } from './HoverReadout';
import { type PaintInput, paintChart, paintHover, type RunEntry } from './paint';
import { formatValue, MAX_TICKS } from './ticks';
import { bind, type Registry } from './registry';
import { runLabel, seriesStyles } from './series';
import { runsOf } from '../../experiment/run-facts';
import { STRINGS } from '../kit/strings';

interface Props {
  compare: boolean;
  log: boolean;
  logSteps: boolean;
  showBatch: boolean;
  dropout: readonly number[];
}

/** Remembers the y domain between frames (for hysteresis) while the run and the scale stay the same. */
interface DomainMemory {
  log: boolean;
  histories: readonly HistoryLike[];
  domain: Domain;
}

const ARIA_INTERVAL_MS = 1000;
const TICK_INDICES = Array.from({ length: MAX_TICKS }, (_, i) => i);

/** Runs of the frame paired with their histories, in the order of `ids`; null while they disagree. */
function runEntries(t: Telemetry, ids: RunId[], compare: boolean, dropout: readonly number[]): RunEntry[] | null {
  const { frame, histories } = t;
  if (frame === null) return [];
  if (frame.runs.length !== histories.length) return null;
  const entries: RunEntry[] = [];
  ids.forEach((id, slot) => {
    const i = frame.runs.findIndex((r) => r.run === id);
    if (i >= 0) entries.push({ id, slot, history: histories[i], divergedAt: frame.runs[i].divergedAt, label: runLabel(id, compare, dropout) });
  });
  return entries;
}

function summary(entries: RunEntry[]): string {
  const parts = entries.map((e) => {
    const h = e.history;
    const last = h.length - 1;
    if (last < 0) return '';
    const bestIndex = bestMarkerIndex(h);
    const best = bestIndex >= 0 ? formatCount(h.step[bestIndex]) : null;
    return STRINGS.loss.runSummary(e.label, formatValue(h.train[last]), formatValue(h.test[last]), formatCount(h.step[last]), best);
  });
  return STRINGS.loss.summary(parts.join(' '));
}

/** Train and test MSE against step, redrawn every frame: curves and grid on a canvas, the rest of the SVG through refs. */
export function LossPlot({ compare, log, logSteps, showBatch, dropout }: Props) {
  const plotRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(plotRef);
  const chartStyle = useChartStyle(plotRef);
  const { text, stroke, measure } = chartStyle;
  const axis = useMemo<AxisText>(() => ({ text, yLabelWidth: measure(WIDEST_LABELS.y), xLabelWidth: measure(WIDEST_LABELS.x) }), [text, measure]);
  // Marks (dots) grow with the curves.
  const markScale = stroke / NORMAL_STROKE;
  const [registry] = useState<Registry>(() => new Map());
  const domainMemory = useRef<DomainMemory | null>(null);
  const hoverX = useRef<number | null>(null);
  const keyboardHover = useRef(false);
  const lastAria = useRef(-Infinity);
  const lastInput = useRef<PaintInput | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const curveScale = useRef(1);
  const presenter = useAppState((s) => s.display.presenter);
  const ids = useMemo(() => runsOf(compare), [compare]);
  const styles = useMemo(() => seriesStyles(compare, showBatch), [compare, showBatch]);
  const box = plotBox(width, height, axis);
  const bottom = box.top + box.height;
  const right = box.left + box.width;
  // An axis title longer than its axis keeps only its first word ("MSE", "step"), or none where even that is too long (a short plot at presenter size).
  const fitTitle = (title: string, room: number) => {
    const word = title.split(' ')[0];
    return measure(title) <= room ? title : measure(word) <= room ? word : '';
  };
  const xTitle = fitTitle(logSteps ? STRINGS.loss.xAxisLog : STRINGS.loss.xAxis, box.width);
  const yTitle = fitTitle(log ? STRINGS.loss.yAxisLog : STRINGS.loss.yAxis, box.height + box.top);

  const draw = (t: Telemetry) => {
    const entries = runEntries(t, ids, compare, dropout);
    if (entries === null) return;
    const histories = entries.map((e) => e.history);
    const memory = domainMemory.current;
    const previousDomain = memory && memory.log === log && memory.histories === t.histories ? memory.domain : null;
    const model = buildChartModel({ histories, width, height, log, logSteps, showBatch, previousDomain, axis });
    domainMemory.current = { log, histories: t.histories, domain: model.yDomain };
    const input: PaintInput = { model, entries, styles, text, measure };
    lastInput.current = input;
    paintChart(registry, input);
    const canvas = canvasRef.current;
    const ratio = window.devicePixelRatio || 1;
    if (canvas !== null) {
      sizeCanvas(canvas, width, height, ratio);
      const context = canvas.getContext('2d');
      if (context !== null) paintLossCanvas(context, input, ratio, curveScale.current);
    }
    paintHover(registry, input, hoverX.current);
    const now = performance.now();
    const svg = registry.get('svg');
    if (svg && (now - lastAria.current >= ARIA_INTERVAL_MS || !t.frame?.playing)) {
      lastAria.current = now;
      svg.setAttribute('aria-label', summary(entries));
    }
  };
  // The curve width of the chart-size contract, read when the chart is sized or the mode changes (never per frame).
  useEffect(() => {
    const plot = plotRef.current;
    if (plot !== null) curveScale.current = strokeScale(readChartSizes(getComputedStyle(plot)));
  }, [width, height, presenter]);
  // Not redrawn at once for a new p (it names the runs in labels): a change of p brings a frame from the worker.
  useTelemetry(draw, [ids, styles, compare, log, logSteps, showBatch, width, height, axis, text, measure]);

  useEffect(() => {
    const svg = registry.get('svg');
    if (!(svg instanceof SVGSVGElement)) return;
    return registerVectorExport(svg, (copy) => writeVectorMarks(copy, lastInput.current, curveScale.current));
  }, [registry]);

  const hoverAt = (x: number | null) => {
    hoverX.current = x;
    if (lastInput.current) paintHover(registry, lastInput.current, x);
  };
  const pointerX = (e: PointerEvent<SVGSVGElement>) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const onPointer = (e: PointerEvent<SVGSVGElement>) => {
    keyboardHover.current = false;
    hoverAt(pointerX(e));
  };
  const onLeave = (e: PointerEvent<SVGSVGElement>) => {
    // A finger lifting off leaves the readout where it was; a mouse leaving hides it.
    if (e.pointerType === 'mouse') hoverAt(null);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const current = hoverX.current ?? right;
    const stride = box.width * (e.shiftKey ? 0.1 : 0.02);
    const moves: Record<string, number | null> = { ArrowLeft: current - stride, ArrowRight: current + stride, Home: box.left, End: right, Escape: null };
    if (!(e.key in moves)) return;
    e.preventDefault();
    keyboardHover.current = true;
    const next = moves[e.key];
    hoverAt(next === null ? null : Math.min(Math.max(next, box.left), right));
  };

  return (
    <div className="plot" ref={plotRef}>
      <canvas ref={canvasRef} className="loss-canvas" aria-hidden="true" style={{ width, height }} />
      <svg
        ref={bind(registry, 'svg')}
        width={width}
        height={height}
        role="img"
        aria-label={STRINGS.loss.description}
        tabIndex={0}
        style={{ touchAction: 'pan-y', outline: 'none' }}
        onPointerDown={onPointer}
        onPointerMove={onPointer}
        onPointerLeave={onLeave}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          if (!e.currentTarget.matches(':focus-visible')) return;
          setFocusRing(registry, true);
          if (hoverX.current === null) {
            keyboardHover.current = true;
            hoverAt(right);
          }
        }}
        onBlur={() => {
          setFocusRing(registry, false);
          if (keyboardHover.current) hoverAt(null);
        }}
      >
        <rect
          ref={bind(registry, 'focus')}
          x={1}
          y={1}
          width={Math.max(0, width - 2)}
          height={Math.max(0, height - 2)}
          rx={4}
          fill="none"
          stroke={palette.highlight}
          strokeWidth={2}
          visibility="hidden"
        />
        <g fontSize={text} fill={palette.muted}>
          {TICK_INDICES.map((i) => (
            <g key={`y${i}`} ref={bind(registry, `ytick:${i}`)} visibility="hidden">
              {/* Painted on the canvas; shown in an SVG export. */}
              <line data-grid="" x1={box.left} x2={right} stroke={palette.grid} visibility="hidden" />
              <text x={box.left - 6} dy="0.32em" textAnchor="end" />
            </g>
          ))}
          {TICK_INDICES.map((i) => (
            <g key={`x${i}`} ref={bind(registry, `xtick:${i}`)} visibility="hidden">
              <line y1={bottom} y2={bottom + 5} stroke={palette.muted} />
              <text y={bottom + 5 + text} textAnchor="middle" />
            </g>
          ))}
        </g>
        <line x1={box.left} x2={right} y1={bottom} y2={bottom} stroke={palette.muted} />
        <line x1={box.left} x2={box.left} y1={box.top} y2={bottom} stroke={palette.muted} />
        <text x={box.left + box.width / 2} y={height - text * 0.3} textAnchor="middle" fontSize={text} fill={palette.ink}>
          {xTitle}
        </text>
        <text transform={`translate(${text + 1},${box.top + box.height / 2}) rotate(-90)`} textAnchor="middle" fontSize={text} fill={palette.ink}>
          {yTitle}
        </text>
        <text ref={bind(registry, 'empty')} x={box.left + box.width / 2} y={box.top + box.height / 2} textAnchor="middle" fontSize={text} fill={palette.muted}>
          {STRINGS.loss.empty}
        </text>
        <g fill="none" strokeLinejoin="round" strokeLinecap="round">
          {styles.map((s) => (
            <path
              key={s.id}
              className="loss-series"
              data-series={s.id}
              stroke={s.color}
              strokeWidth={s.width * markScale}
              strokeDasharray={s.dash}
              strokeOpacity={s.opacity}
            />
          ))}
        </g>
        {ids.map((id) => {
          const color = compare ? (id === 'A' ? palette.runA : palette.runB) : palette.test;
          return (
            <g key={id} pointerEvents="none">
              <g ref={bind(registry, `best:${id}`)} visibility="hidden">
                <line ref={bind(registry, `best-line:${id}`)} y1={box.top} y2={bottom} stroke={color} strokeWidth={1.5} strokeDasharray="3 3" />
                <circle ref={bind(registry, `best-dot:${id}`)} r={2 + 2 * markScale} fill={palette.paper} stroke={color} strokeWidth={2} />
                <text ref={bind(registry, `best-text:${id}`)} fontSize={text} fill={palette.ink} stroke={palette.paper} strokeWidth={3} paintOrder="stroke">
                  {compare ? STRINGS.loss.bestTestOf(id) : STRINGS.loss.bestTest}
                </text>
              </g>
              <g ref={bind(registry, `div:${id}`)} visibility="hidden">
                <line ref={bind(registry, `div-line:${id}`)} y1={box.top} y2={bottom} stroke={palette.dropped} strokeWidth={1.5} />
                <text
                  ref={bind(registry, `div-text:${id}`)}
                  fontSize={text}
                  fontWeight={600}
                  fill={palette.dropped}
                  stroke={palette.paper}
                  strokeWidth={3}
                  paintOrder="stroke"
                />
              </g>
            </g>
          );
        })}
        <g ref={bind(registry, 'hover')} visibility="hidden" pointerEvents="none">
          <line ref={bind(registry, 'hover-rule')} y1={box.top} y2={bottom} stroke={palette.ink} strokeOpacity={0.6} />
          {styles
            .filter((s) => s.key !== 'batch')
            .map((s) => (
              <circle key={s.id} ref={bind(registry, `hover-dot:${s.id}`)} r={1.5 + 2 * markScale} fill={s.color} stroke={palette.paper} strokeWidth={1.5} />
            ))}
        </g>
      </svg>
      <HoverReadout registry={registry} compare={compare} showBatch={showBatch} dropout={dropout} />
    </div>
  );
}

function setFocusRing(registry: Registry, on: boolean): void {
  registry.get('focus')?.setAttribute('visibility', on ? 'visible' : 'hidden');
}
