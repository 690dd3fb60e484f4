import { describe, expect, it } from 'vitest';
import { depsChanged } from './use-telemetry';

describe('depsChanged', () => {
  it('is true the first time, and when an item or the length changes', () => {
    expect(depsChanged(null, [])).toBe(true);
    expect(depsChanged([1, 'a'], [1, 'b'])).toBe(true);
    expect(depsChanged([1], [1, 2])).toBe(true);
  });

  it('is false for the same items, compared by identity', () => {
    const plan = { figures: [] };
    expect(depsChanged([plan, 300, Number.NaN], [plan, 300, Number.NaN])).toBe(false);
    expect(depsChanged([plan], [{ figures: [] }])).toBe(true);
  });
});
