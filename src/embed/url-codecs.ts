/**
 * The value kinds of the URL schema. A codec reads its value from the URL text
 * form or from a JSON value (the embed API's `set`), fits it into its range and
 * writes it back in one canonical text form. Reading never throws: it returns
 * the value to use with the problems found on the way, or says why nothing in
 * the input was usable (the caller then falls back).
 */
import type { Point } from '../data/config';
import { clip, printable } from './url-notices';

export interface Range {
  readonly min: number;
  readonly max: number;
}

export type Decoded<V> = { readonly ok: true; readonly value: V; readonly problems: readonly string[] } | { readonly ok: false; readonly problem: string };

/** One value kind. `context` is the state read so far (only the drop list needs it). */
export interface Codec<V, C = unknown> {
  decode(input: unknown, context: C): Decoded<V>;
  encode(value: V): string;
  toJson(value: V): unknown;
  equals(a: V, b: V): boolean;
}

const ok = <V>(value: V, problems: readonly string[] = []): Decoded<V> => ({ ok: true, value, problems });
const fail = <V>(problem: string): Decoded<V> => ({ ok: false, problem });

// ---- numbers ---------------------------------------------------------------

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A number in decimal or exponent form ("0.5", "-1", "1e-4"); null for anything
 * else: NaN, Infinity, hex, "1_000", empty. A huge exponent gives ±Infinity,
 * which the range check then clamps like any other number out of range.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

/** A given value for a message: numbers as written, other text quoted and escaped. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return DECIMAL.test(trimmed) ? clip(trimmed) : JSON.stringify(clip(value));
  }
  return clip(printable(value));
}

function toNumber(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input === 'string') return parseDecimal(input);
  return null;
}

const showRange = (range: Range) => `${range.min}–${range.max}`;

/** Clamps into range, then rounds an integer field; −0 becomes 0. */
export function fitNumber(x: number, range: Range, integer: boolean, shown: string): { value: number; problem: string | null } {
  if (x < range.min) return { value: range.min, problem: `${shown} is outside ${showRange(range)}` };
  if (x > range.max) return { value: range.max, problem: `${shown} is outside ${showRange(range)}` };
  if (integer && !Number.isInteger(x)) return { value: Math.round(x) + 0, problem: `${shown} is not a whole number` };
  return { value: x + 0, problem: null };
}

export function numberCodec(range: Range, integer = false): Codec<number> {
  return {
    decode(input) {
      const x = toNumber(input);
      if (x === null) return fail(`${describe(input)} is not a number`);
      const fitted = fitNumber(x, range, integer, describe(input));
      return ok(fitted.value, fitted.problem === null ? [] : [fitted.problem]);
    },
    encode: (value) => String(value),
    toJson: (value) => value,
    equals: (a, b) => a === b,
  };
}

// ---- flags and choices -----------------------------------------------------

const trimmed = (input: unknown) => (typeof input === 'string' ? input.trim() : input);

/** 0|1 or true|false, as text or JSON; written as 0|1. */
export const booleanCodec: Codec<boolean> = {
  decode(input) {
    const value = trimmed(input);
    if (value === true || value === 1 || value === '1' || value === 'true') return ok(true);
    if (value === false || value === 0 || value === '0' || value === 'false') return ok(false);
    return fail(`${describe(input)} is not 0 or 1`);
  },
  encode: (value) => (value ? '1' : '0'),
  toJson: (value) => value,
  equals: (a, b) => a === b,
};

export function choiceCodec<T extends string>(choices: readonly T[]): Codec<T> {
  return {
    decode(input) {
      const value = trimmed(input);
      const found = choices.find((choice) => choice === value);
      return found === undefined ? fail(`${describe(input)} is not one of ${choices.join(', ')}`) : ok(found);
    },
    encode: (value) => value,
    toJson: (value) => value,
    equals: (a, b) => a === b,
  };
}

// ---- lists -----------------------------------------------------------------

