import { describe, expect, it } from 'vitest';
import { type FitMark, describeMarks, markPath, markPathAttributes } from './fit-marks';
import { paintMarks } from './paint-marks';

/** A 2D context that records the calls that shape and style a path. */
function recorder() {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push(`${name}(${args.map((a) => (typeof a === 'number' ? Math.round(a * 10) / 10 : String(a))).join(',')})`);
  const context = {
    save: record('save'),
    restore: record('restore'),
    beginPath: record('beginPath'),
    rect: record('rect'),
    clip: record('clip'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    arc: record('arc'),
    closePath: record('closePath'),
    fill: record('fill'),
    stroke: record('stroke'),
    setLineDash: (dash: number[]) => calls.push(`dash(${dash.join(' ')})`),
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineJoin: 'miter',
    lineCap: 'butt',
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls };
}

const identity = (v: number) => v;
const inner = { x: 0, y: 0, width: 100, height: 100 };
const xs = [0, 10, 20, 30, 40];

describe('fit marks on a canvas', () => {
  it('breaks a line at a non-finite value, as its SVG path does', () => {
    const mark: FitMark = { id: 'curve', kind: 'line', xs, ys: [1, 2, Number.NaN, 4, 5], clip: true, style: { stroke: 'red', width: 2 } };
    const { context, calls } = recorder();
    paintMarks(context, [mark], identity, identity, inner);
    expect(calls.filter((c) => c.startsWith('moveTo') || c.startsWith('lineTo'))).toEqual(['moveTo(0,1)', 'lineTo(10,2)', 'moveTo(30,4)', 'lineTo(40,5)']);
    expect(markPath(mark, identity, identity).match(/M/g)).toHaveLength(2);
  });

  it('reads a row of a flat array from its offset (the thinned networks share one array)', () => {
    const mark: FitMark = { id: 'thinned-1', kind: 'line', xs: [0, 10], ys: [1, 2, 7, 8], offset: 2, clip: true, style: { stroke: 'grey' } };
    const { context, calls } = recorder();
    paintMarks(context, [mark], identity, identity, inner);
    expect(calls.filter((c) => c.startsWith('moveTo') || c.startsWith('lineTo'))).toEqual(['moveTo(0,7)', 'lineTo(10,8)']);
  });

  it('clips curves to the plot and leaves points whole', () => {
    const curve: FitMark = { id: 'curve', kind: 'line', xs, ys: xs, clip: true, style: { stroke: 'red' } };
    const dots: FitMark = { id: 'train-points', kind: 'dots', xs, ys: xs, r: 3, clip: false, style: { fill: 'blue' } };
    const { context, calls } = recorder();
    paintMarks(context, [dots], identity, identity, inner);
    expect(calls).not.toContain('clip()');
    paintMarks(context, [curve], identity, identity, inner);
    expect(calls).toContain('rect(0,0,100,100)');
    expect(calls).toContain('clip()');
  });

  it('draws one circle per finite point, filled without a stroke when it has none', () => {
    const dots: FitMark = { id: 'train-points', kind: 'dots', xs, ys: [0, Number.POSITIVE_INFINITY, 2, 3, 4], r: 3, clip: false, style: { fill: 'blue' } };
    const { context, calls } = recorder();
    paintMarks(context, [dots], identity, identity, inner);
    expect(calls.filter((c) => c.startsWith('arc'))).toHaveLength(4);
    expect(calls).toContain('fill()');
    expect(calls).not.toContain('stroke()');
    expect(markPath(dots, identity, identity).match(/M/g)).toHaveLength(4);
  });

  it('closes each defined run of a band: upper edge forward, lower edge back', () => {
    const band: FitMark = { id: 'band', kind: 'band', xs: [0, 10, 20], mean: [5, 5, 5], std: [1, 1, 1], k: 2, clip: true, style: { fill: 'green' } };
    const { context, calls } = recorder();
    paintMarks(context, [band], identity, identity, inner);
    expect(calls.filter((c) => /^(moveTo|lineTo|closePath)/.test(c))).toEqual([
      'moveTo(0,7)',
      'lineTo(10,7)',
      'lineTo(20,7)',
      'lineTo(20,3)',
      'lineTo(10,3)',
      'lineTo(0,3)',
      'closePath()',
    ]);
  });

  it('uses a mark’s own y scale when it has one (a neuron stretched over the plot)', () => {
    const mark: FitMark = { id: 'neuron', kind: 'line', xs: [0, 10], ys: [1, 2], sy: (v) => v * 100, clip: true, style: { stroke: 'pink' } };
    const { context, calls } = recorder();
    paintMarks(context, [mark], identity, identity, inner);
    expect(calls).toContain('lineTo(10,200)');
  });

  it('writes an export path’s style from the mark, and names the marks with their widths', () => {
    const truth: FitMark = { id: 'truth', kind: 'line', xs, ys: xs, clip: true, style: { stroke: 'grey', width: 1.5, dash: [6, 4] } };
    const band: FitMark = { id: 'band', kind: 'band', xs, mean: xs, std: xs, k: 2, clip: true, style: { fill: 'green' } };
    expect(markPathAttributes(truth)).toEqual({ 'data-mark': 'truth', fill: 'none', stroke: 'grey', 'stroke-width': '1.5', 'stroke-dasharray': '6 4' });
    expect(markPathAttributes(band)).toEqual({ 'data-mark': 'band', fill: 'green', stroke: 'none' });
    expect(describeMarks([truth, band])).toBe('truth:1.5 band:0');
  });
});
