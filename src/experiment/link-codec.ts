/**
 * The URL-state codec: a link's hash ⇄ the page's state, and the embed API's
 * `set` and JSON view, all driven by the settings table in settings.ts. Pure:
 * strings and objects in, state and notices out; the caller wires it to
 * location.hash and postMessage. Nothing here throws on any input, and every
 * state it returns passes the core's validators.
 */
import { knockoutWithin } from './knockout-codec';
import { layerChoiceWithin } from './layer-choice-codec';
import { DATA_LIMITS, OVERFITTING_DATA } from '../data/config';
import { describe } from './codecs';
import { cloneSettings, type SettingsState } from './defaults';
import { fitLength } from './list-codecs';
import { clip, NoticeLog, printable, type UrlNotice } from './notices';
import { URL_FIELD_BY_KEY, URL_FIELDS } from './settings';
import { defaultsOfVersion, isKnownVersion, URL_SCHEMA_VERSION } from './link-versions';

export interface ParsedHash {
  state: SettingsState;
  notices: UrlNotice[];
}

export interface AppliedParams {
  state: SettingsState;
  notices: UrlNotice[];
  /** Set when nothing could be applied; `state` is then the base itself. */
  error: string | null;
}

const VERSION_KEY = 'v';

/** Reads a link's hash, with or without the leading '#'. Never throws. */
export function parseHash(hash: string): ParsedHash {
  const log = new NoticeLog();
  const given = readPairs(hash, log);
  const defaults = defaultsOfVersion(readVersion(given, log));
  const draft = cloneSettings(defaults);
  for (const field of URL_FIELDS) {
    if (given.has(field.key)) log.push(field.take(draft, given.get(field.key), 'default', defaults));
    else field.reset(draft, defaults);
  }
  reconcile(draft, given, log, null);
  noteUnknownKeys(given, log);
  return { state: draft, notices: log.list() };
}

/**
 * The canonical, short link hash (with its '#'): `v` and `seed` always, then
 * every other field that differs from its default, in schema order.
 */
export function serializeHash(state: SettingsState): string {
  const parts = [`${VERSION_KEY}=${URL_SCHEMA_VERSION}`];
  for (const field of URL_FIELDS) {
    const text = field.text(state);
    if (text !== null) parts.push(`${field.key}=${encodeValue(text)}`);
  }
  return `#${parts.join('&')}`;
}

/**
 * The embed API's `set`: `params` uses the URL names, with values in their URL
 * text form or as JSON (`p: [0.2, 0.5]`, `compare: true`, `pts: [{x, y}]`).
 * Values are clamped as in a link; an unusable value keeps the current one.
 * `embed` and `origin` cannot change. Anything but a plain object is an error
 * and returns `base` itself. Never throws.
 */
export function applyParams(base: SettingsState, params: unknown): AppliedParams {
  const refused = (reason: string): AppliedParams => ({ state: base, notices: [], error: `set: ${reason}; nothing changed.` });
  let given: Map<string, unknown>;
  try {
    if (!isPlainObject(params)) return refused(`expected an object of settings such as {"p": 0.5}, got ${describe(params)}`);
    given = new Map(Object.keys(params).map((key) => [key, params[key]]));
  } catch {
    return refused('the settings could not be read');
  }
  const log = new NoticeLog();
  const draft = cloneSettings(base);
  try {
    readVersion(given, log);
    for (const field of URL_FIELDS) {
      if (!given.has(field.key)) continue;
      const input = given.get(field.key);
      log.push(field.urlOnly ? field.refuse(draft, input) : field.take(draft, input, 'keep'));
    }
    reconcile(draft, given, log, base);
    noteUnknownKeys(given, log);
  } catch {
    // Only a hostile value (a throwing getter or proxy) gets here.
    return refused('a value could not be read');
  }
  return { state: draft, notices: log.list(), error: null };
}

/**
 * The full state in JSON types, by URL name: numbers, `layers` and `p` as
 * arrays, flags as booleans, `panels` and `hide` as arrays, `pts` as [[x, y], …]
 * (left out unless data=custom). applyParams reads it back unchanged.
 */
export function toJsonParams(state: SettingsState): Record<string, unknown> {
  const out: Record<string, unknown> = { [VERSION_KEY]: URL_SCHEMA_VERSION };
  for (const field of URL_FIELDS) {
    const value = field.json(state);
    if (value !== undefined) out[field.key] = value;
  }
  return out;
}

// ---- helpers ---------------------------------------------------------------

