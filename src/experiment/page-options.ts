/** The panels a page (or an embed) can show. */
export const PANEL_NAMES = ['fit', 'network', 'loss', 'controls', 'lesson', 'sweep'] as const;
export type PanelName = (typeof PANEL_NAMES)[number];
export const DEFAULT_PANELS: readonly PanelName[] = ['fit', 'network', 'loss', 'controls'];

/**
 * The iframe height an embed of these panels needs at 400–700 px wide (the
 * lab fills a taller frame): 600 for one or two charts, as measured end to
 * end, and about 270 more for each panel stacked below them.
 */
export function embedHeight(panelCount: number): number {
  return 600 + 270 * Math.max(0, panelCount - 2);
}

/** Control groups a lesson link can hide (`hide=`). */
export const CONTROL_NAMES = [
  'playback',
  'speed',
  'presets',
  'dropout',
  'compare',
  'variant',
  'scheme',
  'data',
  'network',
  'training',
  'export',
  'presenter',
] as const;

/** How the page itself is laid out; set by the link (and partly by the embed API). */
export interface PageLayout {
  embed: boolean;
  panels: PanelName[];
  autoplay: boolean;
  presenter: boolean;
  /** Show notices on the page (off by default in an embed: its host hears them as warnings). */
  notices: boolean;
  /** Controls a lesson hides, as safe identifiers. */
  hide: string[];
  /** The only origin the embed API listens to; null when absent, 'invalid' when unusable (fail closed). */
  origin: string | null;
  /** The fit panel shows its ensemble view (the scaling rule against averages of thinned networks) instead of the fit. */
  ensemble: boolean;
}
