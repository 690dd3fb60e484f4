import { describe, expect, it } from 'vitest';
import { bucketIndex, bucketStyle, EDGE_BUCKETS, edgePaths, strengthLevel, STRENGTH_LEVELS } from './edge-paths';
import { layerSlices } from '../../experiment/run-facts';

describe('edge buckets', () => {
  it('lists every bucket once, in the order bucketIndex uses, faded ones first', () => {
    expect(EDGE_BUCKETS).toHaveLength(STRENGTH_LEVELS * 4);
    EDGE_BUCKETS.forEach((b, i) => expect(bucketIndex(b.positive, b.level, b.faded)).toBe(i));
    expect(EDGE_BUCKETS[0].faded).toBe(true);
  });

  it('scales strength by the layer pair’s largest |w|', () => {
    expect(strengthLevel(1, 1)).toBe(STRENGTH_LEVELS - 1);
    expect(strengthLevel(0.01, 1)).toBe(0);
    expect(strengthLevel(5, 10)).toBe(Math.floor(STRENGTH_LEVELS / 2));
    expect(strengthLevel(Number.NaN, 1)).toBe(0);
    expect(strengthLevel(1, 0)).toBe(0);
  });

  it('draws stronger edges wider and more opaque, and faded ones faint', () => {
    const weak = bucketStyle({ positive: true, level: 0, faded: false });
    const strong = bucketStyle({ positive: true, level: STRENGTH_LEVELS - 1, faded: false });
    expect(strong.width).toBeGreaterThan(weak.width);
    expect(strong.opacity).toBeGreaterThan(weak.opacity);
    expect(bucketStyle({ positive: true, level: STRENGTH_LEVELS - 1, faded: true }).opacity).toBeLessThan(weak.opacity);
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
    expect(paths[bucketIndex(true, STRENGTH_LEVELS - 1, false)]).toBe('M0 10L100 10');
    expect(paths[bucketIndex(false, 0, true)]).toBe('M0 10L100 20');
    expect(paths[bucketIndex(false, STRENGTH_LEVELS - 1, true)]).toBe('M0 20L100 20');
    expect(paths.filter((d) => d !== '')).toHaveLength(3);
  });

  it('DropConnect: a dropped weight is faded while both its neurons stay', () => {
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
    expect(paths[bucketIndex(true, STRENGTH_LEVELS - 1, true)]).toBe('M0 20L100 10');
    expect(paths[bucketIndex(true, STRENGTH_LEVELS - 1, false)]).toBe('M0 10L100 10M0 10L100 20M0 20L100 20');
  });
});
