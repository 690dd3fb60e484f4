/**
 * The embed API's `set`, second half: a state the URL codec has already
 * clamped (applyParams) is applied to the page, changing only what differs,
 * through the same session actions the controls use.
 */
import type { AppStore } from '../state/app-store';
import type { PageLayout } from '../experiment/page-options';
import type { Session } from '../state/session';
import type { SettingsState } from '../experiment/defaults';

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The fields of `after` whose values differ from `before` (only own fields of `after`, a state the codec built). */
function changed<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (!same(before[key], after[key])) out[key] = after[key];
  }
  return out;
}

const isEmpty = (patch: object): boolean => Object.keys(patch).length === 0;

/** The sweep's settings and their setter (the sweep store), where the page has a sweep. */
export interface SweepControl {
  store: { getState(): { settings: SettingsState['sweep'] } };
  setSettings(patch: Partial<SettingsState['sweep']>): void;
}

/** The page fields the embedding page may change (`embed` and `origin` stay as the link set them). */
type SettablePage = Pick<PageLayout, 'panels' | 'autoplay' | 'hide' | 'presenter' | 'notices' | 'ensemble'>;

function settablePage(page: PageLayout): SettablePage {
  return { panels: page.panels, autoplay: page.autoplay, hide: page.hide, presenter: page.presenter, notices: page.notices, ensemble: page.ensemble };
}

/**
 * Applies `next` (from applyParams on the page's current URL state) to the page.
 * Returns true when anything changed.
 */
export function applyUrlState(app: AppStore, session: Session, next: SettingsState, sweep?: SweepControl): boolean {
  const s = app.getState();
  // Custom points stay in the configuration when the data changes (as with the controls), so that switching back keeps them.
  const config = changed(s.config, next.config);
  const playback = changed(s.playback, next.playback);
  const frameOptions = changed(s.frameOptions, next.frameOptions);
  const page = changed(settablePage(s.page), settablePage(next.page));
  const presenterChanged = next.page.presenter !== s.display.presenter;
  const sweepSettings = sweep === undefined ? {} : changed(sweep.store.getState().settings, next.sweep);

  if (!isEmpty(config) || !isEmpty(playback)) session.set({ ...(isEmpty(config) ? {} : { config }), ...(isEmpty(playback) ? {} : { playback }) });
  if (!isEmpty(frameOptions)) session.setFrameOptions(frameOptions);
  if (!isEmpty(page)) app.setState((state) => ({ page: { ...state.page, ...page } }));
  if (presenterChanged) session.setDisplay({ presenter: next.page.presenter });
  if (sweep !== undefined && !isEmpty(sweepSettings)) sweep.setSettings(sweepSettings);
  return !isEmpty(config) || !isEmpty(playback) || !isEmpty(frameOptions) || !isEmpty(page) || presenterChanged || !isEmpty(sweepSettings);
}

/**
 * The settings `set` asked for that the page does not show after applying
 * them (one that only the page's own link can set, or that has no setter
 * here), as warnings: nothing is dropped silently.
 */
export function unappliedFields(
  wanted: Readonly<Record<string, unknown>>,
  now: Readonly<Record<string, unknown>>,
): { message: string; fields: string[] } | null {
  const fields = Object.keys(wanted).filter((key) => !same(wanted[key], now[key]));
  if (fields.length === 0) return null;
  const kept = fields.map((key) => `${key}: cannot be changed by the embedding page here; keeping ${JSON.stringify(now[key]) ?? 'none'}.`);
  return { message: kept.join(' '), fields };
}
