import { describe, expect, it } from 'vitest';
import { planDiagram, stacksAt } from './figure-plan';
import { textWidth } from './labels';

describe('planDiagram', () => {
  it('draws one untitled network outside compare mode', () => {
    const plan = planDiagram({ sizes: [1, 64, 64, 1], runs: ['B'], dropout: [0.5, 0.5], compare: false, width: 420, height: 260 });
    expect(plan.figures).toHaveLength(1);
    expect(plan.figures[0].titleLines).toEqual([]);
    expect(plan.figures[0].columns.map((c) => c.count)).toEqual([1, 64, 64, 1]);
  });

  it('puts run A (no dropout) beside run B in compare mode, each titled', () => {
    const plan = planDiagram({ sizes: [1, 64, 64, 1], runs: ['A', 'B'], dropout: [0.5, 0.5], compare: true, width: 420, height: 260 });
    expect(plan.stacked).toBe(false);
    const [a, b] = plan.figures;
    expect(a.run).toBe('A');
    expect(a.dropout).toEqual([0, 0]);
    expect(b.dropout).toEqual([0.5, 0.5]);
    expect(a.titleLines.join(' ')).toBe('(a) Standard network (run A, no dropout)');
    expect(b.titleLines.join(' ')).toBe('(b) After applying dropout (run B, p = 0.5)');
    expect(a.box.x + a.box.width).toBeLessThan(b.box.x);
  });

  it('stacks the two networks on a phone', () => {
    expect(stacksAt(320)).toBe(true);
    const plan = planDiagram({ sizes: [1, 16, 1], runs: ['A', 'B'], dropout: [0.3], compare: true, width: 320, height: 480 });
    expect(plan.stacked).toBe(true);
    expect(plan.figures[0].box.y + plan.figures[0].box.height).toBeLessThan(plan.figures[1].box.y);
  });

  it('keeps neurons above the labels and inside the figure', () => {
    for (const sizes of [
      [1, 8, 1],
      [1, 128, 128, 128, 128, 1],
      [1, 1, 1],
    ]) {
      for (const [width, height] of [
        [420, 260],
        [300, 220],
        [200, 160],
      ]) {
        const plan = planDiagram({ sizes, runs: ['B'], dropout: sizes.slice(2).map(() => 0.5), compare: false, width, height });
        const figure = plan.figures[0];
        for (const column of figure.columns) {
          for (const y of column.ys) {
            expect(y - column.radius).toBeGreaterThanOrEqual(0);
            expect(y + column.radius).toBeLessThan(figure.labelY);
          }
          expect(column.x - column.radius).toBeGreaterThanOrEqual(0);
          expect(column.x + column.radius).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('labels every hidden column with p and keep, fitting them between neighbouring columns', () => {
    const plan = planDiagram({ sizes: [1, 64, 64, 1], runs: ['A', 'B'], dropout: [0.5, 0.5], compare: true, width: 400, height: 260 });
    for (const figure of plan.figures) {
      const spacing = figure.columns[1].x - figure.columns[0].x;
      figure.labelLines.slice(1, -1).forEach((lines) => {
        expect(lines.join(' ')).toMatch(/p = [\d.]+.*keep [\d.]+/);
        lines.forEach((line) => expect(textWidth(line, figure.labelFont)).toBeLessThanOrEqual(spacing));
      });
    }
  });
});

describe('planDiagram when columns are crowded', () => {
  it('gives all hidden columns one shared p/keep label', () => {
    const plan = planDiagram({ sizes: [1, 128, 128, 128, 128, 1], runs: ['A', 'B'], dropout: [0.5, 0.5, 0.5, 0.5], compare: true, width: 400, height: 260 });
    const [a, b] = plan.figures;
    expect(b.spanLines.join(' ')).toBe('every hidden layer: p = 0.5 (keep 0.5)');
    expect(a.spanLines.join(' ')).toBe('every hidden layer: p = 0 (keep 1)');
    expect(b.labelLines.slice(1, -1).every((lines) => lines.length === 0)).toBe(true);
    expect(b.labelLines[0]).toEqual(['x']);
  });

  it('lists different drop probabilities left to right', () => {
    const plan = planDiagram({ sizes: [1, 8, 8, 8, 8, 1], runs: ['B'], dropout: [0.5, 0.2, 0.1, 0], compare: false, width: 180, height: 200 });
    expect(plan.figures[0].spanLines).toEqual(['p = 0.5, 0.2, 0.1, 0', 'keep 0.5, 0.8, 0.9, 1']);
  });

  it('keeps a label per column when they fit', () => {
    const plan = planDiagram({ sizes: [1, 64, 64, 1], runs: ['B'], dropout: [0.5, 0.5], compare: false, width: 420, height: 260 });
    expect(plan.figures[0].spanLines).toEqual([]);
  });
});

describe('planDiagram at a presenter text size', () => {
  it('keeps every label and title at 20 px or more and inside the figure', () => {
    for (const compare of [false, true]) {
      const plan = planDiagram({ sizes: [1, 64, 64, 1], runs: compare ? ['A', 'B'] : ['B'], dropout: [0.5, 0.5], compare, width: 480, height: 520, text: 20 });
      for (const figure of plan.figures) {
        expect(figure.labelFont).toBeGreaterThanOrEqual(20);
        expect(figure.titleY).toBeGreaterThanOrEqual(20);
        // The labels' last line ends inside the figure's box.
        const lines = Math.max(figure.spanLines.length, ...figure.labelLines.map((l) => l.length));
        expect(figure.labelY + (lines - 1) * (figure.labelFont + 1.5)).toBeLessThanOrEqual(figure.box.y + figure.box.height);
        for (const column of figure.columns) for (const y of column.ys) expect(y + column.radius).toBeLessThan(figure.labelY - figure.labelFont * 0.8);
      }
    }
  });

  it('puts a shared p label below the input and output labels when it does not fit between them', () => {
    const plan = planDiagram({ sizes: [1, 64, 64, 1], runs: ['A', 'B'], dropout: [0, 0.5], compare: true, width: 500, height: 520, text: 20 });
    for (const figure of plan.figures) {
      if (figure.spanLines.length === 0) continue;
      const ioWidth = Math.max(...[...figure.labelLines[0], ...figure.labelLines[figure.labelLines.length - 1]].map((l) => textWidth(l, figure.labelFont)));
      const first = figure.columns[0].x;
      const lastX = figure.columns[figure.columns.length - 1].x;
      const between = lastX - first - ioWidth;
      const onTheIoRow = figure.spanLines[0] !== '';
      if (onTheIoRow) for (const line of figure.spanLines) expect(textWidth(line, figure.labelFont)).toBeLessThanOrEqual(between);
      for (const line of figure.spanLines) expect(textWidth(line, figure.labelFont)).toBeLessThanOrEqual(figure.box.width);
    }
  });
});
