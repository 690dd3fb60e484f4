/**
 * DOM nodes the loss chart writes to every frame, registered by key through
 * callback refs (the number of nodes depends on the mode, so one map beats
 * dozens of separate refs). Helpers set attributes without re-rendering React.
 */
export type Registry = Map<string, Element>;

/** A callback ref that files the element under `key` (and removes it on unmount). */
export function bind(registry: Registry, key: string): (element: Element | null) => void {
  return (element) => {
    if (element === null) registry.delete(key);
    else registry.set(key, element);
  };
}

export function setAttrs(element: Element | undefined, values: Record<string, string | number>): void {
  if (element === undefined) return;
  for (const name in values) {
    const value = String(values[name]);
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

/**
 * Shows or hides an element (visibility keeps its layout, so nothing reflows).
 * A shown SVG node inherits, so hiding a group still hides everything in it.
 */
export function setVisible(element: Element | undefined, visible: boolean): void {
  if (element === undefined) return;
  if (element instanceof HTMLElement) element.style.visibility = visible ? 'visible' : 'hidden';
  else setAttrs(element, { visibility: visible ? 'inherit' : 'hidden' });
}

export function setText(element: Element | undefined, text: string): void {
  if (element !== undefined && element.textContent !== text) element.textContent = text;
}
