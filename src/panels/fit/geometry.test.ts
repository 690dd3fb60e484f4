import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { BASE_Y_DOMAIN, boxAt, fittingTicks, layoutPlots, marginsFor, sameDomain, yDomainFor } from './geometry';

const empty = new Float32Array(0);

describe('yDomainFor', () => {
  it('is the base range without data or when the data fits', () => {
    expect(yDomainFor(null)).toEqual(BASE_Y_DOMAIN);
    expect(yDomainFor({ trainY: Float32Array.from([-1, 1]), testY: empty, truthY: null })).toEqual(BASE_Y_DOMAIN);
  });

  it('widens to include every point, rounded out to a tenth', () => {
    const [lo, hi] = yDomainFor({ trainY: Float32Array.from([-2.04]), testY: Float32Array.from([2.51]), truthY: null });
    expect(lo).toBeCloseTo(-2.2, 10);
    expect(hi).toBeCloseTo(2.7, 10);
  });

  it('ignores non-finite values and stays bounded', () => {
    expect(yDomainFor({ trainY: Float32Array.from([Number.NaN, Infinity]), testY: empty, truthY: Float32Array.from([-Infinity]) })).toEqual(BASE_Y_DOMAIN);
    const [lo, hi] = yDomainFor({ trainY: Float32Array.from([-1e6, 1e6]), testY: empty, truthY: null });
    expect(lo).toBe(-10);
    expect(hi).toBe(10);
  });

  it('compares domains by value', () => {
    expect(sameDomain([-1, 1], [-1, 1])).toBe(true);
    expect(sameDomain([-1, 1], [-1, 2])).toBe(false);
  });
});

describe('layoutPlots', () => {
  it('gives one plot the whole area, inside margins', () => {
    const [box] = layoutPlots(560, 300, 1, false);
    expect(box.outer).toEqual({ x: 0, y: 0, width: 560, height: 300 });
    expect(box.inner.x).toBeGreaterThan(0);
    expect(box.inner.x + box.inner.width).toBeLessThan(560);
    expect(box.inner.y + box.inner.height).toBeLessThan(300);
  });

  it('puts two plots side by side without overlap', () => {
    const [a, b] = layoutPlots(560, 300, 2, true);
    expect(a.outer.x + a.outer.width).toBeLessThan(b.outer.x);
    expect(b.outer.x + b.outer.width).toBeCloseTo(560, 6);
    expect(b.inner.y).toBeGreaterThan(a.outer.y);
  });

  it('never produces empty or negative sizes', () => {
    for (const box of layoutPlots(0, -5, 2, true)) {
      expect(box.inner.width).toBeGreaterThanOrEqual(1);
      expect(box.inner.height).toBeGreaterThanOrEqual(1);
    }
  });

  it('finds the plot under a pointer', () => {
    const boxes = layoutPlots(560, 300, 2, true);
    expect(boxAt(boxes, boxes[0].inner.x + 5, 100)).toBe(0);
    expect(boxAt(boxes, boxes[1].inner.x + 5, 100)).toBe(1);
    expect(boxAt(boxes, 1, 299)).toBe(-1);
  });
});

describe('fittingTicks', () => {
  const ticksFor = (count: number) => scaleLinear().domain([-1, 1]).ticks(count);

  it('keeps the suggested ticks when the labels have room', () => {
    expect(fittingTicks(ticksFor, 500, 40)).toEqual(ticksFor(9));
  });

  it('takes fewer ticks when large labels would touch', () => {
    const ticks = fittingTicks(ticksFor, 400, 66);
    expect(ticks.length).toBeLessThan(ticksFor(9).length);
    expect(400 / (ticks.length - 1)).toBeGreaterThanOrEqual(66);
  });
});

describe('marginsFor', () => {
  it('grows with the text so that 20 px labels fit', () => {
    const normal = marginsFor(true, false, { text: 12, yLabelWidth: 24 });
    const large = marginsFor(true, false, { text: 20, yLabelWidth: 40 });
    expect(large.left).toBeGreaterThanOrEqual(40 + 4);
    expect(large.bottom).toBeGreaterThanOrEqual(20 + 2);
    expect(large.top).toBeGreaterThan(normal.top);
  });
});
