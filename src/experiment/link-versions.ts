/**
 * Link versions. Links leave out values equal to their defaults, so a change
 * of a default changes what an old link means: each older version keeps the
 * defaults it was written against, and a link is read with its own version's.
 */
import { cloneSettings, defaultSettings, type SettingsState } from './defaults';
import type { ExperimentConfig, PlaybackConfig } from './types';

/** The version links are written in; bump it when a default changes, and keep the old defaults below. */
export const URL_SCHEMA_VERSION = 2;

/**
 * The experiment of each older version, where it differs from today's: the
 * values a link of that version means by leaving a key out. (A setting added
 * since then takes the value that reproduces that version's behaviour.)
 */
const OLDER_DEFAULTS: Readonly<Record<number, { config: Partial<ExperimentConfig>; playback: Partial<PlaybackConfig> }>> = {
  // Before the presets were calibrated on seeds 1–100: 16 points, σ = 0.25, ReLU, a constant rate, p in every
  // layer, and the page opened on the dropout run alone.
  1: { config: { n: 16, noise: 0.25, activation: 'relu', lrHalfLife: 0, dropout: [0.5, 0.5] }, playback: { compare: false } },
};

/** Versions a link may carry. */
export function isKnownVersion(version: number): boolean {
  return version === URL_SCHEMA_VERSION || Object.hasOwn(OLDER_DEFAULTS, version);
}

/** The defaults a link of `version` was written against (a fresh copy); today's for the current or an unknown version. */
export function defaultsOfVersion(version: number): SettingsState {
  const defaults = defaultSettings();
  const older = Object.hasOwn(OLDER_DEFAULTS, version) ? OLDER_DEFAULTS[version] : undefined;
  return older === undefined
    ? defaults
    : cloneSettings({ ...defaults, config: { ...defaults.config, ...older.config }, playback: { ...defaults.playback, ...older.playback } });
}
