/**
 * Copies the computed styles that decide how an SVG looks into presentation
 * attributes of a deep clone, so the clone renders the same without the
 * page's style sheets (the panels style their marks with CSS classes).
 */

/** Inherited properties: written only where they differ from the parent, to keep files small. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'paint-order',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
] as const;

/** Attributes that only make sense inside the page (styling hooks, focus order, references to page ids). */
const PAGE_ONLY = ['class', 'style', 'tabindex', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'aria-pressed', 'aria-current'];

const TRANSPARENT = new Set(['transparent', 'rgba(0, 0, 0, 0)']);

/** A computed value as an SVG attribute: plain numbers instead of px, "none" for a transparent paint. */
export function attributeValue(property: string, computed: string): string {
  const value = computed.trim();
  if ((property === 'fill' || property === 'stroke') && TRANSPARENT.has(value)) return 'none';
  if (property === 'font-family') return value;
  return value.replace(/(\d)px\b/g, '$1');
}

type Values = Record<string, string>;

/** Writes the computed styles of `source` and its descendants onto `clone` (a deep clone of it) and drops what does not render. */
export function inlineComputedStyles(source: Element, clone: Element): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  if (sources.length !== clones.length) throw new Error('The clone does not match its source.');
  const seen = new Map<Element, Values>();
  const undisplayed: Element[] = [];
  sources.forEach((element, i) => {
    const target = clones[i];
    const computed = getComputedStyle(element);
    const parent = element === source || element.parentElement === null ? undefined : seen.get(element.parentElement);
    const values: Values = {};
    for (const property of INHERITED) {
      const value = attributeValue(property, computed.getPropertyValue(property));
      values[property] = value;
      if (value === '' || (parent !== undefined && parent[property] === value)) target.removeAttribute(property);
      else target.setAttribute(property, value);
    }
    seen.set(element, values);
    const opacity = computed.getPropertyValue('opacity').trim();
    if (opacity === '' || opacity === '1') target.removeAttribute('opacity');
    else target.setAttribute('opacity', opacity);
    if (computed.getPropertyValue('display') === 'none') undisplayed.push(target);
    else target.removeAttribute('display');
    for (const name of PAGE_ONLY) target.removeAttribute(name);
  });
  for (const element of undisplayed) element.remove();
}
