import { describe, expect, it } from 'vitest';
import { formatKeep, formatP, formatPFixed, formatPList } from './p-format';

describe('p and keep as text', () => {
  it('writes at most two decimals without float noise', () => {
    expect(formatP(0.5)).toBe('0.5');
    expect(formatP(0.25)).toBe('0.25');
    expect(formatP(0.1 + 0.2)).toBe('0.3');
    expect(formatP(0)).toBe('0');
    expect(formatP(-0)).toBe('0');
    expect(formatP(Number.NaN)).toBe('—');
  });

  it('keep is 1 − p', () => {
    expect(formatKeep(0.7)).toBe('0.3');
    expect(formatKeep(0.1)).toBe('0.9');
    expect(formatKeep(0)).toBe('1');
  });

  it('fixed form keeps two decimals', () => {
    expect(formatPFixed(0.5)).toBe('0.50');
    expect(formatPFixed(0.05)).toBe('0.05');
  });

  it('a list collapses to one value only when every layer agrees', () => {
    expect(formatPList([0.5, 0.5])).toBe('0.5');
    expect(formatPList([0.2, 0.5])).toBe('0.2, 0.5');
    expect(formatPList([0, 0.5])).toBe('0.5 in layer 2');
    expect(formatPList([0, 0.3, 0.3])).toBe('0.3 in layers 2–3');
    expect(formatPList([0, 0.3, 0.5])).toBe('0, 0.3, 0.5');
    expect(formatPList([0.5, 0])).toBe('0.5, 0');
    expect(formatPList([])).toBe('0');
  });
});
