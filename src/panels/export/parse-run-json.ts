import type { ExperimentConfig, ResumeState, RngWords, RunSnapshot } from '../../experiment/types';
import { describe, FieldError, isObject, own, readArray, readNumber, readObject } from '../../experiment/field-checks';
import { readConfig, readPlayback } from '../../experiment/setting-rules';
import { type LoadedRun, MAX_RUN_FILE_BYTES, OLDEST_RUN_FILE_VERSION, RUN_FILE_FORMAT, RUN_FILE_VERSION } from '../../experiment/run-file';
import { runsOf, layerSizes, paramCount, trainCountOf } from '../../experiment/run-facts';
import { STRINGS } from '../kit/strings';

export type ParseResult = { ok: true; run: LoadedRun } | { ok: false; error: string };

/** The largest finite float32: bigger JSON numbers would turn into Infinity in the kernel's Float32Array. */
const FLOAT32_MAX = 3.4028234663852886e38;
const STEP_RANGE = { min: 0, max: Number.MAX_SAFE_INTEGER };
const WORD_RANGE = { min: 0, max: 2 ** 32 - 1 };
/** β₁ᵗ and β₂ᵗ: 1 before Adam's first step, falling towards 0 (and reaching it in long runs). */
const POWER_RANGE = { min: 0, max: 1 };

/** What a run's numbers must fit: the network's layer sizes and parameter count, the training set's size. */
interface Shape {
  sizes: readonly number[];
  params: number;
  examples: number;
}

/** `expected` finite float32 numbers (at least `min`), e.g. weights or moments in the kernel's layout. */
function readFloats(field: string, value: unknown, expected: number, sizes: readonly number[], min = -FLOAT32_MAX): Float32Array {
  if (!Array.isArray(value)) throw new FieldError(field, `must be a list of numbers (got ${describe(value)})`);
  if (value.length !== expected) {
    throw new FieldError(field, `must hold ${expected} numbers for a network of sizes [${sizes.join(', ')}] (got ${value.length})`);
  }
  const out = new Float32Array(expected);
  for (let k = 0; k < expected; k++) {
    const v: unknown = value[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > FLOAT32_MAX) {
      throw new FieldError(`${field}[${k}]`, `must be a finite number (got ${describe(v)})`);
    }
    if (v < min) throw new FieldError(`${field}[${k}]`, `must be ${min} or more (got ${v})`);
    out[k] = v;
  }
  return out;
}

/** A random stream's state: four integers from 0 to 2³² − 1. */
function readRngWords(field: string, value: unknown): RngWords {
  const words = readArray(field, value, { min: 4, max: 4 }, 'unsigned 32-bit words (a random stream’s state)');
  const [a, b, c, d] = words.map((w, i) => readNumber(`${field}[${i}]`, w, WORD_RANGE, true));
  return [a, b, c, d];
}

/** The epoch's order of the training examples: each index from 0 to examples − 1 exactly once. */
function readOrder(field: string, value: unknown, examples: number): Int32Array {
  const items = readArray(field, value, { min: examples, max: examples }, `training example indices (one per training example, in the epoch’s order)`);
  const order = new Int32Array(examples);
  const seen = new Uint8Array(examples);
  items.forEach((item, i) => {
    const k = readNumber(`${field}[${i}]`, item, { min: 0, max: examples - 1 }, true);
    if (seen[k] === 1) throw new FieldError(`${field}[${i}]`, `must not repeat an index: ${k} appears twice (the order must list every example once)`);
    seen[k] = 1;
    order[i] = k;
  });
  return order;
}

/** A version-2 run's training state beyond the weights. */
function readResume(at: string, run: Readonly<Record<string, unknown>>, config: ExperimentConfig, shape: Shape): ResumeState {
  const optimizer = readObject(`${at}.optimizer`, own(run, 'optimizer'));
  // The state of the optimizer the configuration trains with (any other would be dropped on loading).
  const kind = own(optimizer, 'kind');
  if (kind !== config.optimizer) {
    throw new FieldError(`${at}.optimizer.kind`, `must be "${config.optimizer}", the optimizer of config.optimizer (got ${describe(kind)})`);
  }
  const batchOrder = readObject(`${at}.batchOrder`, own(run, 'batchOrder'));
  return {
    optimizer: {
      kind: config.optimizer,
      m: readFloats(`${at}.optimizer.m`, own(optimizer, 'm'), shape.params, shape.sizes),
      v: readFloats(`${at}.optimizer.v`, own(optimizer, 'v'), shape.params, shape.sizes, 0),
      beta1Power: readNumber(`${at}.optimizer.beta1Power`, own(optimizer, 'beta1Power'), POWER_RANGE),
      beta2Power: readNumber(`${at}.optimizer.beta2Power`, own(optimizer, 'beta2Power'), POWER_RANGE),
    },
    batchOrder: {
      position: readNumber(`${at}.batchOrder.position`, own(batchOrder, 'position'), { min: 0, max: shape.examples - 1 }, true),
      order: readOrder(`${at}.batchOrder.order`, own(batchOrder, 'order'), shape.examples),
      rng: readRngWords(`${at}.batchOrder.rng`, own(batchOrder, 'rng')),
    },
    maskRng: readRngWords(`${at}.maskRng`, own(run, 'maskRng')),
  };
}

function readSnapshots(value: unknown, config: ExperimentConfig, compare: boolean, shape: Shape, exact: boolean): RunSnapshot[] {
  const ids = runsOf(compare);
  const what = compare ? 'runs (A without dropout, then B), as compare mode is on' : 'run, as compare mode is off';
  const runs = readArray('runs', value, { min: ids.length, max: ids.length }, what);
  return runs.map((item, i) => {
    const at = `runs[${i}]`;
    const run = readObject(at, item);
    const id = own(run, 'run');
    if (id !== ids[i]) throw new FieldError(`${at}.run`, `must be "${ids[i]}" (got ${describe(id)})`);
    return {
      step: readNumber(`${at}.step`, own(run, 'step'), STEP_RANGE, true),
      epoch: readNumber(`${at}.epoch`, own(run, 'epoch'), STEP_RANGE, true),
      params: readFloats(`${at}.params`, own(run, 'params'), shape.params, shape.sizes),
      resume: exact ? readResume(at, run, config, shape) : null,
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
  if (version !== RUN_FILE_VERSION && version !== OLDEST_RUN_FILE_VERSION) {
    return {
      ok: false,
      error:
        typeof version === 'number' && version > RUN_FILE_VERSION
          ? STRINGS.export.newerVersion(version, RUN_FILE_VERSION)
          : STRINGS.export.unsupportedVersion(describe(version), RUN_FILE_VERSION),
    };
  }
  // Version 1 saved the weights and counters only: such a run resumes approximately.
  const exact = version === RUN_FILE_VERSION;
  try {
    const config = readConfig(own(doc, 'config'));
    const playback = readPlayback(own(doc, 'playback'));
    const sizes = layerSizes(config.hiddenLayers);
    checkSizes(own(doc, 'sizes'), sizes);
    const shape: Shape = { sizes, params: paramCount(sizes), examples: trainCountOf(config) };
    const runs = readSnapshots(own(doc, 'runs'), config, playback.compare, shape, exact);
    const savedAt = own(doc, 'savedAt');
    return { ok: true, run: { config, playback, restore: { runs }, savedAt: typeof savedAt === 'string' ? savedAt : null, approximate: !exact } };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: STRINGS.export.badField(error.message) };
    throw error;
  }
}
