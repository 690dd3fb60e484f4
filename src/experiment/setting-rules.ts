/**
 * What the settings table implies beyond links: which changes rebuild a run,
 * how a setting is named in a sentence, the strict reading of a run file's
 * settings, and the docs' parameter table.
 */
import { type SettingsState, defaultSettings } from './defaults';
import { own, readObject } from './field-checks';
import { type AnySetting, type Home, SETTING_LIST, URL_SCHEMA_VERSION } from './settings';
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
    row.set(draft, row.codec.strict(`${prefix}${row.key}`, own(json, row.key), draft));
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

function defaultText(row: AnySetting, defaults: SettingsState): string {
  if (row.defaultText !== undefined) return row.defaultText;
  const text = row.codec.encode(row.fallback(defaults));
  const shown = text === '' ? 'none' : `\`${text}\``;
  return row.always ? `${shown} (always written)` : shown;
}

/** The docs' table of link parameters (docs/embed.md), one line per setting, in reading order. */
export function settingsDocTable(): string {
  const defaults = defaultSettings();
  const lines = [
    '| Name | Meaning | Values | Default |',
    '| --- | --- | --- | --- |',
    `| \`v\` | Link version | \`${URL_SCHEMA_VERSION}\` | \`${URL_SCHEMA_VERSION}\` (always written) |`,
    ...SETTING_LIST.map((row) => `| \`${row.url}\` | ${row.meaning} | ${row.codec.values} | ${defaultText(row, defaults)} |`),
  ];
  return lines.join('\n');
}

/** The rows that live in one part of the state. */
export function settingsOf(home: Home): readonly AnySetting[] {
  return SETTING_LIST.filter((s) => s.home === home);
}
