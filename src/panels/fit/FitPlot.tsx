import { mainRun } from '../../experiment/run-facts';
import { useId, useRef } from 'react';
import type { Point, RunId } from '../../experiment/types';
import type { Frame, RunFrame } from '../../training/protocol';
import { palette } from '../kit/palette';
import { useTelemetry } from '../kit/use-telemetry';
import { FitAxes } from './FitAxes';
import type { PlotBox } from './geometry';
import { formatValue } from './labels';
import { bandPath, curvePath, dotsPath, finiteExtent } from './paths';
import type { PlotScales } from './scales';
import type { KeptTruth } from './use-point-editing';
import { type ChartStyle, NORMAL_STROKE } from '../kit/chart-style';
import { STRINGS } from '../kit/strings';
import { KnockoutCurves } from './KnockoutCurves';

/** A run drawn in a plot; 'main' is the frame's last run (the single run, or run B). */
export type RunChoice = RunId | 'main';

export interface CurveSpec {
  run: RunChoice;
  color: string;
  /** Used in the divergence note when a plot shows two runs. */
  name: string;
}

export interface FitPlotProps {
  box: PlotBox;
  scales: PlotScales;
  chartStyle: ChartStyle;
  title: string | null;
  /** Used instead of `title` when the plot is too narrow for it. */
  shortTitle: string | null;
  titleColor: string;
  curves: CurveSpec[];
  /** The run whose MC-dropout band and thinned networks this plot shows, or null. */
  layersRun: RunChoice | null;
  mcBand: boolean;
  ghostCount: number;
  showTest: boolean;
  showTruth: boolean;
  /** The true function kept from before the user's edits, drawn when the data has none. */
  keptTruth: KeptTruth | null;
  /** "neuron 2:5" while a neuron is hovered, else null. */
  neuronName: string | null;
  /** The keyboard cursor (data coordinates) while the plot has focus. */
  cursor: Point | null;
}

const TRAIN_RADIUS = 4.5;
const TEST_RADIUS = 2.75;

function findRun(frame: Frame | null, choice: RunChoice): RunFrame | undefined {
  if (frame === null || frame.runs.length === 0) return undefined;
  return choice === 'main' ? mainRun(frame.runs) : frame.runs.find((r) => r.run === choice);
}

function setD(element: SVGPathElement | null, d: string): void {
  if (element !== null && element.getAttribute('d') !== d) element.setAttribute('d', d);
}

function setText(element: SVGElement | null, text: string): void {
  if (element === null) return;
  if (element.textContent !== text) element.textContent = text;
  element.setAttribute('visibility', text === '' ? 'hidden' : 'visible');
}

/** Widths of the lines other than the model's curve: thin at the normal size, at least 3 px at a presenter's. */
function lineWidths(stroke: number) {
  return { curve: stroke * 1.25, truth: Math.max(1.5, stroke - 0.5), thin: Math.max(1.25, stroke - 0.75) };
}

interface Band {
  mean: Float32Array;
  std: Float32Array;
  runVersion: number;
}

/**
 * One fit plot: the data, the true function and the prediction of one or two
 * runs, with the optional MC-dropout band, thinned networks and hovered
 * neuron. React draws the structure; every curve is written through refs.
 */
