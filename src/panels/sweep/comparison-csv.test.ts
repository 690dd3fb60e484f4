import { describe, expect, it } from 'vitest';
import type { FinalResult } from '../../experiment/regularizers-plan';
import { COMPARISON_CSV_HEADER, comparisonCsv } from './comparison-csv';

describe('the comparison CSV', () => {
  it('one row per final run in run order, the knob named, a diverged run’s MSE empty', () => {
    const row = (index: number, method: FinalResult['method'], value: number, testMse: number): FinalResult => ({
      index,
      stage: 'final',
      method,
      value,
      seed: 7,
      n: 24,
      steps: method === 'early-stopping' ? value : 3000,
      trainMse: 0.01,
      testMse,
    });
    const csv = comparisonCsv([row(2, 'l2', 0.001, Number.NaN), row(1, 'early-stopping', 800, 0.25), row(0, 'none', 3000, 0.4)]);
    expect(csv.split('\n')).toEqual([
      COMPARISON_CSV_HEADER,
      'none,7,none,,3000,24,0.01,0.4',
      'early-stopping,7,steps,800,800,24,0.01,0.25',
      'l2,7,l2,0.001,3000,24,0.01,',
      '',
    ]);
  });
});
