import { describe, expect, it } from 'vitest';
import { LossHistory } from './loss-history';

/** A deterministic bumpy test-loss curve with its minimum at `bestStep`. */
function testLoss(step: number, bestStep: number): number {
  return 0.1 + Math.abs(step - bestStep) * 1e-6 + 0.001 * ((step * 7919) % 13 === 0 ? 1 : 0);
}

describe('LossHistory', () => {
  it('stays bounded over a million points and keeps the first, the best and the latest', () => {
    const h = new LossHistory(4000);
    const bestStep = 654_321;
    let maxLength = 0;
    for (let s = 0; s < 1_000_000; s++) {
      h.push(s, 1 / (s + 1), testLoss(s, bestStep), 2 / (s + 1));
      maxLength = Math.max(maxLength, h.length);
    }
    expect(maxLength).toBeLessThanOrEqual(4000);
    expect(h.length).toBeGreaterThan(1000);
    expect(h.step[0]).toBe(0);
    expect(h.step[h.length - 1]).toBe(999_999);
    expect(h.step[h.bestIndex]).toBe(bestStep);
    expect(h.test[h.bestIndex]).toBe(Math.min(...h.test));
    for (let i = 1; i < h.length; i++) expect(h.step[i]).toBeGreaterThan(h.step[i - 1]);
  });

  it('spreads the kept points evenly over the run', () => {
    const h = new LossHistory(1000);
    for (let s = 0; s < 100_000; s++) h.push(s, 1, 1, 1);
    const firstHalf = h.step.filter((s) => s < 50_000).length;
    const secondHalf = h.length - firstHalf;
    expect(Math.abs(firstHalf - secondHalf)).toBeLessThanOrEqual(2);
  });

  it('keeps every point while there is room', () => {
    const h = new LossHistory(100);
    for (let s = 0; s < 100; s++) h.push(s, s, 100 - s, s);
    expect(h.step).toEqual(Array.from({ length: 100 }, (_, s) => s));
    expect(h.bestIndex).toBe(99);
  });

  it('ignores non-finite test losses for the best point', () => {
    const h = new LossHistory(10);
    h.push(0, 1, 0.5, 1);
    h.push(1, Number.NaN, Number.NaN, Number.NaN);
    h.push(2, Infinity, -Infinity, Infinity);
    expect(h.bestIndex).toBe(0);
  });

  it('clones deeply', () => {
    const h = new LossHistory(10);
    h.push(0, 1, 1, 1);
    const copy = h.clone();
    h.push(1, 1, 0.5, 1);
    expect(copy.length).toBe(1);
    expect(h.length).toBe(2);
  });
});
