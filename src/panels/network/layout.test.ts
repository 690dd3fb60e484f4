import { describe, expect, it } from 'vitest';
import { columnLayout, DEFAULT_COLUMN, networkColumns } from './layout';

describe('columnLayout', () => {
  it('draws a small column whole, centred, inside its band', () => {
    const column = columnLayout(8, 0, 240);
    expect(column.shown).toBe(8);
    expect(column.more).toBe(0);
    expect(column.moreY).toBeNull();
    expect(column.radius).toBeGreaterThanOrEqual(DEFAULT_COLUMN.minRadius);
    expect(column.ys[0] - column.radius).toBeGreaterThanOrEqual(0);
    expect(column.ys[7] + column.radius).toBeLessThanOrEqual(240);
    expect((column.ys[0] + column.ys[7]) / 2).toBeCloseTo(120);
  });

  it('puts a single neuron in the middle', () => {
    expect(columnLayout(1, 20, 220).ys).toEqual([120]);
  });

  it('cuts a wide column short with "+N more" instead of shrinking neurons below the readable radius', () => {
    const column = columnLayout(128, 0, 200);
    expect(column.radius).toBe(DEFAULT_COLUMN.minRadius);
    expect(column.shown).toBeGreaterThan(5);
    expect(column.shown + column.more).toBe(128);
    expect(column.moreY).not.toBeNull();
    const last = column.ys[column.shown - 1];
    expect(column.moreY ?? 0).toBeGreaterThan(last + column.radius);
    expect((column.moreY ?? 0) + DEFAULT_COLUMN.markerHeight / 2).toBeLessThanOrEqual(200 + 0.001);
    // Neighbours do not overlap.
    expect(column.ys[1] - column.ys[0]).toBeGreaterThanOrEqual(2 * column.radius);
  });

  it('fits 64 neurons whole in a tall column', () => {
    const column = columnLayout(64, 0, 64 * 12);
    expect(column.shown).toBe(64);
    expect(column.moreY).toBeNull();
  });

  it('always shows at least one neuron, and handles an empty band', () => {
    const column = columnLayout(64, 0, 0);
    expect(column.shown).toBe(1);
    expect(column.more).toBe(63);
    expect(columnLayout(0, 0, 100).shown).toBe(0);
  });
});

describe('networkColumns', () => {
  it('spreads the layers left to right between the paddings', () => {
    const columns = networkColumns([1, 64, 64, 1], { x: 10, y: 0, width: 280, height: 200 }, 20);
    expect(columns.map((c) => c.x)).toEqual([30, 110, 190, 270]);
    expect(columns[0].shown).toBe(1);
    expect(columns[1].more).toBeGreaterThan(0);
  });
});
