import { describe, expect, it } from 'vitest';
import { formatCount, formatLoss } from './format';

describe('readout formatting', () => {
  it('shows losses with four decimals, tiny and huge ones in exponent form', () => {
    expect(formatLoss(0.12345)).toBe('0.1235');
    expect(formatLoss(0)).toBe('0.0000');
    expect(formatLoss(0.00004)).toBe('4.0e-5');
    expect(formatLoss(211556765075.2549)).toBe('2.1e+11');
  });

  it('never prints NaN or Infinity', () => {
    expect(formatLoss(Number.NaN)).toBe('—');
    expect(formatLoss(Infinity)).toBe('—');
    expect(formatCount(Number.NaN)).toBe('—');
  });

  it('groups thousands in counts', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});
