/** Field checks shared by the core's validators: each error names the field and its allowed range. */

export class ConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ConfigError';
  }
}

export interface Range {
  readonly min: number;
  readonly max: number;
}

export function checkNumber(field: string, value: number, range: Range, integer = false): void {
  const kind = integer ? 'an integer' : 'a number';
  const ok = Number.isFinite(value) && value >= range.min && value <= range.max;
  if (!ok || (integer && !Number.isInteger(value))) {
    throw new ConfigError(field, `must be ${kind} from ${range.min} to ${range.max} (got ${String(value)})`);
  }
}

export function checkChoice<T extends string>(field: string, value: string, choices: readonly T[]): asserts value is T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new ConfigError(field, `must be one of ${choices.join(', ')} (got ${JSON.stringify(value)})`);
  }
}
