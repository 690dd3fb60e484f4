import { describe, expect, it } from 'vitest';
import { figureDescription } from './panel-svg';

describe('figureDescription', () => {
  it('drops the instructions for keys and pointer, keeps the description', () => {
    expect(figureDescription('Network diagram: input, hidden layers of 64, 64 neurons, output. Tab to a hidden neuron, then use the arrow keys.')).toBe(
      'Network diagram: input, hidden layers of 64, 64 neurons, output.',
    );
    expect(
      figureDescription('Loss curves: train and test MSE against training step. Train MSE 0.04 at step 1,234. Arrow keys read values along the curves.'),
    ).toBe('Loss curves: train and test MSE against training step. Train MSE 0.04 at step 1,234.');
    expect(figureDescription(null)).toBe('');
  });

  it('splits after ., ! and ? followed by space only (not inside 0.5), and keeps the last sentence', () => {
    expect(figureDescription('Fit at p = 0.5! Why? Click a point to remove it. The end')).toBe('Fit at p = 0.5! Why? The end');
  });
});
