import { describe, expect, it } from 'vitest';
import { NORMAL_CHART_SIZES, readChartSizes, strokeScale } from './chart-sizes';

const style = (values: Record<string, string>) => ({ getPropertyValue: (name: string) => values[name] ?? '' });

describe('chart sizes', () => {
  it('reads the custom properties in px', () => {
    expect(readChartSizes(style({ '--chart-text': ' 20px', '--chart-stroke': '3px' }))).toEqual({ text: 20, stroke: 3 });
  });

  it('falls back to the normal sizes where a property is unset or unusable', () => {
    expect(readChartSizes(style({}))).toEqual(NORMAL_CHART_SIZES);
    expect(readChartSizes(style({ '--chart-text': 'large', '--chart-stroke': '-1px' }))).toEqual(NORMAL_CHART_SIZES);
  });

  it('scales curves relative to the normal width', () => {
    expect(strokeScale(NORMAL_CHART_SIZES)).toBe(1);
    expect(strokeScale({ text: 20, stroke: 3 })).toBe(1.5);
  });
});
