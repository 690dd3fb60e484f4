import { describe, expect, it } from 'vitest';
import { dropoutLabel, formatValue, hasDropout, neuronLabel } from './labels';

describe('dropoutLabel', () => {
  it('shows one value when every layer agrees, else each layer', () => {
    expect(dropoutLabel([0.5, 0.5])).toBe('p = 0.5');
    expect(dropoutLabel([0.2, 0.5])).toBe('p = 0.2, 0.5');
    expect(dropoutLabel([0.123])).toBe('p = 0.12');
    expect(dropoutLabel([])).toBe('p = 0');
  });
});

describe('hasDropout', () => {
  it('is true when any layer drops', () => {
    expect(hasDropout([0, 0])).toBe(false);
    expect(hasDropout([0, 0.1])).toBe(true);
  });
});

describe('neuronLabel and formatValue', () => {
  it('numbers neurons from 1 on screen', () => {
    expect(neuronLabel({ run: 'B', layer: 2, index: 4 })).toBe('neuron 2:5');
  });

  it('uses a real minus sign and a dash for non-finite values', () => {
    expect(formatValue(-0.5)).toBe('−0.50');
    expect(formatValue(Number.NaN)).toBe('—');
  });
});
