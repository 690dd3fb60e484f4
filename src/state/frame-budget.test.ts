import { describe, expect, it } from 'vitest';
import { DRAW_SHARE, FrameBudget, INPUT_QUIET_MS, MAX_INTERVAL_MS } from './frame-budget';

/** Commits at `start` with a frame that cost `cost` ms of the main thread (the next frame comes one 60 Hz frame after it ends). */
function drawn(budget: FrameBudget, start: number, cost: number): void {
  budget.committed(start);
  budget.measured(start, Math.min(cost, 2), start + cost + 1000 / 60);
}

describe('FrameBudget', () => {
  it('draws every frame when drawing is cheap', () => {
    const budget = new FrameBudget();
    expect(budget.allows(0)).toBe(true);
    drawn(budget, 0, 2);
    expect(budget.allows(16.7)).toBe(true);
  });

  it('skips frames when drawing is costly, so that drawing keeps to its share of the main thread', () => {
    const budget = new FrameBudget();
    for (let t = 0; t < 2000; t += 200) drawn(budget, t, 60);
    expect(budget.cost).toBeCloseTo(60, 0);
    expect(budget.allows(2000 - 200 + 60 / DRAW_SHARE - 5)).toBe(false);
    expect(budget.allows(2000 - 200 + 60 / DRAW_SHARE + 1)).toBe(true);
  });

  it('still draws a few frames a second however slow drawing is', () => {
    const budget = new FrameBudget();
    drawn(budget, 0, 1000);
    expect(budget.allows(MAX_INTERVAL_MS - 1)).toBe(false);
    expect(budget.allows(MAX_INTERVAL_MS)).toBe(true);
  });

  it('catches up when drawing gets cheap again', () => {
    const budget = new FrameBudget();
    drawn(budget, 0, 100);
    let t = 0;
    for (let i = 0; i < 30; i++) {
      t += 50;
      drawn(budget, t, 1);
    }
    expect(budget.allows(t + 17)).toBe(true);
  });

  it('holds drawing briefly after the user presses a key or a pointer', () => {
    const budget = new FrameBudget();
    budget.input(1000);
    expect(budget.allows(1000 + INPUT_QUIET_MS - 1)).toBe(false);
    expect(budget.allows(1000 + INPUT_QUIET_MS)).toBe(true);
  });
});
