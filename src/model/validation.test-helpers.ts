import { ConfigError } from './validation';

/** The ConfigError that `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => void): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}
