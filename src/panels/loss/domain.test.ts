import { describe, expect, it } from 'vitest';
import { DEFAULT_LINEAR_DOMAIN, DEFAULT_LOG_DOMAIN, finiteExtent, LOG_FLOOR, nextDomain, snapDown, snapUp, targetDomain } from './domain';

describe('finiteExtent', () => {
  it('skips NaN and infinities', () => {
    expect(
      finiteExtent([
        [0.5, Number.NaN, 0.1],
        [Infinity, 0.3, -Infinity],
      ]),
    ).toEqual([0.1, 0.5]);
  });

  it('is null when nothing is finite', () => {
    expect(finiteExtent([[Number.NaN, Infinity], []])).toBeNull();
  });

  it('raises values to a floor (a log axis shows 0 on its floor)', () => {
    expect(finiteExtent([[0, 0.2]], LOG_FLOOR)).toEqual([LOG_FLOOR, 0.2]);
  });
});

describe('snapping', () => {
  it('snaps outward to 1-2-5 round numbers', () => {
    expect(snapUp(0.13)).toBe(0.2);
    expect(snapUp(0.2)).toBe(0.2);
    expect(snapUp(0.6)).toBe(1);
    expect(snapDown(0.013)).toBe(0.01);
    expect(snapDown(0.049)).toBe(0.02);
    expect(snapDown(0.05)).toBe(0.05);
  });

  it('gives clean decimals', () => {
    expect(snapUp(0.29, [1, 1.2, 1.5, 2, 2.5, 3])).toBe(0.3);
  });
});

describe('targetDomain', () => {
  it('falls back to a default without data', () => {
    expect(targetDomain(null, true)).toEqual(DEFAULT_LOG_DOMAIN);
    expect(targetDomain(null, false)).toEqual(DEFAULT_LINEAR_DOMAIN);
  });

  it('log: contains the data with room, spans at least a decade and stays positive', () => {
    const [lo, hi] = targetDomain([0.012, 0.8], true);
    expect(lo).toBeLessThan(0.012);
    expect(hi).toBeGreaterThan(0.8);
    const flat = targetDomain([0.3, 0.3], true);
    expect(flat[1] / flat[0]).toBeGreaterThanOrEqual(10);
    expect(targetDomain([0, 1e-9], true)[0]).toBeGreaterThanOrEqual(LOG_FLOOR);
  });

  it('linear: starts at 0 and ends on a round number above the max', () => {
    expect(targetDomain([0.02, 0.47], false)).toEqual([0, 0.5]);
  });
});

describe('nextDomain', () => {
  it('keeps the domain while the data move inside it (no jitter)', () => {
    let domain = nextDomain(null, [0.05, 0.9], true);
    const first = domain;
    for (let i = 0; i < 50; i++) domain = nextDomain(domain, [0.05 - i * 0.0004, 0.9], true);
    expect(domain).toBe(first);
  });

  it('grows as soon as the data leave it', () => {
    const domain = nextDomain(null, [0.05, 0.9], true);
    const grown = nextDomain(domain, [0.001, 0.9], true);
    expect(grown[0]).toBeLessThanOrEqual(0.001);
  });

  it('shrinks when the data fill much less of it', () => {
    const wide = nextDomain(null, [0.0001, 10], true);
    const narrow = nextDomain(wide, [0.1, 0.5], true);
    expect(narrow[1] / narrow[0]).toBeLessThan(wide[1] / wide[0]);
    expect(narrow[0]).toBeLessThanOrEqual(0.1);
    expect(narrow[1]).toBeGreaterThanOrEqual(0.5);
  });

  it('linear: holds until the max falls well below the top', () => {
    const d = nextDomain(null, [0, 0.95], false);
    expect(nextDomain(d, [0, 0.7], false)).toBe(d);
    expect(nextDomain(d, [0, 0.3], false)[1]).toBeLessThan(d[1]);
  });

  it('returns a usable domain for all-NaN data', () => {
    const d = nextDomain([0.01, 1], null, true);
    expect(d.every(Number.isFinite)).toBe(true);
  });
});
