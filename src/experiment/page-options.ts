/** The panels a page (or an embed) can show. */
export const PANEL_NAMES = ['fit', 'network', 'loss', 'controls', 'lesson', 'sweep'] as const;
export type PanelName = (typeof PANEL_NAMES)[number];
export const DEFAULT_PANELS: readonly PanelName[] = ['fit', 'network', 'loss', 'controls'];

/** Control groups a lesson link can hide (`hide=`). */
export const CONTROL_NAMES = ['playback', 'speed', 'presets', 'dropout', 'compare', 'variant', 'data', 'network', 'training', 'export', 'presenter'] as const;

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
}
