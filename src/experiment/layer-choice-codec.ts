/**
 * A choice among the network's hidden layers, as the robustness view's "Remove
 * from" menu offers it: 0 = every hidden layer, n = hidden layer n only
 * (1-based, as the network panel numbers them). A layer the network does not
 * have is not clamped to the last one (that would measure another layer than
 * the link asked for): the value is refused and the caller falls back.
 */
import { type Codec, describe, fail, ok, toNumber } from './codecs';
import { readNumber } from './field-checks';

/** The choice, or 0 (every layer) when the network has no such hidden layer. */
export function layerChoiceWithin(layer: number, hiddenLayerCount: number): number {
  return Number.isInteger(layer) && layer >= 0 && layer <= hiddenLayerCount ? layer : 0;
}

/** `hiddenLayerCount(context)`: how many hidden layers there are to choose from (the row sits below `layers`). */
export function layerChoiceCodec<C>(hiddenLayerCount: (context: C) => number): Codec<number, C> {
  const allowed = (count: number) => `0 (every hidden layer) or a hidden layer 1–${count}`;
  return {
    decode(input, context) {
      const count = hiddenLayerCount(context);
      const x = toNumber(input);
      if (x === null || !Number.isInteger(x) || x < 0 || x > count) return fail(`${describe(input)} is not ${allowed(count)}`);
      return ok(x + 0);
    },
    strict: (field, input, context) => readNumber(field, input, { min: 0, max: hiddenLayerCount(context) }, true),
    encode: (value) => String(value),
    toJson: (value) => value,
    equals: (a, b) => a === b,
    values: 'integer 0–(number of hidden layers): `0` = every hidden layer, `n` = hidden layer n only',
  };
}
