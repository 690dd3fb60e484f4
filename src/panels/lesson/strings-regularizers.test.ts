import { describe, expect, it } from 'vitest';
import { type FinalResult, REGULARIZER_METHODS, type RegularizerMethod } from '../../experiment/regularizers-plan';
import { REGULARIZERS_LESSON } from './strings-regularizers';

const seeds = [1, 2, 3, 4];
const spread = [0.2, 0.5, 0.3, 0.8];
/** Test MSE per method and seed: a base that varies by seed plus the method's offset (with a little per-seed wobble). */
const offsets: Record<RegularizerMethod, number[]> = {
  none: [0.1, 0.12, 0.09, 0.11],
  'early-stopping': [0.03, -0.02, 0.04, -0.03],
  l2: [0.02, -0.03, 0.01, -0.01],
  bernoulli: [0, 0, 0, 0],
  gaussian: [0.01, 0.0, 0.02, 0.01],
  dropconnect: [0, 0, 0, 0],
  'data-4x': [-0.05, -0.06, -0.04, -0.05],
  'data-16x': [-0.1, -0.11, -0.09, -0.1],
};
const final: FinalResult[] = seeds.flatMap((seed, k) =>
  REGULARIZER_METHODS.map((method, m) => ({
    index: k * 8 + m,
    stage: 'final' as const,
    method,
    value: 0,
    seed,
    n: 24,
    steps: 3000,
    trainMse: 0.01,
    testMse: spread[k] + offsets[method][k],
  })),
);

describe('the lesson’s reading of the comparison', () => {
  it('reads the live means and calls a method better only where the paired interval excludes 0', () => {
    const text = REGULARIZERS_LESSON.reading(final, 24);
    expect(text).toContain('In your comparison (N = 24, 4 seeds), the mean test MSE was 0.56 with no regularization');
    expect(text).toContain('Bernoulli dropout beat no regularization seed for seed');
    expect(text).toContain(
      'Bernoulli dropout beat no regularization seed for seed; Bernoulli dropout cannot be told apart from L2 and early stopping on these 4 seeds.',
    );
    // Against the regularizer with the lowest mean (L2 here, by 0.0025).
    expect(text).toContain('16× the data beat L2 seed for seed');
    expect(text).toContain('Bernoulli dropout and DropConnect gave the same numbers on every seed');
  });

  it('claims nothing from one seed, and no DropConnect identity when the numbers differ', () => {
    const one = REGULARIZERS_LESSON.reading(
      final.filter((r) => r.seed === 1),
      24,
    );
    expect(one).toContain('One seed cannot tell methods apart');
    expect(one).not.toContain('beat');
    const differ = final.map((r) => (r.method === 'dropconnect' && r.seed === 3 ? { ...r, testMse: r.testMse + 0.001 } : r));
    expect(REGULARIZERS_LESSON.reading(differ, 24)).not.toContain('same numbers on every seed');
  });
});
