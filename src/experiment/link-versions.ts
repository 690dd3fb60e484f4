/**
 * Link versions. Links leave out values equal to their defaults, so a change
 * of a default changes what an old link means: each older version keeps the
 * defaults it was written against, and a link is read with its own version's.
 */
import { cloneSettings, defaultSettings, type SettingsState } from './defaults';
import type { ExperimentConfig } from './types';

/** The version links are written in; bump it when a default changes, and keep the old defaults below. */
export const URL_SCHEMA_VERSION = 1;

/**
 * The experiment of each older version, where it differs from today's: the
 * values a link of that version means by leaving a key out. (A setting added
 * since then takes the value that reproduces that version's behaviour.)
 */
const OLDER_EXPERIMENTS: Readonly<Record<number, Partial<ExperimentConfig>>> = {};

/** Versions a link may carry. */
export function isKnownVersion(version: number): boolean {
  return version === URL_SCHEMA_VERSION || Object.hasOwn(OLDER_EXPERIMENTS, version);
}

/** The defaults a link of `version` was written against (a fresh copy); today's for the current or an unknown version. */
export function defaultsOfVersion(version: number): SettingsState {
  const defaults = defaultSettings();
  const older = Object.hasOwn(OLDER_EXPERIMENTS, version) ? OLDER_EXPERIMENTS[version] : undefined;
  return older === undefined ? defaults : cloneSettings({ ...defaults, config: { ...defaults.config, ...older } });
}
