import { inlineComputedStyles } from './inline-styles';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT_SIZE = 12;
const LINE_HEIGHT = 18;
const PAD_X = 10;
const SPACE = 4;
const ITEM_GAP = 14;

type Token =
  /** `glued`: no space before it (the text ran on from the previous word, e.g. “dropout” + “:”). */
  | { kind: 'word'; text: string; color: string; weight: string; width: number; glued: boolean }
  | { kind: 'svg'; node: SVGSVGElement; width: number; height: number }
  | { kind: 'swatch'; color: string; width: number; height: number }
  | { kind: 'gap' };

interface Collector {
  tokens: Token[];
  measure: (text: string, weight: string) => number;
  /** The last text read ended in white space, so the next word is not glued to it. */
  trailingSpace: boolean;
}

function isTransparent(color: string): boolean {
  return color === '' || color === 'transparent' || color === 'rgba(0, 0, 0, 0)';
}

function pushText(text: string, parent: Element, into: Collector): void {
  const style = getComputedStyle(parent);
  const words = text.split(/\s+/);
  const previous = into.tokens[into.tokens.length - 1];
  words.forEach((word, i) => {
    if (word === '') return;
    const glued = i === 0 && previous?.kind === 'word' && !into.trailingSpace;
    into.tokens.push({ kind: 'word', text: word, color: style.color, weight: style.fontWeight, width: into.measure(word, style.fontWeight), glued });
  });
  into.trailingSpace = /\s$/.test(text);
}

function collect(node: Element, container: Element, into: Collector): void {
  // Adjacent text nodes (React writes `{label}:` as two) are read as one run of text.
  let text = '';
  const flush = () => {
    if (text !== '') pushText(text, node, into);
    text = '';
  };
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      text += child.textContent ?? '';
      continue;
    }
    flush();
    if (!(child instanceof Element)) continue;
    const style = getComputedStyle(child);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = child.getBoundingClientRect();
    if (child instanceof SVGSVGElement) {
      const copy = child.cloneNode(true);
      if (!(copy instanceof SVGSVGElement)) continue;
      inlineComputedStyles(child, copy);
      into.tokens.push({ kind: 'svg', node: copy, width: box.width, height: box.height });
    } else if (child.childNodes.length === 0 && !isTransparent(style.backgroundColor)) {
      into.tokens.push({ kind: 'swatch', color: style.backgroundColor, width: box.width, height: Math.max(2, box.height) });
    } else {
      // Each entry of a legend (a list item, or one of several side by side) stands apart from the next.
      const entry = child.tagName === 'LI' || child.parentElement === container || node.childElementCount >= 2;
      if (entry) into.tokens.push({ kind: 'gap' });
      collect(child, container, into);
      if (entry) into.tokens.push({ kind: 'gap' });
    }
  }
  flush();
}

function textMeasurer(fontFamily: string): (text: string, weight: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, weight) => {
    if (context === null) return text.length * FONT_SIZE * 0.55;
    context.font = `${weight} ${FONT_SIZE}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

/**
 * The panel's HTML legend redrawn as SVG (swatches and words, wrapped to
 * `width`), so an exported figure says what its marks mean. Null when the
 * legend is missing or empty.
 */
export function legendFooter(legend: Element | null, width: number, fontFamily: string): { group: SVGGElement; height: number } | null {
  if (legend === null) return null;
  const collector: Collector = { tokens: [], measure: textMeasurer(fontFamily), trailingSpace: false };
  collect(legend, legend, collector);
  if (!collector.tokens.some((t) => t.kind !== 'gap')) return null;

  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('font-family', fontFamily);
  group.setAttribute('font-size', String(FONT_SIZE));
  group.setAttribute('stroke', 'none');
  let x = PAD_X;
  let line = 0;
  let pendingGap = 0;
  for (const token of collector.tokens) {
    if (token.kind === 'gap') {
      if (x > PAD_X) pendingGap = ITEM_GAP;
      continue;
    }
    const gap = x <= PAD_X ? 0 : pendingGap > 0 ? pendingGap : token.kind === 'word' && token.glued ? 0 : SPACE;
    pendingGap = 0;
    if (x + gap + token.width > width - PAD_X && x > PAD_X) {
      line++;
      x = PAD_X;
    } else {
      x += gap;
    }
    const middle = line * LINE_HEIGHT + LINE_HEIGHT / 2;
    if (token.kind === 'word') {
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', x.toFixed(1));
      text.setAttribute('y', (middle + FONT_SIZE * 0.35).toFixed(1));
      text.setAttribute('fill', token.color);
      if (token.weight !== '400') text.setAttribute('font-weight', token.weight);
      text.textContent = token.text;
      group.append(text);
    } else if (token.kind === 'svg') {
      token.node.setAttribute('x', x.toFixed(1));
      token.node.setAttribute('y', (middle - token.height / 2).toFixed(1));
      token.node.setAttribute('width', String(token.width));
      token.node.setAttribute('height', String(token.height));
      group.append(token.node);
    } else {
      const rect = document.createElementNS(SVG_NS, 'rect');
      rect.setAttribute('x', x.toFixed(1));
      rect.setAttribute('y', (middle - token.height / 2).toFixed(1));
      rect.setAttribute('width', String(token.width));
      rect.setAttribute('height', String(token.height));
      rect.setAttribute('fill', token.color);
      group.append(rect);
    }
    x += token.width;
  }
  return { group, height: (line + 1) * LINE_HEIGHT };
}
