import { describe, expect, it } from 'vitest';
import { TimeLeft } from './time-left';

/** Reports every `every` ms of a sweep that does `rate` of its work per ms after `startup` ms. */
function steady(timeLeft: TimeLeft, { startup, rate, every, until }: { startup: number; rate: number; every: number; until: number }) {
  const out: { at: number; ms: number | null; truth: number }[] = [];
  for (let at = startup + every; at <= until; at += every) {
    const fraction = Math.min(1, (at - startup) * rate);
    out.push({ at, ms: timeLeft.update(at, fraction), truth: (1 - fraction) / rate });
  }
  return out;
}

describe('TimeLeft', () => {
  it('says nothing until two reports some time apart, then is close to the truth at once', () => {
    const t = new TimeLeft();
    const reports = steady(t, { startup: 0, rate: 1 / 15_000, every: 150, until: 1500 });
    expect(reports[0].ms).toBeNull();
    const first = reports.find((r) => r.ms !== null);
    expect(first).toBeDefined();
    expect(first?.at).toBeLessThanOrEqual(600);
    for (const r of reports.filter((x) => x.ms !== null)) expect(Math.abs((r.ms ?? 0) - r.truth)).toBeLessThan(0.1 * r.truth);
  });

  it('leaves the start-up out: a slow start does not inflate the estimate', () => {
    const t = new TimeLeft();
    expect(t.update(1000, 0)).toBeNull();
    const reports = steady(t, { startup: 1000, rate: 1 / 10_000, every: 150, until: 3000 });
    const last = reports[reports.length - 1];
    // The naive elapsed × (1 − f) / f counts the 1 s start-up: 3 × 0.8 / 0.2 = 12 s against the true 8 s.
    expect(last.ms).not.toBeNull();
    expect(Math.abs((last.ms ?? 0) - last.truth)).toBeLessThan(0.1 * last.truth);
  });

  it('counts down from one report to the next instead of standing still', () => {
    const t = new TimeLeft();
    const reports = steady(t, { startup: 0, rate: 1 / 20_000, every: 250, until: 6000 });
    const shown = reports.filter((r) => r.ms !== null).map((r) => r.ms ?? 0);
    for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeLessThan(shown[i - 1]);
    // Every second of the run takes about a second off.
    expect(shown[0] - shown[shown.length - 1]).toBeGreaterThan(4000);
  });

  it('follows a change of pace within a few seconds', () => {
    const t = new TimeLeft();
    let at = 0;
    let fraction = 0;
    for (; at < 4000; at += 200) t.update(at, (fraction += 0.01));
    // Now twice as fast.
    let ms: number | null = null;
    for (let k = 0; k < 30; k++, at += 200) ms = t.update(at, (fraction += 0.02));
    const truth = ((1 - fraction) / 0.02) * 200;
    expect(Math.abs((ms ?? 0) - truth)).toBeLessThan(0.2 * truth);
  });

  it('is 0 when done and starts afresh when progress goes back', () => {
    const t = new TimeLeft();
    steady(t, { startup: 0, rate: 1 / 5000, every: 200, until: 2000 });
    expect(t.update(2200, 1)).toBe(0);
    expect(t.update(2400, 0.01)).toBeNull();
  });

  it('survives non-finite input', () => {
    const t = new TimeLeft();
    expect(t.update(Number.NaN, 0.5)).toBeNull();
    expect(t.update(100, Number.POSITIVE_INFINITY)).toBeNull();
  });
});
