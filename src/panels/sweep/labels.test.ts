import { describe, expect, it } from 'vitest';
import { formatDuration, formatTimeLeft, planText, progressText, verdictText } from './labels';

describe('sweep labels', () => {
  it('time left: whole seconds (so it counts down second by second), then minutes; nothing without an estimate', () => {
    expect(formatTimeLeft(null)).toBeNull();
    expect(formatTimeLeft(Number.NaN)).toBeNull();
    expect(formatTimeLeft(800)).toBe('about 1 s left');
    expect(formatTimeLeft(7_400)).toBe('about 7 s left');
    expect(formatTimeLeft(21_000)).toBe('about 21 s left');
    expect(formatTimeLeft(12_400)).not.toBe(formatTimeLeft(11_400));
    expect(formatTimeLeft(59_000)).toBe('about 59 s left');
    expect(formatTimeLeft(90_000)).toBe('about 1.5 min left');
    expect(formatTimeLeft(125_000)).toBe('about 2 min left');
    expect(formatTimeLeft(40 * 60_000)).toBe('about 40 min left');
  });

  it('progress reads "12 of 45 runs · about 20 s left"', () => {
    expect(progressText(12, 45, 20_000)).toBe('12 of 45 runs · about 20 s left');
    expect(progressText(0, 1, null)).toBe('0 of 1 run · estimating time left…');
  });

  it('durations and plans', () => {
    expect(formatDuration(9_140)).toBe('9.1 s');
    expect(formatDuration(92_000)).toBe('1 min 32 s');
    expect(planText({ kind: 'p', values: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], series: [], steps: 2000, seeds: 5 })).toBe(
      '9 values of p × 5 seeds = 45 runs of 2,000 steps',
    );
    expect(planText({ kind: 'n', values: [8, 16, 32, 64, 128, 256], series: [0, 0.5], steps: 200, seeds: 1 })).toBe(
      '6 values of N × p = 0 and p = 0.5 × 1 seed = 12 runs of 200 steps',
    );
  });

  it('says where dropout helps and where it does not', () => {
    expect(verdictText([], 0.5)).toBeNull();
    expect(
      verdictText(
        [
          { n: 8, difference: -0.1 },
          { n: 256, difference: 0.001 },
        ],
        0.5,
      ),
    ).toBe('Dropout (p = 0.5) lowers the mean test MSE at N = 8, not at N = 256.');
    expect(verdictText([{ n: 8, difference: -0.1 }], 0.3)).toBe('Dropout (p = 0.3) lowers the mean test MSE at every N so far (8).');
  });
});
