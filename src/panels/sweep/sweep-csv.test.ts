import { describe, expect, it } from 'vitest';
import type { SweepResult } from '../../sweep/protocol';
import { SWEEP_CSV_HEADER, sweepCsv, sweepFileName } from './sweep-csv';

const result = (index: number, value: number, p: number, seed: number, trainMse: number, testMse: number): SweepResult => ({
  index,
  value,
  p,
  n: 16,
  seed,
  trainMse,
  testMse,
});

describe('sweepCsv', () => {
  it('one row per run in run order, full precision, empty cells for a diverged run', () => {
    const csv = sweepCsv('n', [result(1, 8, 0.5, 2, 0.125, Number.NaN), result(0, 8, 0, 1, 0.1 + 0.2, 0.25)]);
    expect(csv).toBe(`${SWEEP_CSV_HEADER}\nn,8,1,0.30000000000000004,0.25,0\nn,8,2,0.125,,0.5\n`);
    expect(SWEEP_CSV_HEADER.startsWith('sweep,value,seed,train_mse,test_mse')).toBe(true);
    expect(sweepFileName('p')).toBe('dropout-lab-sweep-p.csv');
  });
});
