import { bestMarkerIndex, buildChartModel, type HistoryLike, latestStep, margins, NORMAL_AXIS_TEXT, seriesPath, spaced, traceSeries } from './chart-model';
import { describe, expect, it } from 'vitest';
import { LOG_FLOOR } from './domain';
import { legendGroups, seriesStyles } from './series';

function history(step: number[], train: number[], test: number[], batch = train): HistoryLike {
  let best = -1;
  test.forEach((v, i) => {
    if (Number.isFinite(v) && (best < 0 || v < test[best])) best = i;
  });
  return { step, train, test, batch, bestIndex: best, length: step.length };
}

const base = { width: 800, height: 260, showBatch: false, previousDomain: null };

describe('buildChartModel', () => {
  it('spans 0 to the latest step and keeps the plot inside the svg', () => {
    const h = history([0, 100, 200], [0.5, 0.1, 0.05], [0.6, 0.2, 0.3]);
    const m = buildChartModel({ ...base, histories: [h], log: true });
    expect(m.xDomain).toEqual([0, 200]);
    expect(m.x(0)).toBe(m.box.left);
    expect(m.x(200)).toBe(m.box.left + m.box.width);
    expect(m.box.left + m.box.width).toBeLessThanOrEqual(800);
    expect(m.xTicks.length).toBeGreaterThan(1);
    expect(m.yTicks.length).toBeGreaterThan(1);
  });

  it('survives NaN and Infinity: finite domain, finite pixels, log values floored', () => {
    const h = history([0, 1, 2, 3], [0.5, Number.NaN, Infinity, 0], [Infinity, 0.4, Number.NaN, 0.2]);
    for (const log of [true, false]) {
      const m = buildChartModel({ ...base, histories: [h], log });
      expect(m.yDomain.every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(m.y(0))).toBe(true);
      expect(m.yTicks.every((t) => Number.isFinite(t.pos))).toBe(true);
    }
    const logModel = buildChartModel({ ...base, histories: [h], log: true });
    expect(logModel.y(0)).toBe(logModel.y(LOG_FLOOR));
  });

  it('has a default domain before any data', () => {
    const m = buildChartModel({ ...base, histories: [], log: true });
    expect(m.yDomain[0]).toBeGreaterThan(0);
    expect(latestStep([])).toBe(0);
  });

  it('includes the minibatch loss in the domain only when shown', () => {
    const h = history([0, 1], [0.1, 0.1], [0.1, 0.1], [5, 5]);
    expect(buildChartModel({ ...base, histories: [h], log: false }).yDomain[1]).toBeLessThan(5);
    expect(buildChartModel({ ...base, histories: [h], log: false, showBatch: true }).yDomain[1]).toBeGreaterThanOrEqual(5);
  });
});

describe('seriesPath', () => {
  it('leaves gaps at non-finite points', () => {
    const m = buildChartModel({ ...base, histories: [history([0, 1, 2, 3, 4], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1])], log: false });
    const d = seriesPath([0, 1, 2, 3, 4], [0.5, 0.4, Number.NaN, 0.3, 0.2], m);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d.match(/M/g)?.length).toBe(2);
    expect(seriesPath([], [], m)).toBe('');
  });
});

describe('series styles and legend', () => {
  it('single run: train and test in their own colors', () => {
    const styles = seriesStyles(false, false);
    expect(styles.map((s) => s.id)).toEqual(['B-train', 'B-test']);
    expect(styles[0].color).not.toBe(styles[1].color);
    expect(legendGroups(false, false, [0.5]).flatMap((g) => g.items.map((i) => i.text))).toEqual(['train', 'test']);
  });

  it('compare: color by run, dashed train, labelled runs', () => {
    const styles = seriesStyles(true, true);
    expect(styles).toHaveLength(6);
    expect(styles[0].key).toBe('batch');
    const a = styles.filter((s) => s.run === 'A');
    expect(new Set(a.map((s) => s.color)).size).toBe(1);
    expect(styles.find((s) => s.id === 'B-train')?.dash).toBeDefined();
    expect(styles.find((s) => s.id === 'B-test')?.dash).toBeUndefined();
    expect(legendGroups(true, false, [0.5, 0.5]).map((g) => g.label)).toEqual(['no dropout', 'dropout p = 0.5']);
    expect(legendGroups(true, false, [0.5, 0.2])[1].label).toBe('dropout p = 0.5, 0.2');
  });
});

