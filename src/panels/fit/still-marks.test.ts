import { describe, expect, it } from 'vitest';
import type { FitMark } from './fit-marks';
import { markRuns, sameKey, stillKey } from './still-marks';

const xs = [0, 1, 2];
const line = (id: string, still = false, ys: number[] = xs): FitMark => ({ id, kind: 'line', xs, ys, clip: true, still, style: { stroke: 'red', width: 2 } });

describe('still marks', () => {
  it('groups consecutive still marks and keeps the order of everything', () => {
    const runs = markRuns([line('truth', true), line('test', true), line('band'), line('ghost'), line('train', true), line('curve')]);
    expect(runs.map((r) => [r.still, r.marks.map((m) => m.id).join('+')])).toEqual([
      [true, 'truth+test'],
      [false, 'band'],
      [false, 'ghost'],
      [true, 'train'],
      [false, 'curve'],
    ]);
  });

  it('keys a bitmap by the marks’ data, style and the scales: any change paints it again', () => {
    const scales = {};
    const ys = [1, 2, 3];
    const key = stillKey([line('train', true, ys)], [scales, 1]);
    expect(sameKey(key, stillKey([line('train', true, ys)], [scales, 1]))).toBe(true);
    expect(sameKey(key, stillKey([line('train', true, [1, 2, 3])], [scales, 1]))).toBe(false);
    expect(sameKey(key, stillKey([line('train', true, ys)], [{}, 1]))).toBe(false);
    expect(sameKey(key, stillKey([line('train', true, ys)], [scales, 2]))).toBe(false);
    const wider: FitMark = { ...line('train', true, ys), style: { stroke: 'red', width: 3 } };
    expect(sameKey(key, stillKey([wider], [scales, 1]))).toBe(false);
  });
});
