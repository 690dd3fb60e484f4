import { describe, expect, it } from 'vitest';
import { errorOf } from '../model/validation.test-helpers';
import { DATA_LIMITS, validateDataConfig, type DataConfig } from './config';

describe('the data validator', () => {
  it('rejects N = 0 and other bad data settings', () => {
    const data: DataConfig = { dataset: 'sine', n: 16, noise: 0.25, testCount: 200, seed: 1 };
    expect(() => validateDataConfig(data)).not.toThrow();
    const zero = errorOf(() => validateDataConfig({ ...data, n: 0 }));
    expect(zero.field).toBe('n');
    expect(zero.message).toContain(`${DATA_LIMITS.n.min} to ${DATA_LIMITS.n.max}`);
    expect(errorOf(() => validateDataConfig({ ...data, noise: 2 })).field).toBe('noise');
    expect(errorOf(() => validateDataConfig({ ...data, seed: -1 })).field).toBe('seed');
    expect(errorOf(() => validateDataConfig({ ...data, dataset: 'custom', points: [{ x: 0, y: 0 }] })).field).toBe('points');
  });
});
