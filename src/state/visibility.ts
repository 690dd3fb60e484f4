/**
 * Reports whether training should rest: the tab is hidden, or the element
 * (an embed's root) is scrolled out of view. A course page with five embeds
 * must not burn five cores.
 */
export function watchVisibility(element: Element, onChange: (hidden: boolean) => void, minVisibleFraction = 0): () => void {
  let tabHidden = document.visibilityState === 'hidden';
  let offscreen = false;
  const emit = () => onChange(tabHidden || offscreen);
  const onVisibility = () => {
    tabHidden = document.visibilityState === 'hidden';
    emit();
  };
  document.addEventListener('visibilitychange', onVisibility);
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver(
          (entries) => {
            const latest = entries[entries.length - 1];
            if (!latest) return;
            offscreen = !latest.isIntersecting || latest.intersectionRatio < minVisibleFraction;
            emit();
          },
          { threshold: [0, minVisibleFraction] },
        );
  observer?.observe(element);
  emit();
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    observer?.disconnect();
  };
}
