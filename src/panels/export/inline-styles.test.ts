import { describe, expect, it } from 'vitest';
import { attributeValue } from './inline-styles';
import { pngScale } from './raster';

describe('attributeValue', () => {
  it('writes lengths as plain numbers', () => {
    expect(attributeValue('stroke-width', '1.25px')).toBe('1.25');
    expect(attributeValue('stroke-dasharray', '2px, 1.5px')).toBe('2, 1.5');
    expect(attributeValue('font-size', '12px')).toBe('12');
  });

  it('turns a transparent paint into none', () => {
    expect(attributeValue('fill', 'rgba(0, 0, 0, 0)')).toBe('none');
    expect(attributeValue('stroke', 'transparent')).toBe('none');
    expect(attributeValue('fill', 'rgb(0, 114, 178)')).toBe('rgb(0, 114, 178)');
  });

  it('leaves font families alone', () => {
    expect(attributeValue('font-family', 'system-ui, "Segoe UI", sans-serif')).toBe('system-ui, "Segoe UI", sans-serif');
  });
});

describe('pngScale', () => {
  it('is at least 2×, more on denser screens', () => {
    expect(pngScale(1, 500, 300)).toBe(2);
    expect(pngScale(3, 500, 300)).toBe(3);
    expect(pngScale(Number.NaN, 500, 300)).toBe(2);
  });

  it('keeps the canvas within what browsers can draw', () => {
    expect(pngScale(2, 6000, 300) * 6000).toBeLessThanOrEqual(8192);
  });
});
