import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sinPi, TRUE_FUNCTIONS } from './true-functions';

describe('true functions', () => {
  it('sinPi agrees with Math.sin(πx)', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (x) => Math.abs(sinPi(x) - Math.sin(Math.PI * x)) < 1e-13),
      { seed: 7, numRuns: 20000 },
    );
    expect(sinPi(0.5)).toBe(1);
    expect(sinPi(-0.5)).toBe(-1);
    expect(sinPi(1)).toBe(0);
  });

  it('each function stays within about [−1, 1] on x ∈ [−1, 1] and spans most of it', () => {
    for (const [name, f] of Object.entries(TRUE_FUNCTIONS)) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i <= 2000; i++) {
        const y = f(-1 + i / 1000);
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
      expect(lo, name).toBeGreaterThanOrEqual(-1.0000001);
      expect(hi, name).toBeLessThanOrEqual(1.0000001);
      expect(hi - lo, name).toBeGreaterThan(1.5);
    }
  });
});
