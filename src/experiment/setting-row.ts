/**
 * One row of the URL schema: a name, a codec, where the value lives in the
 * state and its default. From that one description the row can read a given
 * value (clamping it, or falling back with a notice), reset itself, and write
 * itself as link text or JSON, so that no setting is read one way and written
 * another.
 */
import type { Codec } from './codecs';
import { clip, joinProblems, printable, type UrlNotice } from './notices';

export interface FieldSpec<S, V> {
  /** The URL name, e.g. "p". */
  key: string;
  codec: Codec<V, S>;
  get(state: S): V;
  /** Writes into a draft the schema owns (never into a caller's state). */
  set(draft: S, value: V): void;
  /**
   * The default, given the fields read before this one (p depends on layers,
   * autoplay on embed) and the defaults of the link's version.
   */
  fallback(state: S, defaults: S): V;
  /** Every setting at its current default: what a link of the current version leaves out. */
  defaults: S;
  /** Written even when equal to its default (the seed stays in the link). */
  always?: boolean;
  /** Set by the link only: the embed API cannot change it. */
  urlOnly?: boolean;
  /** False when the value has no meaning in this state (pts unless data=custom): then never written. */
  relevant?(state: S): boolean;
}

/** What to use when a given value is not usable at all: the default (links) or the current value (embed API). */
export type OnInvalid = 'default' | 'keep';

export interface UrlField<S> {
  readonly key: string;
  readonly urlOnly: boolean;
  /** Reads a given value (URL text or JSON) into the draft; returns a notice when it was not used as given. */
  take(draft: S, input: unknown, onInvalid: OnInvalid, defaults?: S): UrlNotice | null;
  /** For urlOnly fields in the embed API: silent when the value is unchanged, else a notice; the draft keeps its value. */
  refuse(draft: S, input: unknown): UrlNotice | null;
  /** Sets the default (of the link's version: `defaults`, else the current one). */
  reset(draft: S, defaults?: S): void;
  /** The link text, or null when the value is its default (or not relevant) and may be left out. */
  text(state: S): string | null;
  /** The JSON form, or undefined when not relevant. */
  json(state: S): unknown;
}

export function defineField<S, V>(spec: FieldSpec<S, V>): UrlField<S> {
  const { key, codec } = spec;
  const shown = (value: V) => clip(codec.encode(value)) || 'none';
  const notice = (input: unknown, value: V, text: string): UrlNotice => ({
    field: key,
    given: clip(printable(input)),
    used: shown(value),
    message: `${key}: ${text}`,
  });
  const relevant = (state: S) => spec.relevant?.(state) ?? true;

  return {
    key,
    urlOnly: spec.urlOnly ?? false,
    take(draft, input, onInvalid, defaults = spec.defaults) {
      const decoded = codec.decode(input, draft);
      if (decoded.ok) {
        spec.set(draft, decoded.value);
        if (decoded.problems.length === 0) return null;
        return notice(input, decoded.value, `${joinProblems(decoded.problems)}; using ${shown(decoded.value)}.`);
      }
      const value = onInvalid === 'default' ? spec.fallback(draft, defaults) : spec.get(draft);
      spec.set(draft, value);
      const how = onInvalid === 'default' ? 'using the default' : 'keeping';
      return notice(input, value, `${decoded.problem}; ${how} ${shown(value)}.`);
    },
    refuse(draft, input) {
      const current = spec.get(draft);
      const decoded = codec.decode(input, draft);
      if (decoded.ok && decoded.problems.length === 0 && codec.equals(decoded.value, current)) return null;
      return notice(input, current, `can be set only in the page's own link, not by the embedding page; keeping ${shown(current)}.`);
    },
    reset(draft, defaults = spec.defaults) {
      spec.set(draft, spec.fallback(draft, defaults));
    },
    text(state) {
      if (!relevant(state)) return null;
      const value = spec.get(state);
      return spec.always || !codec.equals(value, spec.fallback(state, spec.defaults)) ? codec.encode(value) : null;
    },
    json(state) {
      return relevant(state) ? codec.toJson(spec.get(state)) : undefined;
    },
  };
}
