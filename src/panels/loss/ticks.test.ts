import { ticksThatFit, MAX_TICKS, formatGap, formatMseTick, formatValue, formatStep, linearTicks, logTicks, stepTicks } from './ticks';
import { describe, expect, it } from 'vitest';

describe('formatStep', () => {
  it('writes thousands and millions compactly', () => {
    expect(formatStep(0)).toBe('0');
    expect(formatStep(500)).toBe('500');
    expect(formatStep(1000)).toBe('1k');
    expect(formatStep(2500)).toBe('2.5k');
    expect(formatStep(10000)).toBe('10k');
    expect(formatStep(1_250_000)).toBe('1.25M');
  });

  it('never prints NaN', () => {
    expect(formatStep(Number.NaN)).toBe('—');
  });
});

describe('formatMseTick', () => {
  it('prints decimals without float noise', () => {
    expect(formatMseTick(0.1 + 0.2)).toBe('0.3');
    expect(formatMseTick(0.01)).toBe('0.01');
    expect(formatMseTick(1)).toBe('1');
    expect(formatMseTick(0)).toBe('0');
  });

  it('uses exponents for tiny and huge values', () => {
    expect(formatMseTick(0.0001)).toBe('1e-4');
    expect(formatMseTick(0.00015)).toBe('1.5e-4');
    expect(formatMseTick(2e6)).toBe('2e6');
  });
});

describe('formatGap', () => {
  it('shows three decimals and a true minus sign', () => {
    expect(formatGap(0.14237)).toBe('0.142');
    expect(formatGap(-0.0131)).toBe('\u22120.013');
    expect(formatGap(Infinity)).toBe('—');
  });

  it('keeps blown-up values short', () => {
    expect(formatGap(2668434479.354)).toBe('2.7e9');
  });
});

describe('formatValue', () => {
  it('gives four decimals, exponents at the extremes, a dash for non-finite', () => {
    expect(formatValue(0.12345)).toBe('0.1235');
    expect(formatValue(0.00002)).toBe('2.00e-5');
    expect(formatValue(211556765075.25)).toBe('2.12e11');
    expect(formatValue(Number.NaN)).toBe('—');
    expect(formatValue(-Infinity)).toBe('—');
  });
});

describe('ticks', () => {
  it('step ticks are integers inside the domain', () => {
    const t = stepTicks([0, 3], 10);
    expect(t).toEqual([0, 1, 2, 3]);
    expect(stepTicks([0, 12345], 5).every((v) => v % 1000 === 0)).toBe(true);
  });

  it('log ticks are the decades of a wide domain', () => {
    expect(logTicks([0.001, 10], 10)).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });

  it('log ticks thin out when there are too many decades', () => {
    const t = logTicks([1e-5, 1e5], 4);
    expect(t.length).toBeLessThanOrEqual(4);
    expect(t).toContain(1e5);
  });

  it('a narrow log domain also gets 2 and 5 ticks', () => {
    expect(logTicks([0.01, 0.5], 10)).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5]);
  });

  it('falls back to 1-3 multiples when 1-2-5 would crowd the axis', () => {
    expect(logTicks([0.02, 2], 6)).toEqual([0.03, 0.1, 0.3, 1]);
  });

  it('an invalid log domain has no ticks', () => {
    expect(logTicks([0, 1], 5)).toEqual([]);
  });

  it('linear ticks are nice numbers', () => {
    expect(linearTicks([0, 0.5], 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });
});

describe('ticks that fit the label slots', () => {
  it('label the axis to its end: never more ticks than slots, however wide the chart and long the run', () => {
    for (const end of [9_999, 26_000, 35_700, 123_456, 1_000_000]) {
      for (const width of [300, 800, 1400, 2400]) {
        const count = Math.max(2, Math.floor(width / 75));
        const ticks = ticksThatFit(count, (c) => stepTicks([0, end], c));
        expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
        // The last tick is within one tick step of the end of the data.
        const stepSize = ticks[1] - ticks[0];
        expect(end - ticks[ticks.length - 1]).toBeLessThan(stepSize);
      }
    }
  });
});
