import { describe, expect, it } from 'vitest';
import { bucketIndex, bucketStroke, bucketStyle, EDGE_BUCKETS, edgePaths, strengthLevel, STRENGTH_LEVELS } from './edge-paths';
import { layerSlices } from '../../experiment/run-facts';

describe('edge buckets', () => {
  it('lists every bucket once, in the order bucketIndex uses: faded, then cut, then kept ones on top', () => {
    expect(EDGE_BUCKETS).toHaveLength(STRENGTH_LEVELS * 6);
    EDGE_BUCKETS.forEach((b, i) => expect(bucketIndex(b.positive, b.level, b.state)).toBe(i));
    expect(EDGE_BUCKETS.map((b) => b.state).filter((s, i, all) => all.indexOf(s) === i)).toEqual(['faded', 'cut', 'kept']);
  });

  it('scales strength by the layer pair’s largest |w|', () => {
    expect(strengthLevel(1, 1)).toBe(STRENGTH_LEVELS - 1);
    expect(strengthLevel(0.01, 1)).toBe(0);
    expect(strengthLevel(5, 10)).toBe(Math.floor(STRENGTH_LEVELS / 2));
    expect(strengthLevel(Number.NaN, 1)).toBe(0);
    expect(strengthLevel(1, 0)).toBe(0);
  });

  it('draws stronger edges wider and more opaque, and faded ones faint', () => {
    const weak = bucketStyle({ positive: true, level: 0, state: 'kept' });
    const strong = bucketStyle({ positive: true, level: STRENGTH_LEVELS - 1, state: 'kept' });
    expect(strong.width).toBeGreaterThan(weak.width);
    expect(strong.opacity).toBeGreaterThan(weak.opacity);
    expect(bucketStyle({ positive: true, level: STRENGTH_LEVELS - 1, state: 'faded' }).opacity).toBeLessThan(weak.opacity);
  });

  it('strokes a dropped weight (cut) in the dropped colour, dashed, whatever its sign; kept ones solid in their sign’s colour', () => {
    const colors = { positive: 'blue', negative: 'orange', cut: 'red' };
    for (const positive of [true, false]) {
      const cut = bucketStroke({ positive, level: 2, state: 'cut' }, colors);
      expect(cut.color).toBe('red');
      expect(cut.dash.length).toBeGreaterThan(0);
      // Visible: more opaque than a faded edge of a dropped neuron.
      expect(cut.opacity).toBeGreaterThan(bucketStroke({ positive, level: 2, state: 'faded' }, colors).opacity);
    }
    expect(bucketStroke({ positive: true, level: 2, state: 'kept' }, colors)).toMatchObject({ color: 'blue', dash: [] });
    expect(bucketStroke({ positive: false, level: 2, state: 'kept' }, colors)).toMatchObject({ color: 'orange', dash: [] });
  });

  it('puts each edge in the path of its sign, strength and fading', () => {
    const [slice] = layerSlices([2, 2, 1]);
    const params = Float32Array.from([1, -0.1, Number.NaN, -1, 0, 0, 0, 0, 0]);
    const paths = edgePaths(params, slice, [0, 1, 2, 3], 1, {
      xIn: 0,
      ysIn: [10, 20],
      xOut: 100,
      ysOut: [10, 20],
      droppedIn: () => false,
      droppedOut: (o) => o === 1,
    });
    expect(paths[bucketIndex(true, STRENGTH_LEVELS - 1, 'kept')]).toBe('M0 10L100 10');
    expect(paths[bucketIndex(false, 0, 'faded')]).toBe('M0 10L100 20');
    expect(paths[bucketIndex(false, STRENGTH_LEVELS - 1, 'faded')]).toBe('M0 20L100 20');
    expect(paths.filter((d) => d !== '')).toHaveLength(3);
  });

  it('DropConnect: a dropped weight is cut while both its neurons stay', () => {
    const [slice] = layerSlices([2, 2, 1]);
    const params = Float32Array.from([1, 1, 1, 1, 0, 0, 0, 0, 0]);
    const paths = edgePaths(params, slice, [0, 1, 2, 3], 1, {
      xIn: 0,
      ysIn: [10, 20],
      xOut: 100,
      ysOut: [10, 20],
      droppedIn: () => false,
      droppedOut: () => false,
      droppedEdge: (i, o) => i === 1 && o === 0,
    });
    expect(paths[bucketIndex(true, STRENGTH_LEVELS - 1, 'cut')]).toBe('M0 20L100 10');
    expect(paths[bucketIndex(true, STRENGTH_LEVELS - 1, 'kept')]).toBe('M0 10L100 10M0 10L100 20M0 20L100 20');
    expect(paths.filter((d) => d !== '')).toHaveLength(2);
  });
});
