/**
 * Where to scroll the page so that the panel a tour step talks about is in
 * view: only on stacked layouts that scroll, and below the tour card when the
 * card sits at the top of the screen.
 */
export interface ScrollInput {
  /** The panel's top, relative to the viewport. */
  panelTop: number;
  scrollY: number;
  viewportHeight: number;
  /** The whole page's height. */
  pageHeight: number;
  /** The tour card's box, relative to the viewport. */
  card: { top: number; bottom: number };
}

const GAP = 8;

/** The scrollY to go to, or null when the page does not scroll or the panel is already where it should be. */
export function scrollTarget({ panelTop, scrollY, viewportHeight, pageHeight, card }: ScrollInput): number | null {
  if (pageHeight <= viewportHeight + 1) return null;
  const cardOnTop = card.top < viewportHeight / 2;
  const wantedTop = cardOnTop ? card.bottom + GAP : GAP;
  const target = Math.max(0, Math.min(pageHeight - viewportHeight, Math.round(scrollY + panelTop - wantedTop)));
  return Math.abs(target - scrollY) < 2 ? null : target;
}
