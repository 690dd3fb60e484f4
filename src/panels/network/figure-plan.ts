/**
 * The geometry of the whole diagram for a panel size: one network, or two
 * (compare mode: run A without dropout, run B with it) side by side, or
 * stacked when the panel is too narrow for two.
 */
import { dropoutOfRun } from '../../experiment/run-facts';
import type { RunId } from '../../experiment/types';
import { columnLabelLines, figureTitleLines, ioLabel, linesFit, sharedDropLines, textWidth } from './labels';
import { type Box, type Column, columnSpacing, DEFAULT_COLUMN, networkColumns } from './layout';

/** The normal chart text size; a diagram's labels and titles use the chart's (presenter mode: larger). */
export const NORMAL_FONT = 12;
/** Narrowest figure worth placing beside another; below it the two stack. */
export const MIN_SIDE_BY_SIDE = 170;
const FIGURE_GAP = 14;

export interface FigurePlan {
  run: RunId;
  box: Box;
  /** Drop probability per hidden layer of this run (zeros for run A). */
  dropout: number[];
  /** Compare-mode title lines (empty otherwise) and the baseline of the first. */
  titleLines: string[];
  titleY: number;
  columns: Column[];
  /** Distance between the baselines of two title lines. */
  titleLine: number;
  /** Lines under each column, the baseline of the first line, and the font size (px). */
  labelLines: string[][];
  labelY: number;
  labelFont: number;
  /** A label shared by all hidden columns (when they are too close for one each), centred under them; else empty. */
  spanLines: string[];
}

export interface DiagramPlan {
  figures: FigurePlan[];
  stacked: boolean;
}

export interface DiagramInput {
  sizes: readonly number[];
  runs: readonly RunId[];
  /** Drop probabilities of the run with dropout (run B or the single run). */
  dropout: readonly number[];
  compare: boolean;
  width: number;
  height: number;
  /** The chart's text size, px (12 when absent). */
  text?: number;
}

interface LabelFit {
  padX: number;
  fontSize: number;
  lines: string[][];
  /** One label under all hidden columns together (their own labels then empty), or null. */
  span: string[] | null;
}

/** One pixel smaller, where that keeps labels at least 20 px when the chart's text is (a projector's minimum). */
function smallerFont(text: number): number {
  return text >= 20 ? Math.max(text - 1, 20) : text - 1;
}

/** The most readable labels that fit: full names, then symbols for input/output, then p and keep alone in a smaller font. */
function fitLabels(sizes: readonly number[], dropout: readonly number[], width: number, text: number): LabelFit {
  // Column labels are a notch smaller than the chart's text (11 px normally, as dense as the figure allows).
  const font = smallerFont(text);
  const attempts = [
    { shortIo: false, fontSize: font, form: 'named' },
    { shortIo: true, fontSize: font, form: 'named' },
    { shortIo: true, fontSize: smallerFont(font), form: 'bare' },
  ] as const;
  let fit: LabelFit | null = null;
  for (const { shortIo, fontSize, form } of attempts) {
    const ioWidth = Math.max(textWidth(ioLabel(true, shortIo), fontSize), textWidth(ioLabel(false, shortIo), fontSize));
    const padX = Math.max(DEFAULT_COLUMN.maxRadius + 4, ioWidth / 2 + 4);
    const room = (sizes.length > 1 ? (width - 2 * padX) / (sizes.length - 1) : width) - 6;
    const lines = sizes.map((_, l) => columnLabelLines(l, sizes, dropout, room, fontSize, shortIo, form));
    fit = { padX, fontSize, lines, span: null };
    if (lines.every((column) => linesFit(column, room, fontSize))) return fit;
  }
  if (fit === null || sizes.length < 3) return fit ?? { padX: DEFAULT_COLUMN.maxRadius + 4, fontSize: font, lines: sizes.map(() => []), span: null };
  // Too close for a label each: one label for every hidden column, under their middle, between the input and
  // output labels where it fits there, else on the rows below them (starting with an empty row).
  const last = sizes.length - 1;
  const widest = (lines: readonly string[]) => Math.max(0, ...lines.map((line) => textWidth(line, fit.fontSize)));
  const between = width - 2 * fit.padX - (widest(fit.lines[0]) + widest(fit.lines[last])) / 2 - 12;
  const inBetween = sharedDropLines(dropout, between, fit.fontSize);
  const span = linesFit(inBetween, between, fit.fontSize) ? inBetween : ['', ...sharedDropLines(dropout, width - 8, fit.fontSize)];
  return {
    ...fit,
    lines: fit.lines.map((lines, l) => (l === 0 || l === last ? lines : [])),
    span,
  };
}

function planFigure(run: RunId, box: Box, sizes: readonly number[], dropout: number[], titled: boolean, text: number): FigurePlan {
  const titleLine = Math.round(text * 1.25);
  const titleLines = titled ? figureTitleLines(run, dropout, box.width - 8, text) : [];
  const top = box.y + (titled ? titleLines.length * titleLine + 13 : 4);
  const labels = fitLabels(sizes, dropout, box.width, text);
  const rowLines = Math.max(labels.span?.length ?? 0, ...labels.lines.map((lines) => lines.length));
  const lineHeight = labels.fontSize + 1.5;
  const labelHeight = rowLines * lineHeight + 6;
  const bottom = box.y + box.height - labelHeight;
  const columns = networkColumns(sizes, { x: box.x, y: top, width: box.width, height: Math.max(0, bottom - top) }, labels.padX, {
    ...DEFAULT_COLUMN,
    markerHeight: Math.max(DEFAULT_COLUMN.markerHeight, text + 3),
  });
  const labelY = bottom + 4 + labels.fontSize * 0.8;
  return {
    run,
    box,
    dropout,
    titleLines,
    titleY: box.y + text,
    titleLine,
    columns,
    labelLines: labels.lines,
    spanLines: labels.span ?? [],
    labelY,
    labelFont: labels.fontSize,
  };
}

/** Whether two networks go one above the other at this width. */
export function stacksAt(width: number): boolean {
  return width < 2 * MIN_SIDE_BY_SIDE + FIGURE_GAP;
}

export function planDiagram({ sizes, runs, dropout, compare, width, height, text = NORMAL_FONT }: DiagramInput): DiagramPlan {
  const runDropout = (run: RunId) => dropoutOfRun(dropout, run);
  if (runs.length < 2) {
    const run = runs[0] ?? 'B';
    return { figures: [planFigure(run, { x: 0, y: 0, width, height }, sizes, runDropout(run), compare, text)], stacked: false };
  }
  const stacked = stacksAt(width);
  const boxes: Box[] = stacked
    ? [
        { x: 0, y: 0, width, height: (height - FIGURE_GAP) / 2 },
        { x: 0, y: (height + FIGURE_GAP) / 2, width, height: (height - FIGURE_GAP) / 2 },
      ]
    : [
        { x: 0, y: 0, width: (width - FIGURE_GAP) / 2, height },
        { x: (width + FIGURE_GAP) / 2, y: 0, width: (width - FIGURE_GAP) / 2, height },
      ];
  return { figures: runs.slice(0, 2).map((run, i) => planFigure(run, boxes[i], sizes, runDropout(run), true, text)), stacked };
}

/** Centre-to-centre distance of neighbouring columns of a figure. */
export function figureColumnSpacing(figure: FigurePlan): number {
  return columnSpacing(figure.columns);
}
