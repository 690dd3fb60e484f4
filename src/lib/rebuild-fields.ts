/** Changing any of these needs new data or a new network: the run is rebuilt (and the page offers Undo). */
export const REBUILD_FIELDS = ['dataset', 'n', 'noise', 'testCount', 'seed', 'points', 'hiddenLayers', 'activation', 'compare'] as const;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The rebuild fields whose values differ between two flat records of settings. */
export function changedRebuildFields(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string[] {
  return REBUILD_FIELDS.filter((key) => !same(before[key], after[key]));
}
