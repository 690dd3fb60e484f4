import { describe, expect, it } from 'vitest';
import { nearestIndex } from './nearest';

describe('nearestIndex', () => {
  const steps = [0, 10, 20, 40, 80];

  it('finds the nearest step', () => {
    expect(nearestIndex(steps, 11)).toBe(1);
    expect(nearestIndex(steps, 29)).toBe(2);
    expect(nearestIndex(steps, 31)).toBe(3);
    expect(nearestIndex(steps, 80)).toBe(4);
  });

  it('gives a tie to the earlier point', () => {
    expect(nearestIndex(steps, 30)).toBe(2);
  });

  it('clamps to the ends', () => {
    expect(nearestIndex(steps, -5)).toBe(0);
    expect(nearestIndex(steps, 1e9)).toBe(4);
  });

  it('is -1 for no points or a NaN target', () => {
    expect(nearestIndex([], 3)).toBe(-1);
    expect(nearestIndex(steps, Number.NaN)).toBe(-1);
  });

  it('agrees with a linear scan', () => {
    const many = Array.from({ length: 999 }, (_, i) => i * 8 + (i % 7));
    for (let t = -2; t < 8100; t += 13.7) {
      let best = 0;
      many.forEach((s, i) => {
        if (Math.abs(s - t) < Math.abs(many[best] - t)) best = i;
      });
      expect(Math.abs(many[nearestIndex(many, t)] - t)).toBe(Math.abs(many[best] - t));
    }
  });
});
