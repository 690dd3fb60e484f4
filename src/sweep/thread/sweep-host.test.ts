import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../../experiment/presets';
import { SLICE_MS, SweepHost } from './sweep-host';
import type { FromSweepWorker } from '../protocol';
import type { SweepPlan } from '../../experiment/sweep-plan';

const plan: SweepPlan = { kind: 'p', values: [0, 0.3, 0.6], series: [], steps: 1000, seeds: 1 };

/** A host on a fake clock that moves 1 ms per look, with its slices run by hand. */
function harness() {
  const posted: FromSweepWorker[] = [];
  let clock = 0;
  const host = new SweepHost({ post: (m) => posted.push(m), now: () => (clock += 1) });
  /** Runs one slice; true while the host has more to do. */
  const runSlice = () => host.slice() !== null;
  return { host, posted, runSlice };
}

describe('SweepHost', () => {
  it('posts started, one result per run with progress, then finished', () => {
    const { host, posted, runSlice } = harness();
    host.handle({ type: 'start', id: 3, config: OVERFITTING_PRESET, plan });
    expect(posted[0]).toEqual({ type: 'started', id: 3, total: 3 });
    let slices = 1;
    while (runSlice() && slices < 10_000) slices++;
    const results = posted.filter((m) => m.type === 'result');
    expect(results.map((m) => (m.type === 'result' ? [m.result.value, m.done] : null))).toEqual([
      [0, 1],
      [0.3, 2],
      [0.6, 3],
    ]);
    expect(posted[posted.length - 1]).toEqual({ type: 'finished', id: 3 });
    // Slices are short: many of them, with progress in between.
    expect(slices).toBeGreaterThan(10);
    expect(posted.some((m) => m.type === 'progress')).toBe(true);
    expect(SLICE_MS).toBeLessThanOrEqual(16);
  });

  it('answers a cancel between slices, and a new start replaces the sweep', () => {
    const { host, posted, runSlice } = harness();
    host.handle({ type: 'start', id: 1, config: OVERFITTING_PRESET, plan });
    runSlice();
    host.handle({ type: 'cancel', id: 1 });
    expect(posted[posted.length - 1]).toEqual({ type: 'cancelled', id: 1 });
    while (runSlice());
    expect(posted.filter((m) => m.type === 'result' || m.type === 'finished')).toEqual([]);

    host.handle({ type: 'start', id: 2, config: OVERFITTING_PRESET, plan });
    host.handle({ type: 'start', id: 4, config: OVERFITTING_PRESET, plan: { ...plan, values: [0] } });
    expect(posted.slice(-3)).toEqual([
      { type: 'started', id: 2, total: 3 },
      { type: 'cancelled', id: 2 },
      { type: 'started', id: 4, total: 1 },
    ]);
    while (runSlice());
    expect(posted[posted.length - 1]).toEqual({ type: 'finished', id: 4 });
  });

  it('reports a bad plan as failed, with the reason', () => {
    const { host, posted } = harness();
    host.handle({ type: 'start', id: 5, config: OVERFITTING_PRESET, plan: { ...plan, steps: -1 } });
    expect(posted).toEqual([{ type: 'failed', id: 5, message: expect.stringMatching(/^steps: must be an integer/) }]);
  });
});
