import { describe, expect, it } from 'vitest';
import { typeset, dropoutOn, equalsText, evaluate, formatFigure, formatRatio, invertedFactor, layersDiffer } from './numbers';

describe('lesson numbers', () => {
  it('formats p and keep without float noise', () => {});

  it('gives losses two significant digits, a dash when not finite', () => {
    expect(formatFigure(0.01234)).toBe('0.012');
    expect(formatFigure(0.1912)).toBe('0.19');
    expect(formatFigure(1.26)).toBe('1.3');
    expect(formatFigure(0)).toBe('0');
    expect(formatFigure(0.0000123)).toBe('1.2e−5');
    expect(formatFigure(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatFigure(Number.NaN)).toBe('—');
  });

  it('rounds ratios to a whole number from 10 up, one decimal below', () => {
    expect(formatRatio(15.8)).toBe('16');
    expect(formatRatio(1.94)).toBe('1.9');
    expect(formatRatio(2)).toBe('2');
  });

  it('says "=" for exact factors and "≈" for rounded ones', () => {
    expect(invertedFactor(0.5)).toBe(2);
    expect(equalsText(invertedFactor(0.5))).toBe('= 2');
    expect(equalsText(invertedFactor(0.2))).toBe('= 1.25');
    expect(equalsText(invertedFactor(0.3))).toBe('≈ 1.43');
    expect(evaluate(invertedFactor(0.9))).toEqual({ text: '10', exact: true });
    expect(invertedFactor(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('tells uniform from per-layer dropout, and off from on', () => {
    expect(layersDiffer([0.5, 0.5])).toBe(false);
    expect(layersDiffer([0.5, 0.2])).toBe(true);
    expect(layersDiffer([])).toBe(false);
    expect(dropoutOn([0, 0])).toBe(false);
    expect(dropoutOn([0, 0.1])).toBe(true);
  });

  it('keeps short expressions on one line when typeset', () => {
    expect(typeset('keep = 1 − p = 0.5, so × 2')).toBe('keep\u00a0=\u00a01\u00a0−\u00a0p\u00a0=\u00a00.5, so\u00a0×\u00a02');
    expect(typeset('no math here')).toBe('no math here');
  });
});