export function FitPlot({
  box,
  scales,
  chartStyle,
  title,
  shortTitle,
  titleColor,
  curves,
  layersRun,
  mcBand,
  ghostCount,
  showTest,
  showTruth,
  keptTruth,
  neuronName,
  cursor,
}: FitPlotProps) {
  const clipId = `fit-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const train = useRef<SVGPathElement>(null);
  const test = useRef<SVGPathElement>(null);
  const truth = useRef<SVGPathElement>(null);
  const band = useRef<SVGPathElement>(null);
  const bandMean = useRef<SVGPathElement>(null);
  const neuron = useRef<SVGPathElement>(null);
  const neuronNote = useRef<SVGTextElement>(null);
  const neuronText = useRef<SVGTSpanElement>(null);
  const diverged = useRef<SVGTextElement>(null);
  const curveNodes = useRef<(SVGPathElement | null)[]>([]);
  const ghostNodes = useRef<(SVGPathElement | null)[]>([]);
  const drawn = useRef<{ data: unknown; scales: PlotScales | null; radius: number; keptTruth: KeptTruth | null }>({
    data: null,
    scales: null,
    radius: 0,
    keptTruth: null,
  });
  const lastBand = useRef<Band | null>(null);
  const { inner } = box;
  const { text } = chartStyle;
  const widths = lineWidths(chartStyle.stroke);
  // Points grow with the curves, a little less.
  const pointScale = Math.sqrt(chartStyle.stroke / NORMAL_STROKE);
  const trainRadius = TRAIN_RADIUS * pointScale;
  const testRadius = TEST_RADIUS * pointScale;

  useTelemetry(({ data, frame }) => {
    const sx = scales.x;
    const sy = scales.y;
    // The data changes rarely: redraw the points only when it (or the scales) did.
    if (data !== drawn.current.data || scales !== drawn.current.scales || trainRadius !== drawn.current.radius || keptTruth !== drawn.current.keptTruth) {
      drawn.current = { data, scales, radius: trainRadius, keptTruth };
      setD(train.current, data ? dotsPath(data.trainX, data.trainY, sx, sy, trainRadius) : '');
      setD(test.current, data ? dotsPath(data.testX, data.testY, sx, sy, testRadius) : '');
      const truthCurve = data?.truthY ? { gridX: data.gridX, truthY: data.truthY } : keptTruth;
      setD(truth.current, truthCurve ? curvePath(truthCurve.gridX, truthCurve.truthY, sx, sy) : '');
    }
    const grid = data?.gridX ?? null;

    curves.forEach((curve, i) => {
      const run = findRun(frame, curve.run);
      setD(curveNodes.current[i] ?? null, grid && run ? curvePath(grid, run.prediction, sx, sy) : '');
    });

    const layers = layersRun === null ? undefined : findRun(frame, layersRun);
    // MC estimates arrive only every few frames: keep showing the last one of this run.
    if (!mcBand || frame === null || (lastBand.current !== null && lastBand.current.runVersion !== frame.runVersion)) lastBand.current = null;
    if (mcBand && frame !== null && layers?.mcMean && layers.mcStd) lastBand.current = { mean: layers.mcMean, std: layers.mcStd, runVersion: frame.runVersion };
    const shownBand = grid ? lastBand.current : null;
    setD(band.current, grid && shownBand ? bandPath(grid, shownBand.mean, shownBand.std, 2, sx, sy) : '');
    setD(bandMean.current, grid && shownBand ? curvePath(grid, shownBand.mean, sx, sy) : '');

    const rows = layers?.thinnedCurves ?? null;
    const n = grid?.length ?? 0;
    const available = rows && n > 0 ? Math.floor(rows.length / n) : 0;
    for (let g = 0; g < ghostCount; g++) {
      setD(ghostNodes.current[g] ?? null, grid && rows && g < available ? curvePath(grid, rows, sx, sy, g * n) : '');
    }

    // The hovered neuron's output lives on its own scale, stretched over the plot's height.
    const neuronRun = neuronName === null ? undefined : curves.map((c) => findRun(frame, c.run)).find((r) => r?.neuronCurve);
    const values = neuronRun?.neuronCurve ?? null;
    const extent = values ? finiteExtent(values) : null;
    if (grid && values && extent) {
      const [lo, hi] = extent;
      const pad = hi - lo < 1e-6 ? 0.5 : (hi - lo) * 0.08;
      const top = inner.y;
      const bottom = inner.y + inner.height;
      const span = hi - lo + 2 * pad;
      const ny = (v: number) => bottom - ((v - lo + pad) / span) * (bottom - top);
      setD(neuron.current, curvePath(grid, values, sx, ny));
      setText(neuronText.current, STRINGS.fit.neuronScale(String(neuronName), formatValue(lo), formatValue(hi)));
      neuronNote.current?.setAttribute('visibility', 'visible');
    } else {
      setD(neuron.current, '');
      setText(neuronText.current, '');
      neuronNote.current?.setAttribute('visibility', 'hidden');
    }

    const notes: string[] = [];
    for (const curve of curves) {
      const run = findRun(frame, curve.run);
      if (!run?.diverged) continue;
      const at = STRINGS.fit.divergedAt((run.divergedAt ?? run.step).toLocaleString('en-US'));
      notes.push(curves.length > 1 ? STRINGS.fit.runNote(curve.name, at) : at);
    }
    setText(diverged.current, notes.join(' · '));
  });

  const clip = `url(#${clipId})`;
  const titleX = Math.max(box.outer.x + 2, inner.x - 16);
  // The title, else its short form, else its first word ("(b)"): whichever fits beside the swatch (bold: a little wider than measured).
  const titleRoom = box.outer.x + box.outer.width - titleX - 2;
  const fits = (t: string) => 19 + chartStyle.measure(t) * 1.08 <= titleRoom;
  const shownTitle = title === null || fits(title) ? title : shortTitle === null || fits(shortTitle) ? shortTitle : shortTitle.split(' ')[0];
  const cx = cursor ? scales.x(cursor.x) : 0;
  const cy = cursor ? scales.y(cursor.y) : 0;
  return (
    <g>
      <defs>
        <clipPath id={clipId}>
          <rect x={inner.x} y={inner.y} width={inner.width} height={inner.height} />
        </clipPath>
      </defs>
      {shownTitle !== null && (
        <g>
          <line x1={titleX} x2={titleX + 14} y1={text * 0.55 + 3} y2={text * 0.55 + 3} stroke={titleColor} strokeWidth={widths.curve} />
          <text x={titleX + 19} y={text + 2} fontSize={text} fontWeight={600} fill={palette.ink}>
            {shownTitle}
          </text>
        </g>
      )}
      <FitAxes inner={inner} scales={scales} chartStyle={chartStyle} />
      <path
        ref={truth}
        clipPath={clip}
        fill="none"
        stroke={palette.truth}
        strokeWidth={widths.truth}
        strokeDasharray="6 4"
        display={showTruth ? undefined : 'none'}
      />
      <path ref={test} fill="none" stroke={palette.test} strokeWidth={1.25} strokeOpacity={0.8} display={showTest ? undefined : 'none'} />
      <path ref={band} clipPath={clip} fill={palette.band} stroke="none" display={mcBand ? undefined : 'none'} />
      <path
        ref={bandMean}
        clipPath={clip}
        fill="none"
        stroke={palette.model}
        strokeWidth={widths.truth}
        strokeDasharray="2 3"
        display={mcBand ? undefined : 'none'}
      />
      {Array.from({ length: ghostCount }, (_, g) => (
        <path
          key={g}
          ref={(el) => {
            ghostNodes.current[g] = el;
          }}
          clipPath={clip}
          fill="none"
          stroke={palette.ghost}
          strokeWidth={widths.thin}
        />
      ))}
      <path ref={neuron} clipPath={clip} fill="none" stroke={palette.highlight} strokeWidth={chartStyle.stroke} />
      <path ref={train} fill={palette.train} stroke={palette.paper} strokeWidth={1} />
      {curves.map((curve, i) => (
        <path
          key={`${curve.run}-${i}`}
          ref={(el) => {
            curveNodes.current[i] = el;
          }}
          className="fit-curve"
          clipPath={clip}
          fill="none"
          stroke={curve.color}
          strokeWidth={widths.curve}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ))}
      <KnockoutCurves curves={curves} scales={scales} clip={clip} width={widths.curve * 0.8} />
      <text
        ref={neuronNote}
        x={inner.x + inner.width - 4}
        y={inner.y + text + 2}
        textAnchor="end"
        fontSize={text}
        fill={palette.ink}
        stroke={palette.paper}
        strokeWidth={3}
        paintOrder="stroke"
        visibility="hidden"
      >
        <tspan fill={palette.highlight} stroke="none">
          ━{' '}
        </tspan>
        <tspan ref={neuronText} />
      </text>
      <text
        ref={diverged}
        x={inner.x + inner.width / 2}
        y={inner.y + inner.height / 2}
        textAnchor="middle"
        fontSize={text}
        fontWeight={600}
        fill={palette.dropped}
        stroke={palette.paper}
        strokeWidth={4}
        paintOrder="stroke"
        visibility="hidden"
      />
      {cursor && (
        <g aria-hidden="true" stroke={palette.ink} strokeWidth={1.5} fill="none" pointerEvents="none">
          <line x1={cx - 12} x2={cx + 12} y1={cy} y2={cy} />
          <line x1={cx} x2={cx} y1={cy - 12} y2={cy + 12} />
          <circle cx={cx} cy={cy} r={6} />
        </g>
      )}
    </g>
  );
}
