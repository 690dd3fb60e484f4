import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './chart-style';

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('0.0025', 20)).toBeGreaterThan(estimateTextWidth('0.0025', 12));
    expect(estimateTextWidth('10.5k', 12)).toBeGreaterThan(estimateTextWidth('1k', 12));
  });
});
