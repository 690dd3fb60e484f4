import type { RunSnapshot } from '../../experiment/types';
import { describe, FieldError, isObject, own, readArray, readNumber, readObject } from '../../experiment/field-checks';
import { readConfig, readPlayback } from '../../experiment/setting-rules';
import { type LoadedRun, MAX_RUN_FILE_BYTES, RUN_FILE_FORMAT, RUN_FILE_VERSION } from '../../experiment/run-file';
import { runsOf, layerSizes, paramCount } from '../../experiment/run-facts';
import { STRINGS } from '../kit/strings';

export type ParseResult = { ok: true; run: LoadedRun } | { ok: false; error: string };

/** The largest finite float32: bigger JSON numbers would turn into Infinity in the kernel's Float32Array. */
const FLOAT32_MAX = 3.4028234663852886e38;
const STEP_RANGE = { min: 0, max: Number.MAX_SAFE_INTEGER };

function readParams(field: string, value: unknown, expected: number, sizes: readonly number[]): Float32Array {
  if (!Array.isArray(value)) throw new FieldError(field, `must be a list of numbers (got ${describe(value)})`);
  if (value.length !== expected) {
    throw new FieldError(field, `must hold ${expected} numbers for a network of sizes [${sizes.join(', ')}] (got ${value.length})`);
  }
  const params = new Float32Array(expected);
  for (let k = 0; k < expected; k++) {
    const v: unknown = value[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > FLOAT32_MAX) {
      throw new FieldError(`${field}[${k}]`, `must be a finite number (got ${describe(v)})`);
    }
    params[k] = v;
  }
  return params;
}

function readSnapshots(value: unknown, compare: boolean, sizes: readonly number[]): RunSnapshot[] {
  const ids = runsOf(compare);
  const what = compare ? 'runs (A without dropout, then B), as compare mode is on' : 'run, as compare mode is off';
  const runs = readArray('runs', value, { min: ids.length, max: ids.length }, what);
  const expected = paramCount(sizes);
  return runs.map((item, i) => {
    const run = readObject(`runs[${i}]`, item);
    const id = own(run, 'run');
    if (id !== ids[i]) throw new FieldError(`runs[${i}].run`, `must be "${ids[i]}" (got ${describe(id)})`);
    return {
      step: readNumber(`runs[${i}].step`, own(run, 'step'), STEP_RANGE, true),
      epoch: readNumber(`runs[${i}].epoch`, own(run, 'epoch'), STEP_RANGE, true),
      params: readParams(`runs[${i}].params`, own(run, 'params'), expected, sizes),
      // Version 1 holds the weights and counters only.
      resume: null,
    };
  });
}

function checkSizes(value: unknown, sizes: readonly number[]): void {
  if (value === undefined) return;
  const same = Array.isArray(value) && value.length === sizes.length && value.every((s, i) => s === sizes[i]);
  if (!same) {
    const got = Array.isArray(value) && value.length <= 8 ? `[${value.map(describe).join(', ')}]` : describe(value);
    throw new FieldError('sizes', `must be [${sizes.join(', ')}] to match hiddenLayers (got ${got})`);
  }
}

function parseDocument(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: STRINGS.export.notJson };
  }
}

/**
 * Reads a saved run file (untrusted text) into a configuration, playback
 * settings and weights, or an error message naming the first thing wrong.
 * Every value is checked against the same limits as the controls; the
 * result is built from fresh objects, never from the parsed ones.
 */
export function parseRunJson(text: string): ParseResult {
  if (text.length > MAX_RUN_FILE_BYTES) {
    return { ok: false, error: STRINGS.export.fileTooLarge((text.length / 1024 / 1024).toFixed(1), MAX_RUN_FILE_BYTES / 1024 / 1024) };
  }
  const parsed = parseDocument(text);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isObject(doc) || own(doc, 'format') !== RUN_FILE_FORMAT) {
    return { ok: false, error: STRINGS.export.notRunFile };
  }
  const version = own(doc, 'version');
  if (version !== RUN_FILE_VERSION) {
    return {
      ok: false,
      error:
        typeof version === 'number' && version > RUN_FILE_VERSION
          ? STRINGS.export.newerVersion(version, RUN_FILE_VERSION)
          : STRINGS.export.unsupportedVersion(describe(version), RUN_FILE_VERSION),
    };
  }
  try {
    const config = readConfig(own(doc, 'config'));
    const playback = readPlayback(own(doc, 'playback'));
    const sizes = layerSizes(config.hiddenLayers);
    checkSizes(own(doc, 'sizes'), sizes);
    const runs = readSnapshots(own(doc, 'runs'), playback.compare, sizes);
    const savedAt = own(doc, 'savedAt');
    return { ok: true, run: { config, playback, restore: { runs }, savedAt: typeof savedAt === 'string' ? savedAt : null } };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: STRINGS.export.badField(error.message) };
    throw error;
  }
}