describe('log steps', () => {
  const history = (steps: number[]): HistoryLike => ({
    step: steps,
    train: steps.map(() => 0.1),
    test: steps.map(() => 0.2),
    batch: steps.map(() => 0.15),
    length: steps.length,
    bestIndex: 0,
  });

  it('puts step 0 at the left edge, the latest step at the right, and step 9 halfway to step 99', () => {
    const m = buildChartModel({ ...base, histories: [history([0, 9, 99])], log: true, logSteps: true });
    const left = m.box.left;
    const right = m.box.left + m.box.width;
    expect(m.x(0)).toBeCloseTo(left, 6);
    expect(m.x(99)).toBeCloseTo(right, 6);
    expect(m.x(9)).toBeCloseTo((left + right) / 2, 6);
    expect(m.stepAt(m.x(9))).toBeCloseTo(9, 6);
    expect(m.xTicks.map((t) => t.value)).toEqual(expect.arrayContaining([0, 1, 10]));
  });
});

describe('the best-test marker', () => {
  const history = (step: number[], test: number[], bestIndex: number) => ({ step, train: test, test, batch: test, bestIndex, length: step.length });

  it('stands on the lowest test loss after the start, and nowhere while that is still step 0', () => {
    expect(bestMarkerIndex(history([0, 10, 20], [0.5, 0.2, 0.3], 1))).toBe(1);
    expect(bestMarkerIndex(history([0, 10, 20], [0.1, 0.2, 0.3], 0))).toBe(-1);
    expect(bestMarkerIndex(history([], [], -1))).toBe(-1);
  });
});

describe('margins from the label size', () => {
  it('leave room for 20 px tick labels and axis titles', () => {
    const large = { text: 20, yLabelWidth: 62, xLabelWidth: 52 };
    const m = margins(large);
    // y: the rotated title, then the widest tick label, beside the axis.
    expect(m.left).toBeGreaterThanOrEqual(20 + 62 + 6);
    // x: the tick, a line of tick labels, then the title.
    expect(m.bottom).toBeGreaterThanOrEqual(5 + 2 * 20);
    expect(m.left).toBeGreaterThan(margins(NORMAL_AXIS_TEXT).left);
  });

  it('spaces step ticks so large labels do not touch', () => {
    const h = history([0, 35_000], [0.5, 0.1], [0.6, 0.2]);
    const axis = { text: 20, yLabelWidth: 62, xLabelWidth: 52 };
    const m = buildChartModel({ ...base, width: 480, histories: [h], log: true, axis });
    for (let i = 1; i < m.xTicks.length; i++) expect(m.xTicks[i].pos - m.xTicks[i - 1].pos).toBeGreaterThanOrEqual(52);
  });
});

describe('spaced', () => {
  it('drops ticks that would crowd the last one kept', () => {
    const ticks = [0, 10, 25, 30, 60].map((pos) => ({ value: pos, pos, label: String(pos) }));
    expect(spaced(ticks, 20).map((t) => t.pos)).toEqual([0, 25, 60]);
  });

  it('keeps y labels a line apart on a short plot with large text', () => {
    const h = history([0, 100], [0.05, 0.06], [1, 0.2]);
    const axis = { text: 20, yLabelWidth: 62, xLabelWidth: 52 };
    const m = buildChartModel({ ...base, height: 110, histories: [h], log: true, axis });
    for (let i = 1; i < m.yTicks.length; i++) expect(Math.abs(m.yTicks[i].pos - m.yTicks[i - 1].pos)).toBeGreaterThanOrEqual(24);
  });
});

describe('traceSeries', () => {
  it('draws on a canvas the same line that seriesPath writes for SVG, gaps included', () => {
    const m = { x: (s: number) => s * 10, y: (v: number) => 100 - v * 100 };
    const steps = [0, 1, 2, 3, 4, 5];
    const values = [0.5, 0.4, Number.NaN, 0.3, 0.2, 0.25];
    const commands: string[] = [];
    const context = {
      moveTo: (x: number, y: number) => commands.push(`M${x} ${y}`),
      lineTo: (x: number, y: number) => commands.push(`L${x} ${y}`),
    } as unknown as CanvasRenderingContext2D;
    traceSeries(context, steps, values, m);
    const round = (text: string) => text.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
    expect(commands.map(round).join('')).toBe(seriesPath(steps, values, m).replace(/,/g, ' '));
    expect(commands.filter((c) => c.startsWith('M'))).toHaveLength(2);
  });
});
