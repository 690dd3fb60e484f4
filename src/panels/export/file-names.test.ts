import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-names';

describe('exportFileName', () => {
  it('names the panel and the step', () => {
    expect(exportFileName('fit', 1234, 'png')).toBe('dropout-lab-fit-step-1234.png');
    expect(exportFileName('run', 0, 'json')).toBe('dropout-lab-run-step-0.json');
  });

  it('never puts a fraction, a sign or NaN in a file name', () => {
    expect(exportFileName('loss', 12.7, 'csv')).toBe('dropout-lab-loss-step-12.csv');
    expect(exportFileName('loss', -3, 'csv')).toBe('dropout-lab-loss-step-0.csv');
    expect(exportFileName('network', Number.NaN, 'svg')).toBe('dropout-lab-network-step-0.svg');
  });
});