function decodePart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Percent-encodes a value but keeps the separators of our lists, points and origins readable. */
function encodeValue(text: string): string {
  return encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/** key=value pairs, percent-decoded ('+' stays '+'); a repeated key keeps its last value, with a notice. */
function readPairs(hash: string, log: NoticeLog): Map<string, string> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const pairs = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodePart(eq === -1 ? part : part.slice(0, eq));
    const value = eq === -1 ? '' : decodePart(part.slice(eq + 1));
    const earlier = pairs.get(key);
    if (earlier !== undefined) {
      log.push({
        field: clip(key),
        given: clip(earlier),
        used: clip(value) || 'none',
        message: `${clip(key)}: given more than once; using the last value, ${describe(value)}.`,
      });
    }
    pairs.set(key, value);
  }
  return pairs;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // Object.prototype of this or another realm (a structured clone), or none.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** The link's version (the current one when it has none), with a notice when it is not one this page knows. */
function readVersion(given: ReadonlyMap<string, unknown>, log: NoticeLog): number {
  if (!given.has(VERSION_KEY)) return URL_SCHEMA_VERSION;
  const v = given.get(VERSION_KEY);
  const version = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,3}\s*$/.test(v) ? Number(v) : Number.NaN;
  if (isKnownVersion(version)) return version;
  log.push({
    field: VERSION_KEY,
    given: clip(printable(v)),
    used: String(URL_SCHEMA_VERSION),
    message: `${VERSION_KEY}: ${describe(v)} is not a link version this page knows; reading it as version ${URL_SCHEMA_VERSION}.`,
  });
  return URL_SCHEMA_VERSION;
}

function noteUnknownKeys(given: ReadonlyMap<string, unknown>, log: NoticeLog): void {
  for (const [key, value] of given) {
    if (key === VERSION_KEY || URL_FIELD_BY_KEY.has(key)) continue;
    log.push({ field: clip(key), given: clip(printable(value)), used: 'none', message: `${clip(key)}: not a setting this page knows; ignored.` });
  }
}

/**
 * Rules between fields: one drop rate per layer, custom points exactly when
 * the data is custom, and a notice when classic scaling meets a scheme it does not apply to. `prior` is the embed API's base state: custom data with
 * too few points then keeps what the page had rather than resetting it.
 */
function reconcile(draft: SettingsState, given: ReadonlyMap<string, unknown>, log: NoticeLog, prior: SettingsState | null): void {
  const config = draft.config;
  // Only after the embed API changed `layers` without `p`: the p list follows the layers.
  if (config.dropout.length !== config.hiddenLayers.length) config.dropout = fitLength(config.dropout, config.hiddenLayers.length);
  // Likewise the knock-outs: a neuron the new layers do not have is no longer knocked out.
  draft.frameOptions.knockout = knockoutWithin(draft.frameOptions.knockout, config.hiddenLayers);
  // And the robustness view's layer: one the new layers lack becomes every layer.
  draft.frameOptions.robustnessLayer = layerChoiceWithin(draft.frameOptions.robustnessLayer, config.hiddenLayers.length);

  const min = DATA_LIMITS.customPoints.min;
  const count = config.points?.length ?? 0;
  if (config.dataset === 'custom' && count < min) {
    const before = prior?.config;
    const keptPoints = before?.dataset === 'custom' ? before.points : undefined;
    if (keptPoints !== undefined && keptPoints.length >= min) {
      config.points = keptPoints.map((p) => ({ x: p.x, y: p.y }));
      log.push({
        field: 'pts',
        given: clip(printable(given.get('pts') ?? '')),
        used: `${keptPoints.length} points`,
        message: `pts: custom data needs at least ${min} points (got ${count}); keeping the current ${keptPoints.length} points.`,
      });
    } else {
      const fallback = before !== undefined && before.dataset !== 'custom' ? before.dataset : OVERFITTING_DATA.dataset;
      log.push({
        field: 'data',
        given: 'custom',
        used: fallback,
        message: `data: custom needs at least ${min} points in pts (got ${count}); ${before === undefined ? 'using' : 'keeping'} ${fallback}.`,
      });
      config.dataset = fallback;
    }
  } else if (config.dataset !== 'custom' && given.has('pts') && count > 0) {
    log.push({
      field: 'pts',
      given: clip(printable(given.get('pts'))),
      used: 'none',
      message: `pts: points are used only with data=custom (data is ${config.dataset}); ignored.`,
    });
  }
  if (config.dataset !== 'custom') delete config.points;

  if ((given.has('variant') || given.has('scheme')) && config.scheme !== 'bernoulli' && config.variant === 'classic') {
    log.push({
      field: 'variant',
      given: 'classic',
      used: 'classic',
      message: `variant: classic scaling applies to Bernoulli dropout only; scheme=${config.scheme} scales like inverted dropout (×1/(1 − p) while training, nothing at test time), so variant has no effect.`,
    });
  }
}
