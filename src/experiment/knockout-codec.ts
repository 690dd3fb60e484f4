/**
 * The `knockout` list: hidden neurons removed at test time, written as
 * `layer:index` pairs numbered as the network panel's `data-neuron`
 * (hidden layer from 1, index from 0), e.g. `1:3,2:10`. A pair that is not
 * one, or names a neuron the network does not have, is dropped with a notice
 * naming the range; the rest is kept, sorted and without repeats.
 */
import { type Codec, describe, fail, ok, toNumber } from './codecs';
import { FieldError, readArray, readObject, own } from './field-checks';
import type { NeuronKey } from './types';

/** Layer:index pairs read at most (the largest network has 4 × 128 hidden neurons). */
export const KNOCKOUT_MAX = 512;

const byPosition = (a: NeuronKey, b: NeuronKey) => a.layer - b.layer || a.index - b.index;

/** The list in its one order (by layer, then index), without repeats. */
export function canonicalKnockout(list: readonly NeuronKey[]): NeuronKey[] {
  const sorted = [...list].sort(byPosition);
  return sorted.filter((n, i) => i === 0 || byPosition(n, sorted[i - 1]) !== 0).map((n) => ({ layer: n.layer, index: n.index }));
}

/** The list without the neurons a network of these hidden layer sizes does not have. */
export function knockoutWithin(list: readonly NeuronKey[], hiddenLayers: readonly number[]): NeuronKey[] {
  return list.filter((n) => rangeProblem(n, hiddenLayers) === null);
}

/** Toggles one neuron in a list (keeping the order). */
export function toggleKnockout(list: readonly NeuronKey[], neuron: NeuronKey): NeuronKey[] {
  const present = list.some((n) => byPosition(n, neuron) === 0);
  return present ? list.filter((n) => byPosition(n, neuron) !== 0) : canonicalKnockout([...list, neuron]);
}

function pairOf(item: unknown): NeuronKey | null {
  let layer: unknown;
  let index: unknown;
  if (typeof item === 'string') {
    const parts = item.split(':');
    if (parts.length !== 2) return null;
    [layer, index] = parts;
  } else if (Array.isArray(item) && item.length === 2) {
    [layer, index] = item;
  } else if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
    layer = own(item as Record<string, unknown>, 'layer');
    index = own(item as Record<string, unknown>, 'index');
  } else {
    return null;
  }
  const l = toNumber(layer);
  const i = toNumber(index);
  return l === null || i === null || !Number.isInteger(l) || !Number.isInteger(i) ? null : { layer: l, index: i };
}

function rangeProblem(n: NeuronKey, hiddenLayers: readonly number[]): string | null {
  if (n.layer < 1 || n.layer > hiddenLayers.length) return `layer ${n.layer} is outside 1–${hiddenLayers.length} (the hidden layers)`;
  const size = hiddenLayers[n.layer - 1];
  if (n.index < 0 || n.index >= size) return `index ${n.index} is outside 0–${size - 1} (hidden layer ${n.layer} has ${size} neurons)`;
  return null;
}

function itemsOf(input: unknown): unknown[] | null {
  if (typeof input === 'string') return input.trim() === '' ? [] : input.split(',', KNOCKOUT_MAX + 1).map((s) => s.trim());
  if (Array.isArray(input)) return input.slice(0, KNOCKOUT_MAX + 1);
  return null;
}

/** `hiddenLayers(context)`: the sizes the pairs are checked against (the row sits below `layers` in the table). */
export function knockoutCodec<C>(hiddenLayers: (context: C) => readonly number[]): Codec<NeuronKey[], C> {
  return {
    decode(input, context) {
      const items = itemsOf(input);
      if (items === null) return fail(`${describe(input)} is not a list of layer:index pairs such as 1:3,2:10`);
      const sizes = hiddenLayers(context);
      const problems: string[] = [];
      if (items.length > KNOCKOUT_MAX) {
        problems.push(`more than ${KNOCKOUT_MAX} pairs given, only the first ${KNOCKOUT_MAX} read`);
        items.length = KNOCKOUT_MAX;
      }
      const kept: NeuronKey[] = [];
      const unread: unknown[] = [];
      for (const item of items) {
        const pair = pairOf(item);
        if (pair === null) {
          unread.push(item);
          continue;
        }
        const problem = rangeProblem(pair, sizes);
        if (problem === null) kept.push(pair);
        else problems.push(`${pair.layer}:${pair.index} dropped: ${problem}`);
      }
      if (unread.length > 0) {
        const shown = unread.slice(0, 3).map(describe).join(', ');
        problems.push(`${shown}${unread.length > 3 ? ` and ${unread.length - 3} more` : ''} not a layer:index pair such as 1:3 (dropped)`);
      }
      return ok(canonicalKnockout(kept), problems);
    },
    strict(field, input, context) {
      const items = readArray(field, input, { min: 0, max: KNOCKOUT_MAX }, 'layer:index pairs');
      const sizes = hiddenLayers(context);
      return canonicalKnockout(
        items.map((item, i) => {
          const name = `${field}[${i}]`;
          const pair = pairOf(Array.isArray(item) ? item : readObject(name, item));
          if (pair === null) throw new FieldError(name, `must be a pair [layer, index] of whole numbers (got ${describe(item)})`);
          const problem = rangeProblem(pair, sizes);
          if (problem !== null) throw new FieldError(name, problem);
          return pair;
        }),
      );
    },
    encode: (value) => value.map((n) => `${n.layer}:${n.index}`).join(','),
    toJson: (value) => value.map((n) => `${n.layer}:${n.index}`),
    equals: (a, b) => a.length === b.length && a.every((n, i) => byPosition(n, b[i]) === 0),
    values: '`layer:index,…`: hidden layer from 1, neuron index from 0 (as numbered in the network panel), e.g. `1:3,2:10`; empty = none',
  };
}
