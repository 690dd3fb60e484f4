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
  /** Runs slices until the host is idle; returns how many ran. */
  const runToIdle = () => {
    let slices = 0;
    while (host.slice() !== null && slices < 10_000) slices++;
    return slices;
  };
  return { host, posted, runToIdle };
}

const resultValues = (posted: readonly FromSweepWorker[]) => posted.flatMap((m) => (m.type === 'result' ? [m.result.value] : []));

describe('SweepHost', () => {
  it('learns the sweep, then trains only the runs it is handed, in that order, with progress between results', () => {
    const { host, posted, runToIdle } = harness();
    host.handle({ type: 'start', id: 3, config: OVERFITTING_PRESET, plan });
    expect(posted).toEqual([{ type: 'started', id: 3, total: 3 }]);
    expect(host.slice()).toBeNull();
    host.handle({ type: 'run', id: 3, index: 2 });
    host.handle({ type: 'run', id: 3, index: 0 });
    const slices = runToIdle();
    expect(resultValues(posted)).toEqual([0.6, 0]);
    // Slices are short: many of them, with progress on the run in hand in between.
    expect(slices).toBeGreaterThan(10);
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((m) => m.type === 'progress' && (m.index === 2 || m.index === 0) && m.steps > 0 && m.steps < 1000)).toBe(true);
    expect(SLICE_MS).toBeLessThanOrEqual(16);
    // Handed another run later, it goes on.
    host.handle({ type: 'run', id: 3, index: 1 });
    runToIdle();
    expect(resultValues(posted)).toEqual([0.6, 0, 0.3]);
  });

  it('drops a cancelled sweep between slices, and ignores runs of another sweep', () => {
    const { host, posted, runToIdle } = harness();
    host.handle({ type: 'start', id: 1, config: OVERFITTING_PRESET, plan });
    host.handle({ type: 'run', id: 1, index: 0 });
    host.slice();
    host.handle({ type: 'cancel', id: 1 });
    runToIdle();
    host.handle({ type: 'run', id: 1, index: 1 });
    expect(host.slice()).toBeNull();
    expect(resultValues(posted)).toEqual([]);

    host.handle({ type: 'start', id: 2, config: OVERFITTING_PRESET, plan });
    host.handle({ type: 'start', id: 4, config: OVERFITTING_PRESET, plan: { ...plan, values: [0.1] } });
    host.handle({ type: 'run', id: 2, index: 0 });
    host.handle({ type: 'run', id: 4, index: 0 });
    runToIdle();
    expect(posted.filter((m) => m.type === 'result').map((m) => m.id)).toEqual([4]);
    expect(resultValues(posted)).toEqual([0.1]);
  });

  it('gives back a run that has not begun when asked to drop it; the run in progress goes on', () => {
    const { host, posted, runToIdle } = harness();
    host.handle({ type: 'start', id: 7, config: OVERFITTING_PRESET, plan });
    host.handle({ type: 'run', id: 7, index: 0 });
    host.handle({ type: 'run', id: 7, index: 1 });
    host.handle({ type: 'run', id: 7, index: 2 });
    host.slice();
    host.handle({ type: 'drop', id: 7, index: 0 });
    host.handle({ type: 'drop', id: 7, index: 2 });
    runToIdle();
    expect(resultValues(posted)).toEqual([0, 0.3]);
  });

  it('reports a bad plan or a run outside it as failed, with the reason', () => {
    const { host, posted } = harness();
    host.handle({ type: 'start', id: 5, config: OVERFITTING_PRESET, plan: { ...plan, steps: -1 } });
    expect(posted).toEqual([{ type: 'failed', id: 5, message: expect.stringMatching(/^steps: must be an integer/) }]);
    host.handle({ type: 'start', id: 6, config: OVERFITTING_PRESET, plan });
    host.handle({ type: 'run', id: 6, index: 3 });
    expect(posted[posted.length - 1]).toEqual({ type: 'failed', id: 6, message: 'run 3: the sweep has runs 0–2' });
    expect(host.slice()).toBeNull();
  });
});
