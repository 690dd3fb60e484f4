import { formatCount } from '../kit/format';
import { palette } from '../kit/palette';
import type { ExportPanel } from './file-names';
import { inlineComputedStyles } from './inline-styles';
import { legendFooter } from './legend-footer';
import { writeVectorMarks } from '../kit/vector-export';
import { STRINGS } from '../kit/strings';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const HEADING = 26;
const PAD_BOTTOM = 6;

/** Where each panel keeps the legend that explains its marks (HTML, outside the SVG). */
const LEGENDS: Record<ExportPanel, string> = {
  fit: '[aria-label="Legend"]',
  network: '.nn-caption',
  loss: '[aria-label="Legend"]',
};

/** Sentences of an on-screen description that only make sense on the page (how to use keys or the pointer). */
const INTERACTION = /\b(arrow keys?|tab to|click|tap|press)\b/i;

/**
 * The sentences of a text: split after `.`, `!` or `?` followed by white space.
 * (A loop, not a lookbehind regex: Safari before 16.4 cannot parse lookbehind.)
 */
function sentences(text: string): string[] {
  const out: string[] = [];
  const boundary = /[.!?]\s+/g;
  let start = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    out.push(text.slice(start, match.index + 1));
    start = match.index + match[0].length;
  }
  out.push(text.slice(start));
  return out;
}

/** The chart's on-screen description without its instructions for interacting, for the file's <desc>. */
export function figureDescription(label: string | null): string {
  if (label === null) return '';
  return sentences(label)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !INTERACTION.test(s))
    .join(' ');
}

/** A user-facing reason an export could not be made. */
export class ExportError extends Error {
  override name = 'ExportError';
}

export interface PanelSvg {
  /** A standalone SVG document. */
  text: string;
  width: number;
  height: number;
}

/** The panel's chart: the SVG in its plot area, or else its largest SVG (legend swatches are SVGs too). */
function findChart(panel: Element): SVGSVGElement | null {
  const plot = panel.querySelector('.plot > svg');
  if (plot instanceof SVGSVGElement) return plot;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of panel.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width * box.height > bestArea) {
      best = svg;
      bestArea = box.width * box.height;
    }
  }
  return best;
}

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * A standalone SVG document of a panel as it is on screen: a styled clone of
 * its chart under a heading (panel and step), over a white background, with
 * the panel's legend redrawn below it.
 */
export function panelSvg(id: ExportPanel, step: number): PanelSvg {
  const panel = document.querySelector(`[data-panel="${id}"]`);
  const source = panel === null ? null : findChart(panel);
  if (panel === null || source === null) throw new ExportError(STRINGS.export.panelMissing(id));
  const box = source.getBoundingClientRect();
  const width = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  if (width < 1 || chartHeight < 1) throw new ExportError(STRINGS.export.panelHidden(id));

  const copy = source.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new ExportError(STRINGS.export.copyFailed);
  inlineComputedStyles(source, copy);
  // Marks drawn on a canvas on screen (the network's edges), as vector paths from the chart's data.
  writeVectorMarks(source, copy);
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(HEADING));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(chartHeight));

  const panelTitle = panel.querySelector('h2')?.textContent?.trim() || id;
  const fontFamily = getComputedStyle(panel).fontFamily;
  const legend = legendFooter(panel.querySelector(LEGENDS[id]), width, fontFamily);
  const height = HEADING + chartHeight + (legend === null ? 0 : legend.height) + PAD_BOTTOM;

  const root = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'font-family': fontFamily });
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  const title = svgElement('title', {});
  title.textContent = STRINGS.export.figureTitle(panelTitle, formatCount(step));
  root.append(title);
  const description = figureDescription(source.getAttribute('aria-label'));
  if (description) {
    const desc = svgElement('desc', {});
    desc.textContent = description;
    root.append(desc);
  }
  root.append(svgElement('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  const heading = svgElement('text', { x: 10, y: 18, 'font-size': 14, 'font-weight': 600, fill: palette.ink });
  heading.textContent = STRINGS.export.figureHeading(panelTitle, formatCount(step));
  const credit = svgElement('text', { x: width - 10, y: 18, 'font-size': 11, fill: palette.muted, 'text-anchor': 'end' });
  credit.textContent = STRINGS.export.credit;
  root.append(heading, credit, copy);
  if (legend !== null) {
    legend.group.setAttribute('transform', `translate(0,${HEADING + chartHeight})`);
    root.append(legend.group);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { text, width, height };
}
