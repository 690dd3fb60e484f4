import { describe, expect, it } from 'vitest';
import { type FinalResult, REGULARIZER_METHODS } from '../../experiment/regularizers-plan';
import { estimatedStyle, estimateTextWidth, NORMAL_CHART_STYLE } from '../kit/chart-style';
import { NORMAL_CHART_SIZES } from '../kit/chart-sizes';
import { formatMseTick } from '../loss/ticks';
import { COMPARISON_MARGIN, comparisonGeometry, comparisonMinHeight, ROW_LABEL_GAP } from './comparison-geometry';
import { summarizeMethods } from './comparison-stats';
import { chartGeometry, MARGIN, xTickLabel, Y_TICK_GAP } from './geometry';
import { COMPARISON_STRINGS as S } from './strings-comparison';
import { bottomAxisLayout, NORMAL_SWEEP_STYLE, sweepChartStyle, sweepTextSize } from './sweep-text';

/** Presenter mode's chart style (src/panels/shell/chart-sizes.css), as the sweep charts use it. */
const PRESENTER = sweepChartStyle(estimatedStyle(20, 3));
const NORMAL = sweepChartStyle(NORMAL_CHART_STYLE);
const P_GRID = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

/** Two seeds of every method, with these test MSEs. */
function summariesOf(lo: number, hi: number) {
  const final = REGULARIZER_METHODS.flatMap((method, order) =>
    [lo, hi].map((testMse, k): FinalResult => ({
      index: k * 8 + order,
      stage: 'final',
      method,
      value: 0,
      seed: k + 1,
      n: 24,
      steps: 100,
      trainMse: 0.01,
      testMse,
    })),
  );
  return summarizeMethods(final);
}
/** Test MSEs over two decades. */
const summaries = summariesOf(0.012, 1.9);
/** Every chart width from a phone's to a wide screen's, px. */
const WIDTHS = Array.from({ length: 71 }, (_, i) => 300 + i * 10);

/** No two neighbouring labels, centred on their positions, come closer than `gap` px. */
function expectApart(positions: readonly number[], widths: readonly number[], gap: number): void {
  for (let i = 1; i < positions.length; i++) {
    expect(positions[i] - positions[i - 1], `labels ${i - 1} and ${i}`).toBeGreaterThanOrEqual((widths[i] + widths[i - 1]) / 2 + gap);
  }
}

describe('sweepTextSize', () => {
  it('keeps 11 px at normal size and takes the chart text once presenter mode enlarges it', () => {
    // A fixed 11 px (the bug: 11 px on a projector) or a proportional 11/12 of the chart text would both fail.
    expect(sweepTextSize(NORMAL_CHART_SIZES.text)).toBe(11);
    expect(sweepTextSize(20)).toBe(20);
    expect(sweepTextSize(10)).toBe(10);
  });

  it('measures labels at the sweep size', () => {
    expect(NORMAL.text).toBe(11);
    expect(NORMAL.measure('DropConnect')).toBeCloseTo(estimateTextWidth('DropConnect', 11));
    expect(PRESENTER.measure('DropConnect')).toBeCloseTo(estimateTextWidth('DropConnect', 20));
  });
});

