import { describe, expect, it } from 'vitest';
import { columnLabelLines, diagramCaption, dropLabel, dropoutSummary, figureTitleLines, keepFrequencyText, neuronLabel, textWidth } from './labels';

describe('labels', () => {
  it('shows p as the drop probability with keep = 1 − p, without float noise', () => {
    expect(dropLabel(0.5)).toBe('p = 0.5 (keep 0.5)');
    expect(dropLabel(0.7)).toBe('p = 0.7 (keep 0.3)');
    expect(dropLabel(0)).toBe('p = 0 (keep 1)');
  });

  it('fits column labels to the room, splitting p and keep when narrow', () => {
    const sizes = [1, 64, 32, 1];
    expect(columnLabelLines(0, sizes, [0.5, 0.2], 200, 11)).toEqual(['input x']);
    expect(columnLabelLines(3, sizes, [0.5, 0.2], 200, 11, true)).toEqual(['ŷ']);
    expect(columnLabelLines(2, sizes, [0.5, 0.2], 200, 11)).toEqual(['hidden 2 (32)', 'p = 0.2 (keep 0.8)']);
    expect(columnLabelLines(1, sizes, [0.5, 0.2], 60, 11)).toEqual(['hidden 1', 'p = 0.5', 'keep 0.5']);
    expect(columnLabelLines(1, sizes, [0.5, 0.2], 60, 10, true, 'bare')).toEqual(['p = 0.5', 'keep 0.5']);
  });

  it('titles the compare figures like the classic dropout figure', () => {
    expect(figureTitleLines('A', [0, 0], 400, 12)).toEqual(['(a) Standard network (run A, no dropout)']);
    expect(figureTitleLines('B', [0.5, 0.5], 400, 12)).toEqual(['(b) After applying dropout (run B, p = 0.5)']);
    expect(figureTitleLines('B', [0.5, 0.2], 180, 12)).toEqual(['(b) After applying dropout', '(run B, p = 0.5, 0.2)']);
    // Narrower still (presenter type in half a panel): the words wrap, every line within the room.
    const wrapped = figureTitleLines('B', [0, 0.5], 200, 20);
    expect(wrapped.join(' ')).toBe('(b) After applying dropout (run B, p = 0, 0.5)');
    expect(wrapped.length).toBeGreaterThan(2);
    for (const line of wrapped) expect(textWidth(line, 20)).toBeLessThanOrEqual(200);
    expect(dropoutSummary([])).toBe('0');
  });

  it('names neurons for assistive technology, numbering hidden neurons from 1', () => {
    expect(neuronLabel(0, 0, 4, 'kept', null)).toBe('input');
    expect(neuronLabel(3, 0, 4, 'kept', null)).toBe('output');
    expect(neuronLabel(2, 4, 4, 'dropped', null)).toBe('hidden layer 2, neuron 5, dropped');
    expect(neuronLabel(1, 0, 4, 'kept', 'A')).toBe('hidden layer 1, neuron 1, kept (run A)');
  });

  it('compares the observed keep frequency with 1 − p', () => {
    expect(keepFrequencyText(0.4971, 0.5)).toBe('kept 49.7% of the time (expected 50%)');
    expect(keepFrequencyText(Number.NaN, 0.2)).toBe('kept — of the time (expected 80%)');
  });

  it('captions the view and the scaling variant', () => {
    expect(diagramCaption('train', 'inverted', [0.5])).toMatch(
      /^Training: each hidden neuron is dropped with probability p, independently for every example and step \(X = dropped\)\./,
    );
    expect(diagramCaption('train', 'classic', [0.5])).toMatch(/no rescaling while training/);
    expect(diagramCaption('train', 'inverted', [0, 0])).toMatch(/without dropout/);
    expect(diagramCaption('test', 'inverted', [0.5])).toBe(
      'Test time: every neuron is active (inverted dropout needs no rescaling here; classic multiplies by 1 − p).',
    );
    expect(diagramCaption('test', 'classic', [0.5])).toMatch(/classic dropout multiplies each hidden output by 1 − p/);
  });

  it('does not call run B "after applying dropout" when its p is 0', () => {
    const [line] = figureTitleLines('B', [0, 0], 10_000, 12);
    expect(line).not.toContain('After applying dropout');
    expect(line).toContain('p = 0');
    expect(figureTitleLines('B', [0.5, 0.5], 10_000, 12)[0]).toContain('After applying dropout');
  });
});

describe('diagramCaption for the other schemes', () => {
  it('says what Gaussian dropout and DropConnect show, not X marks; p = 0 still says dropout is off', () => {
    expect(diagramCaption('train', 'inverted', [0, 0.5], 'gaussian')).toMatch(/Gaussian dropout/);
    expect(diagramCaption('train', 'classic', [0, 0.5], 'dropconnect')).toMatch(/weights .* dropped.*no neuron is dropped/);
    expect(diagramCaption('test', 'classic', [0, 0.5], 'dropconnect')).toMatch(/^Test time: no noise/);
    expect(diagramCaption('train', 'inverted', [0, 0], 'gaussian')).toBe(diagramCaption('train', 'inverted', [0, 0]));
  });
});
