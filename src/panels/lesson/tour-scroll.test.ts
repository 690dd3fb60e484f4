import { describe, expect, it } from 'vitest';
import { scrollTarget } from './tour-scroll';

const base = { scrollY: 1200, viewportHeight: 740, pageHeight: 3000, card: { top: 8, bottom: 308 } };

describe('bringing a panel into view', () => {
  it('does nothing when the page does not scroll (the projector layout)', () => {
    expect(scrollTarget({ ...base, panelTop: 300, pageHeight: 720, viewportHeight: 720 })).toBeNull();
  });

  it('puts the panel just below a card at the top of the screen', () => {
    // The panel is 500 px above the viewport's top; it should land at 308 + 8.
    expect(scrollTarget({ ...base, panelTop: -500 })).toBe(1200 - 500 - 316);
  });

  it('puts the panel at the top when the card sits at the bottom', () => {
    expect(scrollTarget({ ...base, panelTop: 500, card: { top: 400, bottom: 720 } })).toBe(1200 + 500 - 8);
  });

  it('stays within the page and skips tiny moves', () => {
    expect(scrollTarget({ ...base, panelTop: -5000 })).toBe(0);
    expect(scrollTarget({ ...base, panelTop: 5000 })).toBe(3000 - 740);
    expect(scrollTarget({ ...base, panelTop: 317 })).toBeNull();
  });
});
