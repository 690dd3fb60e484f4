import { describe, expect, it } from 'vitest';
import type { EnsembleMessage } from '../../training/protocol';
import { expectedMcMse, meanSquaredDifference, mcCurve, meeting } from './ensemble-math';

function message(scaling: number, exact: number | null, variance: number, mc1000 = Number.NaN): EnsembleMessage {
  const checkpoints = [1, 10, 1000];
  return {
    type: 'ensemble',
    runVersion: 1,
    run: 'B',
    step: 0,
    checkpoints,
    hiddenNeurons: 16,
    scaling: Float32Array.of(0, 1),
    exact: null,
    mc: Float32Array.of(1, 2, 3, 4, 5, 6),
    testMse: { scaling, exact, mc: [Number.NaN, Number.NaN, mc1000] },
    thinnedVariance: variance,
  };
}

describe('ensemble readouts', () => {
  it('mean squared difference and the MC row of a k', () => {
    expect(meanSquaredDifference([1, 2, 3], [1, 0, 0])).toBeCloseTo((0 + 4 + 9) / 3, 12);
    expect([...mcCurve(message(1, 1, 1), 1)]).toEqual([3, 4]);
  });

  it('meets the scaling rule where the expected MC test MSE is within 1% of it', () => {
    // Limit 0.25 below the rule's 0.3; v̄ = 0.1: within 1% when 0.25 + 0.1/k ≤ 0.303, k ≥ 0.1/0.053 = 1.89 → 2.
    const m = meeting(message(0.3, 0.25, 0.1));
    expect(m).toEqual({ kind: 'meets', k: 2, below: true });
    expect(expectedMcMse(message(0.3, 0.25, 0.1), 2)).toBeLessThanOrEqual(0.303);
    expect(expectedMcMse(message(0.3, 0.25, 0.1), 1)).toBeGreaterThan(0.303);
    // A limit just above the rule but within 1%: meets, from above, later.
    expect(meeting(message(0.3, 0.302, 0.1))).toEqual({ kind: 'meets', k: 100, below: false });
  });

  it('never meets when the exact average is more than 1% worse; the limit is estimated without enumeration', () => {
    expect(meeting(message(0.3, 0.31, 0.1))).toEqual({ kind: 'never', gap: 0.31 - 0.3 });
    // No exact: the 1000-network MSE 0.2501 less 0.1/1000 gives a limit of 0.25.
    const m = meeting(message(0.3, null, 0.1, 0.2501));
    expect(m).toEqual({ kind: 'meets', k: 2, below: true });
  });
});
