import { describe, expect, it } from 'vitest';
import { addPoint, clampPoint, editablePoints, hitTest, nearestIndex, type PointSource, removeNearestPoint } from './custom-points';

const train: PointSource = {
  dataset: 'sine',
  configPoints: undefined,
  trainX: Float32Array.from([-0.5, 0, 0.5]),
  trainY: Float32Array.from([-1, 0.1, 1]),
};

function custom(points: { x: number; y: number }[]): PointSource {
  return { dataset: 'custom', configPoints: points, trainX: new Float32Array(0), trainY: new Float32Array(0) };
}

function many(n: number) {
  return Array.from({ length: n }, (_, i) => ({ x: -1 + (2 * i) / Math.max(1, n - 1), y: 0 }));
}

describe('clampPoint', () => {
  it('keeps x in [−1, 1] and y in [−2, 2] and rounds to three decimals', () => {
    expect(clampPoint({ x: 1.7, y: -3 })).toEqual({ x: 1, y: -2 });
    expect(clampPoint({ x: -4, y: 9 })).toEqual({ x: -1, y: 2 });
    expect(clampPoint({ x: 0.123456, y: -0.98765 })).toEqual({ x: 0.123, y: -0.988 });
  });

  it('turns non-finite coordinates into 0 and never yields −0', () => {
    const p = clampPoint({ x: Number.NaN, y: -0.0001 });
    expect(p.x).toBe(0);
    expect(Object.is(p.y, -0)).toBe(false);
  });
});

describe('editablePoints', () => {
  it('uses the training set before converting, rounded, skipping non-finite values', () => {
    const source = { ...train, trainX: Float32Array.from([0.1, Number.NaN, 0.3]), trainY: Float32Array.from([0.2, 0, Infinity]) };
    const points = editablePoints(source);
    expect(points).toEqual([{ x: 0.1, y: 0.2 }]);
  });

  it('uses config.points for custom data, as a copy', () => {
    const config = [
      { x: 0.5, y: 0.5 },
      { x: -0.5, y: -0.5 },
    ];
    const points = editablePoints(custom(config));
    expect(points).toEqual(config);
    expect(points).not.toBe(config);
  });

  it('is null while the training set has not arrived', () => {
    expect(editablePoints({ ...train, trainX: null, trainY: null })).toBeNull();
  });
});

describe('addPoint', () => {
  it('converts a generated dataset: the training points plus the new one', () => {
    const out = addPoint(train, { x: 0.25, y: 0.75 });
    expect(out.kind).toBe('update');
    if (out.kind !== 'update') return;
    expect(out.converted).toBe(true);
    expect(out.points).toHaveLength(4);
    expect(out.points[3]).toEqual({ x: 0.25, y: 0.75 });
    expect(out.points[0]).toEqual({ x: -0.5, y: -1 });
  });

  it('appends to custom points, clamped', () => {
    const out = addPoint(custom(many(3)), { x: 2, y: -5 });
    expect(out).toMatchObject({ kind: 'update', converted: false });
    if (out.kind === 'update') expect(out.points.at(-1)).toEqual({ x: 1, y: -2 });
  });

  it('refuses a 501st point', () => {
    const out = addPoint(custom(many(500)), { x: 0, y: 0 });
    expect(out.kind).toBe('refused');
    if (out.kind === 'refused') expect(out.message).toMatch(/at most 500/i);
    expect(addPoint(custom(many(499)), { x: 0, y: 0 }).kind).toBe('update');
  });

  it('refuses while the data is loading', () => {
    expect(addPoint({ ...train, trainX: null, trainY: null }, { x: 0, y: 0 }).kind).toBe('refused');
  });

  it('refuses to make custom data of a single point', () => {
    expect(addPoint(custom([]), { x: 0, y: 0 }).kind).toBe('refused');
  });
});

describe('removeNearestPoint', () => {
  it('removes the nearest custom point', () => {
    const out = removeNearestPoint(
      custom([
        { x: -0.5, y: 0 },
        { x: 0, y: 0 },
        { x: 0.5, y: 0 },
      ]),
      { x: 0.1, y: 0.2 },
    );
    expect(out).toMatchObject({
      kind: 'update',
      converted: false,
      points: [
        { x: -0.5, y: 0 },
        { x: 0.5, y: 0 },
      ],
    });
  });

  it('converts a generated dataset: the training points minus the nearest', () => {
    const out = removeNearestPoint(train, { x: 0.5, y: 1 });
    expect(out).toMatchObject({
      kind: 'update',
      converted: true,
      points: [
        { x: -0.5, y: -1 },
        { x: 0, y: 0.1 },
      ],
    });
  });

  it('refuses to go below 2 points', () => {
    const out = removeNearestPoint(custom(many(2)), { x: 0, y: 0 });
    expect(out.kind).toBe('refused');
    if (out.kind === 'refused') expect(out.message).toMatch(/at least 2/i);
  });

  it('measures distance on screen when given the aspect', () => {
    const points = [
      { x: 0.3, y: 0 },
      { x: 0, y: 0.2 },
    ];
    // In data units (0, 0.2) is nearer; with y stretched 4× on screen, (0.3, 0) is.
    expect(nearestIndex(points, { x: 0, y: 0 })).toBe(1);
    expect(nearestIndex(points, { x: 0, y: 0 }, { x: 1, y: 4 })).toBe(0);
    expect(nearestIndex([], { x: 0, y: 0 })).toBe(-1);
  });
});

describe('hitTest', () => {
  const toPixels = (p: { x: number; y: number }) => ({ x: p.x * 100, y: -p.y * 100 });
  const points = [
    { x: 0, y: 0 },
    { x: 0.1, y: 0 },
  ];

  it('finds the nearest point within the radius', () => {
    expect(hitTest(points, 7, 0, toPixels, 12)).toEqual({ x: 0.1, y: 0 });
    expect(hitTest(points, 2, 3, toPixels, 12)).toEqual({ x: 0, y: 0 });
  });

  it('returns null when nothing is within the radius', () => {
    expect(hitTest(points, 50, 0, toPixels, 12)).toBeNull();
    expect(hitTest([], 0, 0, toPixels, 12)).toBeNull();
  });
});
