/**
 * Reads a message from the embedding page into a command, without trusting
 * it: only own data properties are read (never a getter, never anything
 * inherited), nothing is merged into anything, and nothing here throws.
 */
import { describe } from '../experiment/codecs';

export const MESSAGE_PREFIX = 'dropout-lab:';
export const COMMAND_TYPE = `${MESSAGE_PREFIX}command`;

/** The types the app sends: one that comes back (a host echoing messages) is ignored, never answered. */
export const OUTGOING_TYPES = ['ready', 'progress', 'state', 'warning', 'error', 'resize'].map((t) => `${MESSAGE_PREFIX}${t}`);

export const COMMANDS = ['play', 'pause', 'reset', 'step', 'set', 'get'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const STEP_LIMITS = { min: 1, max: 10_000 } as const;
/** Longest id echoed back. */
export const MAX_ID_LENGTH = 200;

export type MessageId = string | number;

export type Command =
  | { command: 'play' | 'pause' | 'reset' | 'get'; id?: MessageId }
  | { command: 'step'; steps: number; id?: MessageId }
  | { command: 'set'; params: Record<string, unknown>; id?: MessageId };

export interface CommandWarning {
  message: string;
  fields: string[];
}

export type Parsed =
  /** Not a message of this API: ignored silently (other scripts post messages too). */
  { kind: 'ignore' } | { kind: 'error'; message: string; id?: MessageId } | { kind: 'command'; command: Command; warnings: CommandWarning[] };

/** The value of an own data property; undefined for an accessor, an inherited or a missing property. */
export function ownValue(object: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
}

function hasOwn(object: object, key: string): boolean {
  return Object.getOwnPropertyDescriptor(object, key) !== undefined;
}

/** A plain object (of this realm or a structured clone), not an array, not a class instance. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (COMMANDS as readonly string[]).includes(value);
}

const COMMAND_LIST = COMMANDS.join(', ');

/** Reads one message. Never throws on a structured clone; a hostile object (a proxy) may, and the caller catches it. */
export function parseMessage(data: unknown): Parsed {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'ignore' };
  const type = ownValue(data, 'type');
  if (typeof type !== 'string' || !type.startsWith(MESSAGE_PREFIX) || OUTGOING_TYPES.includes(type)) return { kind: 'ignore' };

  let id: MessageId | undefined;
  if (hasOwn(data, 'id')) {
    const given = ownValue(data, 'id');
    const valid = (typeof given === 'string' && given.length <= MAX_ID_LENGTH) || (typeof given === 'number' && Number.isFinite(given));
    if (!valid) {
      return {
        kind: 'error',
        message: `id: ${describe(given)} is not usable; send a string of up to ${MAX_ID_LENGTH} characters or a finite number (or no id).`,
      };
    }
    id = given;
  }
  const withId = <T extends object>(value: T): T & { id?: MessageId } => (id === undefined ? value : { ...value, id });
  const error = (message: string): Parsed => ({ kind: 'error', message, ...(id === undefined ? {} : { id }) });

  if (type !== COMMAND_TYPE) {
    return error(
      `${describe(type)} is not a message type Dropout Lab knows; send {"type": "${COMMAND_TYPE}", "command": …} with a command among ${COMMAND_LIST}.`,
    );
  }
  const command = ownValue(data, 'command');
  if (!isCommandName(command)) {
    const problem = hasOwn(data, 'command') ? `${describe(command)} is not a command Dropout Lab knows` : 'missing';
    return error(`command: ${problem}; use one of ${COMMAND_LIST}.`);
  }

  switch (command) {
    case 'step':
      return parseStep(data, withId, error);
    case 'set': {
      if (!hasOwn(data, 'params')) return error('set: needs params, an object of settings by their URL names such as {"p": 0.5}; nothing changed.');
      const params = ownValue(data, 'params');
      if (!isPlainRecord(params)) return error(`set: params must be an object of settings such as {"p": 0.5}, got ${describe(params)}; nothing changed.`);
      return { kind: 'command', command: withId({ command, params }), warnings: [] };
    }
    default:
      return { kind: 'command', command: withId({ command }), warnings: [] };
  }
}

function parseStep(data: object, withId: <T extends object>(value: T) => T & { id?: MessageId }, error: (message: string) => Parsed): Parsed {
  const { min, max } = STEP_LIMITS;
  if (!hasOwn(data, 'steps')) return { kind: 'command', command: withId({ command: 'step' as const, steps: 1 }), warnings: [] };
  const given = ownValue(data, 'steps');
  if (typeof given !== 'number' || Number.isNaN(given)) {
    return error(`step: steps must be a number from ${min} to ${max}, got ${describe(given)}; nothing changed.`);
  }
  const clamped = Math.min(max, Math.max(min, Math.round(given)));
  const problem = given < min || given > max ? `outside ${min}–${max}` : 'not a whole number';
  const warnings: CommandWarning[] = clamped === given ? [] : [{ message: `steps: ${String(given)} is ${problem}; using ${clamped}.`, fields: ['steps'] }];
  return { kind: 'command', command: withId({ command: 'step' as const, steps: clamped }), warnings };
}
