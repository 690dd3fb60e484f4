import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detExp, detExpm1, detLog, detSigmoid, detTanh } from './detmath';

// Math.* are accurate to about 1 ulp in V8; ours should agree to a few ulps.
const ULPS = 4 * Number.EPSILON;
const closeRel = (a: number, b: number, rel = ULPS) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);

describe('deterministic elementary functions', () => {
  it('exp agrees with Math.exp to a few ulps over its whole range', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => closeRel(detExp(x), Math.exp(x))),
      { seed: 1, numRuns: 20000 },
    );
  });

  it('exp handles the edges: 0, overflow, underflow, subnormals, NaN', () => {
    expect(detExp(0)).toBe(1);
    expect(detExp(710)).toBe(Infinity);
    expect(detExp(-746)).toBe(0);
    expect(closeRel(detExp(-740), Math.exp(-740), 1e-3)).toBe(true); // subnormal: few significant bits
    expect(closeRel(detExp(709.7), Math.exp(709.7))).toBe(true);
    expect(detExp(Number.NaN)).toBeNaN();
  });

  it('expm1 keeps full relative precision near 0', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (x) => closeRel(detExpm1(x), Math.expm1(x))),
      { seed: 2, numRuns: 20000 },
    );
  });

  it('log agrees with Math.log, including subnormal inputs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }),
        (x) => closeRel(detLog(x), Math.log(x)) || Math.abs(detLog(x) - Math.log(x)) < 1e-15,
      ),
      { seed: 3, numRuns: 20000 },
    );
    expect(detLog(1)).toBe(0);
    expect(detLog(0)).toBe(-Infinity);
    expect(detLog(-1)).toBeNaN();
  });

  it('tanh agrees with Math.tanh to ~2 ulps of 1 in absolute terms (what a network needs), and saturates cleanly', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => Math.abs(detTanh(x) - Math.tanh(x)) <= 2 * Number.EPSILON),
      { seed: 4, numRuns: 20000 },
    );
    // Near 0 it is also relatively accurate enough for the f64 gradient checks.
    for (const x of [1e-12, 1e-9, 3e-9, 1e-6, 1e-3]) expect(Math.abs(detTanh(x) / Math.tanh(x) - 1)).toBeLessThan(1e-7);
    expect(detTanh(40)).toBe(1);
    expect(detTanh(-40)).toBe(-1);
    expect(detTanh(0)).toBe(0);
    expect(detTanh(Number.NaN)).toBeNaN();
  });

  it('sigmoid matches its definition and never overflows', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => closeRel(detSigmoid(x), 1 / (1 + Math.exp(-x)), 8 * Number.EPSILON)),
      { seed: 5, numRuns: 20000 },
    );
    expect(detSigmoid(-1000)).toBe(0);
    expect(detSigmoid(1000)).toBe(1);
  });
});