/** The first `keep` items of a comma-separated text, an array or a lone number, and how many there were. */
function listOf(input: unknown, keep: number): { items: unknown[]; total: number } | null {
  if (typeof input === 'string') {
    let total = 1;
    for (let at = input.indexOf(','); at !== -1; at = input.indexOf(',', at + 1)) total += 1;
    return { items: input.split(',', keep), total };
  }
  if (Array.isArray(input)) return { items: input.slice(0, keep), total: input.length };
  if (typeof input === 'number') return { items: [input], total: 1 };
  return null;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The first few items for a message, then a count of the rest. */
function showItems(items: readonly unknown[]): string {
  const shown = items.slice(0, 3).map(describe).join(', ');
  return items.length > 3 ? `${shown} and ${items.length - 3} more` : shown;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Fits a list to `count` entries: truncate, or extend by repeating the last value. */
export function fitLength(values: readonly number[], count: number): number[] {
  const last = values.length > 0 ? values[values.length - 1] : 0;
  return Array.from({ length: count }, (_, i) => (i < values.length ? values[i] : last));
}

/** Reads every item as a number in range; null if any is not a number. */
function numberItems(items: readonly unknown[], range: Range, integer: boolean, problems: string[]): number[] | null {
  const values: number[] = [];
  for (const item of items) {
    const x = toNumber(item);
    if (x === null) return null;
    const fitted = fitNumber(x, range, integer, describe(item));
    if (fitted.problem !== null) problems.push(fitted.problem);
    values.push(fitted.value);
  }
  return values;
}

/** Hidden layer sizes, e.g. "64,64": `count` layers of `neurons` each (extra layers dropped). */
export function layerListCodec(count: Range, neurons: Range): Codec<number[]> {
  return {
    decode(input) {
      const list = listOf(input, count.max);
      const problems: string[] = [];
      if (list !== null && list.total > count.max) problems.push(`${list.total} layers given, at most ${count.max}`);
      const values = list === null ? null : numberItems(list.items, neurons, true, problems);
      if (values === null || values.length < count.min) return fail(`${describe(input)} is not a list of layer sizes such as 64,64`);
      return ok(values, problems);
    },
    encode: (value) => value.join(','),
    toJson: (value) => [...value],
    equals: sameNumbers,
  };
}

/**
 * Drop probabilities: one for every hidden layer, or one per layer. A list of
 * the wrong length is fitted to the layer count (truncated, or its last value
 * repeated). Written as one value when all are equal.
 */
export function dropListCodec<C>(range: Range, layerCount: (context: C) => number): Codec<number[], C> {
  return {
    decode(input, context) {
      const count = layerCount(context);
      const list = listOf(input, count);
      const problems: string[] = [];
      const values = list === null ? null : numberItems(list.items, range, false, problems);
      if (list === null || values === null || values.length === 0) {
        return fail(`${describe(input)} is not a drop probability or a list of them such as 0.2,0.5`);
      }
      if (list.total !== 1 && list.total !== count) {
        const fix = list.total > count ? 'the extra dropped' : 'the last repeated';
        problems.push(`${plural(list.total, 'value', 'values')} given for ${plural(count, 'hidden layer', 'hidden layers')}, ${fix}`);
      }
      return ok(fitLength(values, count), problems);
    },
    encode: (value) => (value.every((p) => p === value[0]) && value.length > 0 ? String(value[0]) : value.join(',')),
    toJson: (value) => [...value],
    equals: sameNumbers,
  };
}

function toPair(item: unknown): [number, number] | null {
  let x: unknown;
  let y: unknown;
  if (typeof item === 'string') {
    const parts = item.split(':');
    if (parts.length !== 2) return null;
    [x, y] = parts;
  } else if (Array.isArray(item)) {
    if (item.length !== 2) return null;
    [x, y] = item;
  } else if (typeof item === 'object' && item !== null) {
    ({ x, y } = item as { x?: unknown; y?: unknown });
  } else {
    return null;
  }
  const px = toNumber(x);
  const py = toNumber(y);
  return px === null || py === null ? null : [px, py];
}

/** Custom points, "x:y,x:y" or [{x, y}] or [[x, y]]: at most `max`, each coordinate clamped. */
export function pointsCodec(max: number, xRange: Range, yRange: Range): Codec<readonly Point[] | undefined> {
  return {
    decode(input) {
      const list = typeof input === 'string' && input.trim() === '' ? { items: [], total: 0 } : listOf(input, max);
      if (list === null || typeof input === 'number') return fail(`${describe(input)} is not a list of points such as -0.5:0.2,0.3:0.9`);
      const problems: string[] = [];
      if (list.total > max) problems.push(`${list.total} points given, at most ${max}`);
      const points: Point[] = [];
      let unread = 0;
      let moved = 0;
      for (const item of list.items) {
        const pair = toPair(item);
        if (pair === null) {
          unread += 1;
          continue;
        }
        const x = fitNumber(pair[0], xRange, false, '');
        const y = fitNumber(pair[1], yRange, false, '');
        if (x.problem !== null || y.problem !== null) moved += 1;
        points.push({ x: x.value, y: y.value });
      }
      if (points.length === 0 && unread > 0) return fail(`${describe(input)} has no x:y pair such as -0.5:0.2`);
      if (unread > 0) problems.push(`${plural(unread, 'entry is not an x:y pair', 'entries are not x:y pairs')} (dropped)`);
      if (moved > 0) {
        problems.push(`${plural(moved, 'point lies', 'points lie')} outside x ${showRange(xRange)}, y ${showRange(yRange)} (moved to the edge)`);
      }
      return ok(points, problems);
    },
    encode: (value) => (value ?? []).map((p) => `${p.x}:${p.y}`).join(','),
    toJson: (value) => value?.map((p) => [p.x, p.y]),
    equals: (a, b) => (a === undefined || b === undefined ? a === b : a.length === b.length && a.every((p, i) => p.x === b[i].x && p.y === b[i].y)),
  };
}

/** Names from "a,b" or ["a", "b"], trimmed, empty entries skipped. */
function nameItems(input: unknown, keep: number): { items: unknown[]; total: number } | null {
  if (typeof input !== 'string' && !Array.isArray(input)) return null;
  const list = listOf(input, keep);
  if (list === null) return null;
  const items = list.items.map(trimmed).filter((item) => item !== '');
  return { items, total: list.total };
}

/** A non-empty subset of `names`, written in their order; unknown names dropped. */
export function subsetCodec<T extends string>(names: readonly T[], what: string): Codec<T[]> {
  return {
    decode(input) {
      const list = nameItems(input, names.length * 4);
      const known = new Set<T>();
      const unknown: unknown[] = [];
      for (const item of list?.items ?? []) {
        const name = names.find((n) => n === item);
        if (name === undefined) unknown.push(item);
        else known.add(name);
      }
      const value = names.filter((name) => known.has(name));
      if (value.length === 0) return fail(`${describe(input)} names no ${what} (${names.join(', ')})`);
      const verdict = unknown.length === 1 ? `is not a ${what}` : `are not ${what}s`;
      const problems = unknown.length > 0 ? [`${showItems(unknown)} ${verdict} (${names.join(', ')})`] : [];
      if (list !== null && list.total > names.length * 4) problems.push(`${list.total} names given, only the first ${names.length * 4} read`);
      return ok(value, problems);
    },
    encode: (value) => value.join(','),
    toJson: (value) => [...value],
    equals: (a, b) => a.length === b.length && a.every((name, i) => name === b[i]),
  };
}

/** Distinct identifiers matching `pattern` (described by `rule`), at most `max`, in the order given; others dropped. */
export function identifierListCodec(pattern: RegExp, max: number, rule: string): Codec<string[]> {
  return {
    decode(input) {
      const list = nameItems(input, max);
      if (list === null) return fail(`${describe(input)} is not a list of names (${rule})`);
      const value: string[] = [];
      const bad: unknown[] = [];
      for (const item of list.items) {
        if (typeof item === 'string' && pattern.test(item)) {
          if (!value.includes(item)) value.push(item);
        } else {
          bad.push(item);
        }
      }
      const problems = bad.length > 0 ? [`${showItems(bad)} ${bad.length === 1 ? 'is' : 'are'} not allowed (${rule})`] : [];
      if (list.total > max) problems.push(`${list.total} names given, at most ${max}`);
      return ok(value, problems);
    },
    encode: (value) => value.join(','),
    toJson: (value) => [...value],
    equals: (a, b) => a.length === b.length && a.every((name, i) => name === b[i]),
  };
}

// ---- origins ---------------------------------------------------------------

/** True for an exact origin, scheme://host[:port] with no path, as the browser writes it in MessageEvent.origin. */
export function isExactOrigin(text: string): boolean {
  if (text.length > 2048) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

/**
 * An origin kept verbatim, or null when absent. Anything else becomes `invalid`
 * (never null): a bad origin must make the embed API accept nothing.
 */
export function originCodec(invalid: string): Codec<string | null> {
  return {
    decode(input) {
      if (input === null) return ok(null);
      if (typeof input === 'string' && (input === invalid || isExactOrigin(input))) return ok(input);
      return ok(invalid, [
        `${describe(input)} is not an exact origin such as https://course.example.edu (scheme://host[:port], no path), so the embed API will accept no messages`,
      ]);
    },
    encode: (value) => value ?? '',
    toJson: (value) => value,
    equals: (a, b) => a === b,
  };
}
