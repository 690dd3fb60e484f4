import { changedRebuildFields } from '../lib/rebuild-fields';
import type { ConfigPatch, ExperimentConfig, PlaybackConfig } from './protocol';

const PLAYBACK_FIELDS: ReadonlyArray<keyof PlaybackConfig> = ['speed', 'stopAt', 'compare'];

function isPlaybackField(key: string): key is keyof PlaybackConfig {
  return (PLAYBACK_FIELDS as readonly string[]).includes(key);
}

/** Separates a patch into its experiment part and its playback part. */
export function splitPatch(patch: ConfigPatch): { experiment: Partial<ExperimentConfig>; playback: Partial<PlaybackConfig> } {
  const experiment: Record<string, unknown> = {};
  const playback: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (isPlaybackField(key)) playback[key] = value;
    else experiment[key] = value;
  }
  return { experiment: experiment as Partial<ExperimentConfig>, playback: playback as Partial<PlaybackConfig> };
}

/** The rebuild fields whose value differs between the two configurations. */
export function rebuildFields(current: ExperimentConfig, next: ExperimentConfig, currentPlayback: PlaybackConfig, nextPlayback: PlaybackConfig): string[] {
  const before: Record<string, unknown> = { ...current, compare: currentPlayback.compare };
  const after: Record<string, unknown> = { ...next, compare: nextPlayback.compare };
  return changedRebuildFields(before, after);
}
