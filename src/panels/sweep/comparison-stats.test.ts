import { describe, expect, it } from 'vitest';
import type { FinalResult, RegularizerMethod } from '../../experiment/regularizers-plan';
import { comparePaired, meanInterval, summarizeMethods, t975 } from './comparison-stats';
import { comparisonSentence } from './comparison-summary';

/** Final results of `method` with these test MSEs on seeds 1, 2, … (index as the plan numbers them). */
function runs(method: RegularizerMethod, order: number, mses: readonly number[]): FinalResult[] {
  return mses.map((testMse, k) => ({ index: k * 8 + order, stage: 'final', method, value: 0, seed: k + 1, n: 24, steps: 100, trainMse: 0.01, testMse }));
}

// Seeds differ a lot (some data sets are harder), but on every seed L2 is a little worse than dropout.
const base = [0.2, 0.6, 0.3, 0.9, 0.45];
const dropout = runs('bernoulli', 3, base);
const l2 = runs(
  'l2',
  2,
  base.map((v, k) => v + [0.011, 0.009, 0.012, 0.01, 0.008][k]),
);
// Early stopping: sometimes better, sometimes worse than dropout.
const early = runs(
  'early-stopping',
  1,
  base.map((v, k) => v + [0.05, -0.06, 0.04, -0.05, 0.03][k]),
);

describe('the paired comparison', () => {
  it('t quantiles: the table, and the expansion beyond it', () => {
    expect(t975(1)).toBe(12.706);
    expect(t975(4)).toBe(2.776);
    expect(t975(40)).toBeCloseTo(2.021, 3);
    expect(t975(100)).toBeCloseTo(1.984, 3);
    expect(t975(0)).toBeNaN();
  });

  it('the interval of a mean is mean ± t·s/√n', () => {
    const i = meanInterval([1, 2, 3, 4, 5]);
    expect(i.mean).toBe(3);
    expect(i.hi - i.mean).toBeCloseTo((2.776 * Math.sqrt(2.5)) / Math.sqrt(5), 12);
    expect(meanInterval([0.4])).toMatchObject({ mean: 0.4, count: 1 });
    expect(meanInterval([0.4]).lo).toBeNaN();
  });

  it('calls a method better where the paired interval excludes 0, though the unpaired intervals overlap widely', () => {
    const [l2Summary, dropoutSummary] = summarizeMethods([...l2, ...dropout]);
    // An unpaired test could not separate them: each mean's interval contains the other mean.
    expect(l2Summary.test.lo).toBeLessThan(dropoutSummary.test.mean);
    expect(dropoutSummary.test.hi).toBeGreaterThan(l2Summary.test.mean);
    const c = comparePaired([...l2, ...dropout], 'bernoulli', 'l2');
    expect(c.verdict).toBe('better');
    expect(c.difference.mean).toBeCloseTo(-0.01, 12);
    expect(c.difference.hi).toBeLessThan(0);
    expect(comparePaired([...l2, ...dropout], 'l2', 'bernoulli').verdict).toBe('worse');
  });

  it('pairs by seed, not by position in the list', () => {
    const shuffled = [...l2].reverse();
    expect(comparePaired([...shuffled, ...dropout], 'bernoulli', 'l2').verdict).toBe('better');
  });

  it('says indistinguishable where the interval contains 0', () => {
    const c = comparePaired([...early, ...dropout], 'bernoulli', 'early-stopping');
    expect(c.difference.lo).toBeLessThan(0);
    expect(c.difference.hi).toBeGreaterThan(0);
    expect(c.verdict).toBe('indistinguishable');
  });

  it('the sentence names the best method, what it beats and what it cannot be told from', () => {
    const all = [...early, ...l2, ...dropout];
    const text = comparisonSentence(all, false);
    expect(text).toMatch(
      /^Bernoulli dropout has the lowest mean test MSE \(0\.4900\) over 5 seeds; it is better than L2, and indistinguishable on these seeds from early stopping/,
    );
    expect(comparisonSentence(all, true)).toMatch(/^So far, Bernoulli dropout/);
    expect(comparisonSentence([...early, ...dropout], false)).toMatch(
      /over 5 seeds; on these seeds it is indistinguishable from early stopping \(better only where/,
    );
    expect(comparisonSentence(runs('l2', 2, [0.3]), false)).toMatch(/one seed cannot tell methods apart/);
    expect(comparisonSentence([], false)).toBeNull();
  });
});
