import { describe, expect, it } from 'vitest';
import { Rng, Stream } from './rng';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.nextU32());

describe('Rng', () => {
  it('replays the same stream from the same seed, and differs across seeds and streams', () => {
    expect(draws(new Rng(42, 3), 100)).toEqual(draws(new Rng(42, 3), 100));
    expect(draws(new Rng(42, 3), 100)).not.toEqual(draws(new Rng(43, 3), 100));
    expect(draws(Rng.stream(42, Stream.masks), 100)).not.toEqual(draws(Rng.stream(42, Stream.init), 100));
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = new Rng(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      sumSq += u * u;
    }
    const mean = sum / n;
    // Standard error of the mean: sqrt(1/12 / n) ≈ 6.5e-4; allow 5 of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    // Var(u²) = 1/5 − 1/9 = 4/45, so E[u²] has standard error sqrt(4/45/n).
    expect(Math.abs(sumSq / n - 1 / 3)).toBeLessThan(5 * Math.sqrt(4 / 45 / n));
  });

  it('draws standard normals: mean 0, variance 1, symmetric tails', () => {
    const rng = new Rng(11);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let beyond2 = 0;
    for (let i = 0; i < n; i++) {
      const g = rng.gaussian();
      sum += g;
      sumSq += g * g;
      if (Math.abs(g) > 2) beyond2++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(5 / Math.sqrt(n)); // se = 1/√n
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n)); // Var(g²) = 2
    const pTail = 0.0455; // P(|g| > 2)
    expect(Math.abs(beyond2 / n - pTail)).toBeLessThan(5 * Math.sqrt((pTail * (1 - pTail)) / n));
  });

  it('shuffles into a permutation, each position uniformly', () => {
    const rng = new Rng(3);
    const n = 5;
    const trials = 50_000;
    const counts = new Array<number>(n * n).fill(0);
    const items = new Int32Array(n);
    for (let t = 0; t < trials; t++) {
      for (let i = 0; i < n; i++) items[i] = i;
      rng.shuffle(items);
      expect([...items].sort()).toEqual([0, 1, 2, 3, 4]);
      for (let pos = 0; pos < n; pos++) counts[pos * n + items[pos]]++;
    }
    const p = 1 / n;
    const se = Math.sqrt((p * (1 - p)) / trials);
    for (const c of counts) expect(Math.abs(c / trials - p)).toBeLessThan(5 * se);
  });
});
