import { describe, expect, it } from 'vitest';
import { describe as describeValue, FieldError, own, readArray, readChoice, readNumber } from './field-checks';

describe('own', () => {
  it('reads own properties only, never inherited ones', () => {
    const inherited = Object.create({ activation: 'relu' }) as Record<string, unknown>;
    expect(own(inherited, 'activation')).toBeUndefined();
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own({}, 'toString')).toBeUndefined();
    expect(own({}, '__proto__')).toBeUndefined();
    expect(own({ n: 3 }, 'n')).toBe(3);
  });
});

describe('readers', () => {
  it('throw a FieldError naming the field', () => {
    expect(() => readNumber('n', Number.NaN, { min: 0, max: 1 })).toThrow(new FieldError('n', 'must be a number from 0 to 1 (got NaN)'));
    expect(() => readChoice('activation', 'toString', ['relu'])).toThrow('activation: must be one of relu (got "toString")');
    expect(() => readArray('xs', 'abc', { min: 1, max: 2 }, 'numbers')).toThrow('xs: must be a list of numbers (got "abc")');
  });

  it('describe bad values briefly', () => {
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue([1, 2, 3])).toBe('a list of 3');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(undefined)).toBe('nothing');
  });
});
