/**
 * The value kinds of the URL schema. A codec reads its value from the URL text
 * form or from a JSON value (the embed API's `set`), fits it into its range and
 * writes it back in one canonical text form. Reading never throws: it returns
 * the value to use with the problems found on the way, or says why nothing in
 * the input was usable (the caller then falls back).
 */
import { describe as describeJson, FieldError, readBoolean, readChoice, readNumber } from './field-checks';
import { clip, printable } from './notices';

export interface Range {
  readonly min: number;
  readonly max: number;
}

export type Decoded<V> = { readonly ok: true; readonly value: V; readonly problems: readonly string[] } | { readonly ok: false; readonly problem: string };

/**
 * One value kind. `context` is the state read so far (the drop list needs the
 * layer count, custom points the dataset). Lenient `decode` is for links and
 * the embed API; `strict` is for run files: it takes only the exact JSON form,
 * in range, and throws a FieldError naming `field` otherwise.
 */
export interface Codec<V, C = unknown> {
  decode(input: unknown, context: C): Decoded<V>;
  strict(field: string, input: unknown, context: C): V;
  encode(value: V): string;
  toJson(value: V): unknown;
  equals(a: V, b: V): boolean;
  /** The allowed values, for the docs' parameter table (Markdown). */
  readonly values: string;
}

export const ok = <V>(value: V, problems: readonly string[] = []): Decoded<V> => ({ ok: true, value, problems });
export const fail = <V>(problem: string): Decoded<V> => ({ ok: false, problem });

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

export function toNumber(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input === 'string') return parseDecimal(input);
  return null;
}

export const showRange = (range: Range) => `${range.min}–${range.max}`;

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
    strict: (field, input) => readNumber(field, input, range, integer),
    encode: (value) => String(value),
    toJson: (value) => value,
    equals: (a, b) => a === b,
    values: `${integer ? 'integer ' : ''}${showRange(range)}`,
  };
}

// ---- flags and choices -----------------------------------------------------

export const trimmed = (input: unknown) => (typeof input === 'string' ? input.trim() : input);

/** 0|1 or true|false, as text or JSON; written as 0|1. */
export const booleanCodec: Codec<boolean> = {
  decode(input) {
    const value = trimmed(input);
    if (value === true || value === 1 || value === '1' || value === 'true') return ok(true);
    if (value === false || value === 0 || value === '0' || value === 'false') return ok(false);
    return fail(`${describe(input)} is not 0 or 1`);
  },
  strict: (field, input) => readBoolean(field, input),
  encode: (value) => (value ? '1' : '0'),
  toJson: (value) => value,
  equals: (a, b) => a === b,
  values: '`0`, `1`',
};

export function choiceCodec<T extends string>(choices: readonly T[]): Codec<T> {
  return {
    decode(input) {
      const value = trimmed(input);
      const found = choices.find((choice) => choice === value);
      return found === undefined ? fail(`${describe(input)} is not one of ${choices.join(', ')}`) : ok(found);
    },
    strict: (field, input) => readChoice(field, input, choices),
    encode: (value) => value,
    toJson: (value) => value,
    equals: (a, b) => a === b,
    values: choices.map((c) => `\`${c}\``).join(', '),
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
    strict(field, input) {
      if (input === null || input === undefined) return null;
      if (typeof input === 'string' && isExactOrigin(input)) return input;
      throw new FieldError(field, `must be an exact origin such as https://course.example.edu (got ${describeJson(input)})`);
    },
    encode: (value) => value ?? '',
    toJson: (value) => value,
    equals: (a, b) => a === b,
    values: 'an exact origin, `https://host[:port]`',
  };
}
