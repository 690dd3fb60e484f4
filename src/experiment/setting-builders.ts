/**
 * How a row of the settings table is made: where its value lives, its codec,
 * default and label, and the link behaviour derived from them (setting-row.ts).
 * The rows themselves are in settings.ts.
 */
import { type Codec, numberCodec, type Range } from './codecs';
import { defaultSettings, type SettingsState } from './defaults';
import { defineField, type UrlField } from './setting-row';

export type Home = keyof SettingsState;
type KeyOf<H extends Home> = keyof SettingsState[H] & string;
type ValueOf<H extends Home, K extends KeyOf<H>> = SettingsState[H][K];

interface SettingSpec<H extends Home, K extends KeyOf<H>> {
  /** Where the value lives: state[home][key]. */
  home: H;
  key: K;
  /** The name in links and in the embed API. */
  url: string;
  codec: Codec<ValueOf<H, K>, SettingsState>;
  /** The setting in a sentence's words, e.g. "the learning rate". */
  label: string;
  /** The docs' "Meaning" column. */
  meaning: string;
  /** Changing it needs new data or a new network: the run starts again (with Undo). */
  rebuilds?: boolean;
  /** The default given the rows read before (p depends on layers, autoplay on embed); else the default state's value. */
  fallback?(state: SettingsState, defaults: SettingsState): ValueOf<H, K>;
  /** The docs' "Default" column, where the encoded default does not say it all. */
  defaultText?: string;
  /** Written even when equal to its default (the seed stays in the link). */
  always?: boolean;
  /** Set by the link only: the embed API cannot change it. */
  urlOnly?: boolean;
  /** False when the value has no meaning in this state (pts unless data=custom). */
  relevant?(state: SettingsState): boolean;
  /** The value a run file means by leaving the key out (files written before the row existed). */
  beforeRow?: ValueOf<H, K>;
}

export interface Setting<H extends Home = Home, K extends KeyOf<H> = KeyOf<H>> {
  readonly home: H;
  readonly key: K;
  readonly url: string;
  readonly label: string;
  readonly meaning: string;
  readonly rebuilds: boolean;
  readonly codec: Codec<ValueOf<H, K>, SettingsState>;
  readonly defaultText: string | undefined;
  readonly always: boolean;
  readonly beforeRow: ValueOf<H, K> | undefined;
  /** The link/API behaviour of the row: read, refuse, reset, write. */
  readonly field: UrlField<SettingsState>;
  get(state: SettingsState): ValueOf<H, K>;
  /** Writes into a draft (a value of undefined removes an optional key). */
  set(draft: SettingsState, value: ValueOf<H, K>): void;
  /** The default given the rows read before, by the defaults of a link version (the current ones when left out). */
  fallback(state: SettingsState, defaults?: SettingsState): ValueOf<H, K>;
}

/** Any row, with its value type erased: what code that walks the whole table sees. */
export interface AnySetting {
  readonly home: Home;
  readonly key: string;
  readonly url: string;
  readonly label: string;
  readonly meaning: string;
  readonly rebuilds: boolean;
  readonly codec: Codec<unknown, SettingsState>;
  readonly defaultText: string | undefined;
  readonly always: boolean;
  readonly beforeRow: unknown;
  readonly field: UrlField<SettingsState>;
  get(state: SettingsState): unknown;
  set(draft: SettingsState, value: unknown): void;
  fallback(state: SettingsState, defaults?: SettingsState): unknown;
}

/** Range-limited number rows also say their limits, for the controls. */
export type NumberSetting<H extends Home, K extends KeyOf<H>> = Setting<H, K> & { readonly limits: Range; readonly integer: boolean };

const DEFAULTS = defaultSettings();

export function setting<H extends Home, K extends KeyOf<H>>(spec: SettingSpec<H, K>): Setting<H, K> {
  const get = (state: SettingsState): ValueOf<H, K> => state[spec.home][spec.key];
  const set = (draft: SettingsState, value: ValueOf<H, K>): void => {
    const home = draft[spec.home];
    if (value === undefined) Reflect.deleteProperty(home, spec.key);
    else home[spec.key] = value;
  };
  const ownFallback = spec.fallback ?? ((_state: SettingsState, defaults: SettingsState) => structuredClone(defaults[spec.home][spec.key]));
  const fallback = (state: SettingsState, defaults: SettingsState = DEFAULTS) => ownFallback(state, defaults);
  return {
    home: spec.home,
    key: spec.key,
    url: spec.url,
    label: spec.label,
    meaning: spec.meaning,
    rebuilds: spec.rebuilds ?? false,
    codec: spec.codec,
    defaultText: spec.defaultText,
    always: spec.always ?? false,
    beforeRow: spec.beforeRow,
    get,
    set,
    fallback,
    field: defineField({
      key: spec.url,
      codec: spec.codec,
      get,
      set,
      fallback,
      defaults: DEFAULTS,
      always: spec.always,
      urlOnly: spec.urlOnly,
      relevant: spec.relevant,
    }),
  };
}

type NumberSpec<H extends Home, K extends KeyOf<H>> = Omit<SettingSpec<H, K>, 'codec'> & { limits: Range; integer?: boolean };

export function numberSetting<H extends Home, K extends KeyOf<H>>(spec: NumberSpec<H, K> & { home: H; key: K }): NumberSetting<H, K> {
  const integer = spec.integer ?? false;
  // Number rows hold numbers: the codec's value type is the row's.
  const codec = numberCodec(spec.limits, integer) as unknown as Codec<ValueOf<H, K>, SettingsState>;
  return { ...setting({ ...spec, codec }), limits: spec.limits, integer };
}

export function withLimits<S, L>(row: S, limits: L): S & { readonly limits: L } {
  return { ...row, limits };
}
