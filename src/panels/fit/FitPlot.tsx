import { mainRun } from '../../experiment/run-facts';
import { type RefObject, useId, useRef } from 'react';
import type { Point, RunId } from '../../experiment/types';
import type { Frame, RunFrame } from '../../training/protocol';
import { palette } from '../kit/palette';
import { useTelemetry } from '../kit/use-telemetry';
import { FitAxes } from './FitAxes';
import type { PlotBox } from './geometry';
import { formatValue } from './labels';
import { type CanvasSize, paintPlot } from './canvas-layer';
import type { FitMark } from './fit-marks';
import { finiteExtent } from './paths';
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
  /** The panel's canvas under its SVG, where the plot paints its marks, and the canvas's CSS size. */
  canvas: RefObject<HTMLCanvasElement | null>;
  canvasSize: CanvasSize;
}

const TRAIN_RADIUS = 4.5;
const TEST_RADIUS = 2.75;
const TRUTH_DASH = [6, 4];
const BAND_MEAN_DASH = [2, 3];

function findRun(frame: Frame | null, choice: RunChoice): RunFrame | undefined {
  if (frame === null || frame.runs.length === 0) return undefined;
  return choice === 'main' ? mainRun(frame.runs) : frame.runs.find((r) => r.run === choice);
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
 * neuron. React draws the structure in SVG; the data marks are a list
 * (fit-marks.ts) painted on the panel's canvas every frame (canvas-layer.ts).
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
  canvas,
  canvasSize,
}: FitPlotProps) {
  const clipId = `fit-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const marksGroup = useRef<SVGGElement>(null);
  const neuronNote = useRef<SVGTextElement>(null);
  const neuronText = useRef<SVGTSpanElement>(null);
  const diverged = useRef<SVGTextElement>(null);
  const lastBand = useRef<Band | null>(null);
  const { inner } = box;
  const { text } = chartStyle;
  const widths = lineWidths(chartStyle.stroke);
  // Points grow with the curves, a little less.
  const pointScale = Math.sqrt(chartStyle.stroke / NORMAL_STROKE);
  const trainRadius = TRAIN_RADIUS * pointScale;
  const testRadius = TEST_RADIUS * pointScale;

  useTelemetry(({ data, frame }) => {
    const grid = data?.gridX ?? null;
    const marks: FitMark[] = [];
    const truthCurve = data?.truthY ? { gridX: data.gridX, truthY: data.truthY } : keptTruth;
    if (showTruth && truthCurve)
      marks.push({
        id: 'truth',
        kind: 'line',
        xs: truthCurve.gridX,
        ys: truthCurve.truthY,
        clip: true,
        still: true,
        style: { stroke: palette.truth, width: widths.truth, dash: TRUTH_DASH },
      });
    if (showTest && data)
      marks.push({
        id: 'test-points',
        kind: 'dots',
        xs: data.testX,
        ys: data.testY,
        r: testRadius,
        clip: false,
        still: true,
        style: { stroke: palette.test, width: 1.25, opacity: 0.8 },
      });

    const layers = layersRun === null ? undefined : findRun(frame, layersRun);
    // MC estimates arrive only every few frames: keep showing the last one of this run.
    if (!mcBand || frame === null || (lastBand.current !== null && lastBand.current.runVersion !== frame.runVersion)) lastBand.current = null;
    if (mcBand && frame !== null && layers?.mcMean && layers.mcStd) lastBand.current = { mean: layers.mcMean, std: layers.mcStd, runVersion: frame.runVersion };
    const shownBand = grid ? lastBand.current : null;
    if (grid && shownBand) {
      marks.push({ id: 'band', kind: 'band', xs: grid, mean: shownBand.mean, std: shownBand.std, k: 2, clip: true, style: { fill: palette.band } });
      marks.push({
        id: 'band-mean',
        kind: 'line',
        xs: grid,
        ys: shownBand.mean,
        clip: true,
        style: { stroke: palette.model, width: widths.truth, dash: BAND_MEAN_DASH },
      });
    }

    const rows = layers?.thinnedCurves ?? null;
    const n = grid?.length ?? 0;
    const available = rows && n > 0 ? Math.min(ghostCount, Math.floor(rows.length / n)) : 0;
    for (let g = 0; grid && rows && g < available; g++) {
      marks.push({ id: `thinned-${g}`, kind: 'line', xs: grid, ys: rows, offset: g * n, clip: true, style: { stroke: palette.ghost, width: widths.thin } });
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
      marks.push({ id: 'neuron', kind: 'line', xs: grid, ys: values, sy: ny, clip: true, style: { stroke: palette.highlight, width: chartStyle.stroke } });
      setText(neuronText.current, STRINGS.fit.neuronScale(String(neuronName), formatValue(lo), formatValue(hi)));
      neuronNote.current?.setAttribute('visibility', 'visible');
    } else {
      setText(neuronText.current, '');
      neuronNote.current?.setAttribute('visibility', 'hidden');
    }

    if (data)
      marks.push({
        id: 'train-points',
        kind: 'dots',
        xs: data.trainX,
        ys: data.trainY,
        r: trainRadius,
        clip: false,
        still: true,
        style: { fill: palette.train, stroke: palette.paper, width: 1 },
      });
    curves.forEach((curve, i) => {
      const run = findRun(frame, curve.run);
      if (grid && run)
        marks.push({
          id: `curve-${curve.run}-${i}`,
          kind: 'line',
          xs: grid,
          ys: run.prediction,
          clip: true,
          style: { stroke: curve.color, width: widths.curve, round: true },
        });
    });

    paintPlot(canvas.current, canvasSize, box, scales, marks, marksGroup.current, clipId);

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
      {/* Painted on the canvas under the SVG; an SVG export writes the marks here as paths (canvas-layer.ts). */}
      <g ref={marksGroup} data-fit-marks="" />
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
