/**
 * What the settings table implies beyond links: which changes rebuild a run,
 * how a setting is named in a sentence, the strict reading of a run file's
 * settings, and the docs' parameter table.
 */
import { type SettingsState, defaultSettings } from './defaults';
import { own, readObject } from './field-checks';
import { SETTING_LIST } from './settings';
import { type AnySetting, type Home } from './setting-builders';
import type { ExperimentConfig, PlaybackConfig } from './types';

type RunSettings = Pick<SettingsState, 'config' | 'playback'>;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The rows whose change starts a new run. */
export const REBUILD_SETTINGS: readonly AnySetting[] = SETTING_LIST.filter((s) => s.rebuilds);

/** The state keys (e.g. "hiddenLayers") of the rebuilding settings that differ between two run settings. */
export function changedRebuildKeys(before: RunSettings, after: RunSettings): string[] {
  // The rows read whole states: fill the parts a run does not have with the defaults.
  const full = (state: RunSettings): SettingsState => ({ ...defaultSettings(), ...state });
  const a = full(before);
  const b = full(after);
  return REBUILD_SETTINGS.filter((s) => !same(s.get(a), s.get(b))).map((s) => s.key);
}

/** A setting named in a sentence ("the learning rate"), by its state key; the key itself if it is no setting. */
export function settingLabel(key: string): string {
  return SETTING_LIST.find((s) => s.key === key)?.label ?? key;
}

function readHome<H extends 'config' | 'playback'>(home: H, value: unknown, prefix: string, draft: SettingsState): SettingsState[H] {
  const json = readObject(prefix === '' ? home : prefix.slice(0, -1), value);
  for (const row of SETTING_LIST) {
    if (row.home !== home) continue;
    const input = own(json, row.key);
    if (input === undefined && row.beforeRow !== undefined) row.set(draft, structuredClone(row.beforeRow));
    else row.set(draft, row.codec.strict(`${prefix}${row.key}`, input, draft));
  }
  return draft[home];
}

/**
 * A fresh, fully checked configuration from untrusted JSON (a run file's
 * `config`), with the same limits as links and controls. Unknown keys are
 * dropped. Throws a FieldError naming the first bad field.
 */
export function readConfig(value: unknown): ExperimentConfig {
  return readHome('config', value, '', defaultSettings());
}

/** Fresh, checked playback settings from untrusted JSON (a run file's `playback`). */
export function readPlayback(value: unknown): PlaybackConfig {
  return readHome('playback', value, 'playback.', defaultSettings());
}

/** The rows that live in one part of the state. */
export function settingsOf(home: Home): readonly AnySetting[] {
  return SETTING_LIST.filter((s) => s.home === home);
}

/** A fresh deep copy of a configuration with exactly the table's fields (nothing else a store may carry). */
export function copyConfig(config: ExperimentConfig): ExperimentConfig {
  const from: SettingsState = { ...defaultSettings(), config };
  const draft = defaultSettings();
  for (const row of settingsOf('config')) row.set(draft, structuredClone(row.get(from)));
  return draft.config;
}