describe('the comparison chart at presenter size', () => {
  const height = comparisonMinHeight(REGULARIZER_METHODS, PRESENTER);
  const g = comparisonGeometry(REGULARIZER_METHODS, summaries, 560, height, PRESENTER);

  it('has room for the widest row label left of the plot, and rows far enough apart for their labels', () => {
    for (const method of REGULARIZER_METHODS) expect(g.inner.x - ROW_LABEL_GAP - PRESENTER.measure(S.short[method])).toBeGreaterThanOrEqual(0);
    expect(g.rowHeight).toBeGreaterThanOrEqual(PRESENTER.text * 1.2);
    expect(g.text).toBe(20);
  });

  it('keeps its x tick labels apart and inside the svg, the axis title below them', () => {
    const widths = g.xTicks.map((t) => PRESENTER.measure(formatMseTick(t)));
    expect(g.xTicks.length).toBeGreaterThanOrEqual(2);
    expectApart(g.xTicks.map(g.x), widths, 8);
    expect(g.x(g.xTicks[g.xTicks.length - 1]) + widths[widths.length - 1] / 2).toBeLessThanOrEqual(560);
    // Two lines of text below the plot: the title's baseline a line under the ticks', its descent inside the margin.
    expect(g.titleBaseline - g.tickBaseline).toBeGreaterThanOrEqual(PRESENTER.text);
    expect(g.inner.y + g.inner.height + g.titleBaseline + PRESENTER.text * 0.3).toBeLessThanOrEqual(height);
  });

  it('keeps a space between x tick labels at every width, for long labels too (3e-4, 0.003…)', () => {
    // At 70 px per tick, as at normal size, 20 px labels come within 8 px of each other.
    for (const [lo, hi] of [
      [0.012, 1.9],
      [0.0004, 0.02],
    ]) {
      for (const width of WIDTHS) {
        const at = comparisonGeometry(REGULARIZER_METHODS, summariesOf(lo, hi), width, height, PRESENTER);
        expectApart(
          at.xTicks.map(at.x),
          at.xTicks.map((t) => PRESENTER.measure(formatMseTick(t))),
          PRESENTER.text * 0.6,
        );
      }
    }
  });

  it('is the normal layout at normal size', () => {
    const normal = comparisonGeometry(REGULARIZER_METHODS, summaries, 560, 240, NORMAL);
    expect(normal.inner).toEqual({ x: COMPARISON_MARGIN.left, y: COMPARISON_MARGIN.top, width: 560 - 92 - 16, height: 240 - 8 - 38 });
    expect([normal.text, normal.tickBaseline, normal.titleBaseline]).toEqual([11, 14, 31]);
    // Never taller than the stylesheet's 15rem at normal size.
    expect(comparisonMinHeight(REGULARIZER_METHODS, NORMAL)).toBeLessThanOrEqual(240);
  });
});

describe('the sweep chart at presenter size', () => {
  const series = [
    {
      p: Number.NaN,
      points: P_GRID.map((value) => {
        const spread = { mean: 0.002 + value, min: 0.0015 + value, max: 0.003 + value };
        return { value, p: value, count: 2, diverged: 0, test: spread, train: spread };
      }),
    },
  ];

  it('has room for the widest y tick label and keeps the x tick labels apart at every width', () => {
    for (const width of WIDTHS) {
      const g = chartGeometry('p', P_GRID, series, width, 272, PRESENTER);
      for (const t of g.yTicks) expect(g.inner.x - Y_TICK_GAP - PRESENTER.measure(formatMseTick(t)), `${width}: ${t}`).toBeGreaterThanOrEqual(0);
      // Every grid value labelled only where 20 px labels leave a gap (34 px each, as at normal size, would not).
      expectApart(
        g.xTicks.map(g.x),
        g.xTicks.map((t) => PRESENTER.measure(xTickLabel('p', t))),
        4,
      );
      expect(g.inner.y - g.yTitleBaseline - PRESENTER.text * 0.8, 'the y title inside the svg').toBeGreaterThanOrEqual(0);
    }
  });

  it('is the normal layout at normal size', () => {
    const g = chartGeometry('p', P_GRID, series, 560, 272, NORMAL_SWEEP_STYLE);
    expect(g.inner).toEqual({ x: MARGIN.left, y: MARGIN.top, width: 560 - 48 - 14, height: 272 - 24 - 38 });
    expect([g.tickBaseline, g.titleBaseline, g.yTitleBaseline]).toEqual([14, 31, 9]);
    expect(bottomAxisLayout(11).margin).toBe(MARGIN.bottom);
  });
});
