/**
 * The list-valued kinds of the settings table: layer sizes, drop rates,
 * custom points, panel names and control names (see codecs.ts for the
 * contract: lenient decode for links, strict for run files).
 */
import type { Point } from '../data/config';
import { type Codec, describe, fail, fitNumber, ok, type Range, showRange, toNumber, trimmed } from './codecs';
import { FieldError, readArray, readChoice, readNumber, readObject, own } from './field-checks';

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
    strict(field, input) {
      const items = readArray(field, input, count, 'hidden layer sizes');
      return items.map((size, i) => readNumber(`${field}[${i}]`, size, neurons, true));
    },
    encode: (value) => value.join(','),
    toJson: (value) => [...value],
    equals: sameNumbers,
    values: `${count.min}–${count.max} layers of ${neurons.min}–${neurons.max} neurons, e.g. \`64,64\``,
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
    strict(field, input, context) {
      const count = layerCount(context);
      const items = readArray(field, input, { min: count, max: count }, 'drop probabilities (one per hidden layer)');
      return items.map((p, i) => readNumber(`${field}[${i}]`, p, range, false));
    },
    encode: (value) => (value.every((p) => p === value[0]) && value.length > 0 ? String(value[0]) : value.join(',')),
    toJson: (value) => [...value],
    equals: sameNumbers,
    values: `${showRange(range)}, e.g. \`0.5\` or \`0.2,0.5\``,
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

/**
 * Custom points, "x:y,x:y" or [{x, y}] or [[x, y]]: at most `max`, each coordinate clamped.
 * A run file stores them as [{x, y}], and needs `count.min` of them when `custom(context)`.
 */
export function pointsCodec<C>(count: Range, xRange: Range, yRange: Range, custom: (context: C) => boolean): Codec<readonly Point[] | undefined, C> {
  const max = count.max;
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
    strict(field, input, context) {
      const needed = custom(context);
      if (input === undefined || input === null) {
        if (needed) throw new FieldError(field, `custom data needs ${count.min} to ${count.max} points (got none)`);
        return undefined;
      }
      const items = readArray(field, input, { min: needed ? count.min : 0, max }, 'points');
      return items.map((item, i) => {
        const point = readObject(`${field}[${i}]`, item);
        return {
          x: readNumber(`${field}[${i}].x`, own(point, 'x'), xRange),
          y: readNumber(`${field}[${i}].y`, own(point, 'y'), yRange),
        };
      });
    },
    encode: (value) => (value ?? []).map((p) => `${p.x}:${p.y}`).join(','),
    toJson: (value) => value?.map((p) => [p.x, p.y]),
    equals: (a, b) => (a === undefined || b === undefined ? a === b : a.length === b.length && a.every((p, i) => p.x === b[i].x && p.y === b[i].y)),
    values: `\`x:y,x:y,…\`: ${count.min}–${count.max} points, x in ${xRange.min}…${xRange.max}, y in ${yRange.min}…${yRange.max}`.replace(/-/g, '−'),
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
    strict(field, input) {
      const items = readArray(field, input, { min: 1, max: names.length }, `${what} names`);
      return items.map((item, i) => readChoice(`${field}[${i}]`, item, names));
    },
    encode: (value) => value.join(','),
    toJson: (value) => [...value],
    equals: (a, b) => a.length === b.length && a.every((name, i) => name === b[i]),
    values: `any of ${names.map((n) => `\`${n}\``).join(', ')}`,
  };
}

/** Distinct identifiers matching `pattern` (described by `rule`), at most `max`, in the order given; others dropped. */
export function identifierListCodec(pattern: RegExp, max: number, rule: string, examples = ''): Codec<string[]> {
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
    strict(field, input) {
      const items = readArray(field, input, { min: 0, max }, 'names');
      return items.map((item, i) => {
        if (typeof item !== 'string' || !pattern.test(item)) throw new FieldError(`${field}[${i}]`, `must be a name (${rule}) (got ${describe(item)})`);
        return item;
      });
    },
    encode: (value) => value.join(','),
    toJson: (value) => [...value],
    equals: (a, b) => a.length === b.length && a.every((name, i) => name === b[i]),
    values: `${rule}${examples}; at most ${max}`,
  };
}
