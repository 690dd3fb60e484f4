/**
 * Defensive readers for untrusted JSON: each returns the checked value or
 * throws a FieldError naming the field, what it must be and what it got.
 * Only own properties are read, so `__proto__`, `constructor` and other
 * inherited names can never leak in.
 */

export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'FieldError';
  }
}

export type JsonObject = Readonly<Record<string, unknown>>;

export interface Range {
  readonly min: number;
  readonly max: number;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own property, or undefined (inherited names are never read). */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A short description of a bad value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

export function readObject(field: string, value: unknown): JsonObject {
  if (!isObject(value)) throw new FieldError(field, `must be an object (got ${describe(value)})`);
  return value;
}

export function readNumber(field: string, value: unknown, range: Range, integer = false): number {
  const kind = integer ? 'an integer' : 'a number';
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max && (!integer || Number.isInteger(value));
  if (!ok) throw new FieldError(field, `must be ${kind} from ${range.min} to ${range.max} (got ${describe(value)})`);
  return value;
}

export function readChoice<T extends string>(field: string, value: unknown, choices: readonly T[]): T {
  const found = choices.find((c) => c === value);
  if (found === undefined) throw new FieldError(field, `must be one of ${choices.join(', ')} (got ${describe(value)})`);
  return found;
}

export function readBoolean(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new FieldError(field, `must be true or false (got ${describe(value)})`);
  return value;
}

/** An array with a length in range; the length is checked before any element is looked at. */
export function readArray(field: string, value: unknown, length: Range, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new FieldError(field, `must be a list of ${what} (got ${describe(value)})`);
  if (value.length < length.min || value.length > length.max) {
    const count = length.min === length.max ? `${length.min}` : `${length.min} to ${length.max}`;
    throw new FieldError(field, `must list ${count} ${what} (got ${value.length})`);
  }
  return value;
}
