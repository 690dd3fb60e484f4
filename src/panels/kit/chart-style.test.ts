import { describe, expect, it } from 'vitest';
import { estimateTextWidth, pxValue } from './chart-style';

describe('pxValue', () => {
  it('reads a custom property in px', () => {
    expect(pxValue('20px', 12)).toBe(20);
    expect(pxValue(' 3.5px', 2)).toBe(3.5);
    expect(pxValue('14', 12)).toBe(14);
  });

  it('falls back on anything that is not a positive length in px', () => {
    for (const raw of ['', null, undefined, 'large', '1.2rem', '-3px', '0px', 'calc(2px)']) expect(pxValue(raw, 12)).toBe(12);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('0.0025', 20)).toBeGreaterThan(estimateTextWidth('0.0025', 12));
    expect(estimateTextWidth('10.5k', 12)).toBeGreaterThan(estimateTextWidth('1k', 12));
  });
});
