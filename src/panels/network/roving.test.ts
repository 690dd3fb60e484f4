import { describe, expect, it } from 'vitest';
import { clampPosition, moveFocus } from './roving';

describe('moveFocus', () => {
  // Input, hidden columns drawing 5 and 3 neurons, output.
  const shown = [1, 5, 3, 1];

  it('walks a column with Up/Down and stops at its ends', () => {
    expect(moveFocus(shown, { layer: 1, index: 2 }, 'ArrowDown')).toEqual({ layer: 1, index: 3 });
    expect(moveFocus(shown, { layer: 1, index: 4 }, 'ArrowDown')).toEqual({ layer: 1, index: 4 });
    expect(moveFocus(shown, { layer: 1, index: 0 }, 'ArrowUp')).toEqual({ layer: 1, index: 0 });
    expect(moveFocus(shown, { layer: 1, index: 2 }, 'End')).toEqual({ layer: 1, index: 4 });
    expect(moveFocus(shown, { layer: 1, index: 2 }, 'Home')).toEqual({ layer: 1, index: 0 });
  });

  it('moves between hidden layers only, clamping the index to the new column', () => {
    expect(moveFocus(shown, { layer: 1, index: 4 }, 'ArrowRight')).toEqual({ layer: 2, index: 2 });
    expect(moveFocus(shown, { layer: 2, index: 1 }, 'ArrowRight')).toEqual({ layer: 2, index: 1 });
    expect(moveFocus(shown, { layer: 1, index: 1 }, 'ArrowLeft')).toEqual({ layer: 1, index: 1 });
  });

  it('ignores other keys and networks without hidden layers', () => {
    expect(moveFocus(shown, { layer: 1, index: 1 }, 'a')).toBeNull();
    expect(moveFocus([1, 1], { layer: 1, index: 0 }, 'ArrowDown')).toBeNull();
  });

  it('keeps a remembered position valid after the network shrinks', () => {
    expect(clampPosition([1, 4, 1], { layer: 3, index: 10 })).toEqual({ layer: 1, index: 3 });
  });
});
