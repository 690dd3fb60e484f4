import type { ConfigPatch, ExperimentConfig, PlaybackConfig } from './protocol';

/** Changing any of these needs new data or a new network: the run is rebuilt (and the page offers Undo). */
export const REBUILD_FIELDS = ['dataset', 'n', 'noise', 'testCount', 'seed', 'points', 'hiddenLayers', 'activation', 'compare'] as const;

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

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The rebuild fields whose value differs between the two configurations. */
export function rebuildFields(current: ExperimentConfig, next: ExperimentConfig, currentPlayback: PlaybackConfig, nextPlayback: PlaybackConfig): string[] {
  const before: Record<string, unknown> = { ...current, compare: currentPlayback.compare };
  const after: Record<string, unknown> = { ...next, compare: nextPlayback.compare };
  return REBUILD_FIELDS.filter((key) => !same(before[key], after[key]));
}
