import type { AppState, AppStore } from '../state/app-store';
import type { UrlNotice } from '../experiment/notices';
import { DEFAULT_PANELS, PANEL_NAMES } from '../experiment/page-options';
import { type SweepSettings } from '../experiment/sweep-plan';
import { DEFAULT_SWEEP_SETTINGS, type SettingsState } from '../experiment/defaults';
import { parseHash, serializeHash } from '../experiment/link-codec';

/** The configuration the page was opened with, from its URL hash, and what had to be corrected. */
export function readLocation(): { state: SettingsState; notices: UrlNotice[] } {
  return parseHash(window.location.hash);
}

/** The sweep settings in the link: the sweep store's, where the page has one. */
export interface SweepSettingsSource {
  getState(): { settings: SweepSettings };
  subscribe(listener: (state: { settings: SweepSettings }, previous: { settings: SweepSettings }) => void): () => void;
}

export function urlStateOf(state: AppState, sweep: SweepSettings = DEFAULT_SWEEP_SETTINGS): SettingsState {
  return {
    config: state.config,
    playback: state.playback,
    frameOptions: state.frameOptions,
    page: { ...state.page, presenter: state.display.presenter },
    sweep: { ...sweep },
  };
}

/** The link of the current configuration (for Share). */
export function shareLink(state: AppState, sweep?: SweepSettings): string {
  return linkWith(state, {}, sweep);
}

/**
 * Keeps the URL hash in step with the configuration, with replaceState so
 * that Back is not flooded with every slider move. It writes `delayMs` after
 * the last change (a drag or a run of key presses writes once, at its end,
 * not in the middle of answering the input), and at the latest MAX_WAIT_MS
 * after the first.
 */
const MAX_WAIT_MS = 1000;

export function syncLocation(app: AppStore, delayMs = 250, sweep?: SweepSettingsSource): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChange: number | null = null;
  let last = window.location.hash;
  const write = () => {
    timer = null;
    firstChange = null;
    const hash = serializeHash(urlStateOf(app.getState(), sweep?.getState().settings));
    if (hash === last) return;
    last = hash;
    window.history.replaceState(window.history.state, '', hash);
  };
  const later = () => {
    const now = performance.now();
    firstChange ??= now;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, Math.max(0, Math.min(delayMs, firstChange + MAX_WAIT_MS - now)));
  };
  const unsubscribe = app.subscribe((state, previous) => {
    if (
      state.config === previous.config &&
      state.playback === previous.playback &&
      state.frameOptions === previous.frameOptions &&
      state.page === previous.page &&
      state.display.presenter === previous.display.presenter
    )
      return;
    later();
  });
  const unsubscribeSweep = sweep?.subscribe((state, previous) => {
    if (state.settings !== previous.settings) later();
  });
  write();
  return () => {
    unsubscribe();
    unsubscribeSweep?.();
    if (timer !== null) clearTimeout(timer);
  };
}

/** One readable notice for everything the link got wrong. */
export function describeUrlNotices(notices: readonly UrlNotice[]): string | null {
  if (notices.length === 0) return null;
  return `Some settings in the link could not be used as given: ${notices.map((n) => n.message).join(' ')}`;
}

function linkWith(state: AppState, page: Partial<SettingsState['page']>, sweep: SweepSettings | undefined): string {
  const url = new URL(window.location.href);
  const current = urlStateOf(state, sweep);
  url.hash = serializeHash({ ...current, page: { ...current.page, ...page } });
  return url.toString();
}

/** The standalone page with this configuration (from an embed: no embed flag, no origin). */
export function standaloneLink(state: AppState, sweep?: SweepSettings): string {
  return linkWith(state, { embed: false, origin: null, autoplay: true }, sweep);
}

/** An embed link showing the chosen panels, hiding the chosen controls. */
export function embedLink(state: AppState, panels: readonly string[], hide: readonly string[], sweep?: SweepSettings): string {
  const chosen = PANEL_NAMES.filter((p) => panels.includes(p));
  return linkWith(
    state,
    { embed: true, autoplay: false, presenter: false, origin: null, panels: chosen.length > 0 ? chosen : [...DEFAULT_PANELS], hide: [...hide] },
    sweep,
  );
}
