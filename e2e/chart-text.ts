/** Measures the text of a chart panel in the page: sizes, clipping and overlaps (shared by the e2e specs). */
import type { Page } from '@playwright/test';

/** What a chart panel shows, as measured in the page. */
export interface PanelText {
  smallest: number;
  clipped: string[];
  overlaps: string[];
  count: number;
}

/** Every visible text of a panel's charts and legends: the smallest font size, texts outside their svg, and texts over one another. */
export async function measurePanel(page: Page, panel: string): Promise<PanelText> {
  return page.locator(`[data-panel="${panel}"]`).evaluate((root) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || (el.textContent ?? '').trim() === '') return false;
      for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden') return false;
      }
      return true;
    };
    const svgTexts = [...root.querySelectorAll('svg text')].filter(visible);
    const legends = [...root.querySelectorAll('.fit-legend li, ul[aria-label] li span, .nn-caption, .loss-gap')].filter(visible);
    const sizes = [...svgTexts, ...legends].map((el) => parseFloat(getComputedStyle(el).fontSize));
    const clipped: string[] = [];
    const overlaps: string[] = [];
    const rects = svgTexts.map((el) => ({ el, r: el.getBoundingClientRect() }));
    for (const { el, r } of rects) {
      const svg = el.closest('svg')?.getBoundingClientRect();
      if (svg && (r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1)) clipped.push(el.textContent ?? '');
    }
    // Boxes of glyphs include the font's line gap: shrink them a little before comparing.
    const inset = (r: DOMRect) => ({ left: r.left + 1, right: r.right - 1, top: r.top + r.height * 0.15, bottom: r.bottom - r.height * 0.15 });
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = inset(rects[i].r);
        const b = inset(rects[j].r);
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          overlaps.push(`${rects[i].el.textContent} × ${rects[j].el.textContent}`);
      }
    }
    return { smallest: Math.min(...sizes), clipped, overlaps, count: sizes.length };
  });
}
