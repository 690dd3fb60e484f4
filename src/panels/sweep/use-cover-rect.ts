import { type CSSProperties, useLayoutEffect, useState } from 'react';

/** From this width the page lays out side by side and does not scroll (see styles.css). */
const WIDE = '(min-width: 1100px)';

/**
 * Where an overlay must sit to cover exactly the element `selector` names (the
 * three panels), kept up to date on resize; an empty style (the stylesheet's
 * full-screen default) on a narrow screen or when there is no such element.
 */
export function useCoverRect(selector: string, active: boolean): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({});
  useLayoutEffect(() => {
    if (!active) return;
    const measure = () => {
      const target = document.querySelector(selector);
      if (target === null || !window.matchMedia(WIDE).matches) {
        setStyle({});
        return;
      }
      const r = target.getBoundingClientRect();
      setStyle({ top: r.top, left: r.left, width: r.width, height: r.height, right: 'auto', bottom: 'auto' });
    };
    measure();
    const target = document.querySelector(selector);
    const observer = typeof ResizeObserver === 'undefined' || target === null ? null : new ResizeObserver(measure);
    if (observer !== null && target !== null) observer.observe(target);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [selector, active]);
  return style;
}
