import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../experiment/presets';
import type { SweepPlan } from '../experiment/sweep-plan';
import { tunePlanOf } from '../experiment/regularizers-plan';
import { SweepPool } from './pool';
import type { FromSweepWorker, PoolResult, SweepEvent, ToSweepWorker } from './protocol';
import { SweepHost } from './thread/sweep-host';
import { SweepRunner } from './thread/sweep-runner';

const config = { ...OVERFITTING_PRESET, seed: 11 };
const plan: SweepPlan = { kind: 'p', values: [0, 0.2, 0.4, 0.6], series: [], steps: 60, seeds: 2 };

/** A sweep thread in this process: the real host, with its inbox and slices run by the test's scheduler. */
interface FakeThread {
  host: SweepHost;
  inbox: ToSweepWorker[];
  receive: (message: FromSweepWorker) => void;
  fail: () => void;
  disposed: boolean;
  /** Runs handed to it and not yet reported, as the thread sees them. */
  runs: number[];
}

/** `slowEvery[k]`: thread k runs a slice only every that many rounds (1 = every round). */
function harness(initialSize: number, slowEvery: readonly number[] = []) {
  const events: SweepEvent[] = [];
  const threads: FakeThread[] = [];
  let size = initialSize;
  let lost: 'retry' | 'fail' = 'fail';
  let clock = 0;
  /** Runs handed out so far, and for each run handed to a thread that already had one, how many runs had not been handed out yet. */
  let handed = 0;
  let drops = 0;
  const leftAtPrefetch: number[] = [];
  const pool = new SweepPool({
    spawn(receive, fail) {
      const thread: FakeThread = {
        host: new SweepHost({ post: (m) => thread.receive(m), now: () => (clock += 1) }),
        inbox: [],
        receive: (m) => {
          if (m.type === 'result') thread.runs.splice(thread.runs.indexOf(m.result.index), 1);
          receive(m);
        },
        fail,
        disposed: false,
        runs: [],
      };
      threads.push(thread);
      return {
        post: (m) => {
          if (m.type === 'run') {
            handed++;
            if (thread.runs.length > 0) leftAtPrefetch.push(handed);
            thread.runs.push(m.index);
          } else if (m.type === 'drop') {
            handed--;
            drops++;
            thread.runs = thread.runs.filter((index) => index !== m.index);
          } else {
            thread.runs = [];
            handed = 0;
          }
          thread.inbox.push(m);
        },
        dispose: () => (thread.disposed = true),
      };
    },
    emit: (event) => events.push(event),
    size: () => size,
    lost: () => lost,
    now: () => clock,
  });
  const live = () => threads.filter((t) => !t.disposed);
  /** One round: every live thread reads its inbox and runs one slice. */
  let rounds = 0;
  const round = () => {
    rounds++;
    threads.forEach((thread, k) => {
      if (thread.disposed) return;
      for (const message of thread.inbox.splice(0)) thread.host.handle(message);
      if (!thread.disposed && rounds % (slowEvery[k] ?? 1) === 0) thread.host.slice();
    });
  };
  const ended = () => events.some((e) => e.type === 'finished' || e.type === 'failed');
  const runUntil = (done: () => boolean) => {
    for (let rounds = 0; !done() && rounds < 100_000; rounds++) round();
  };
  const results = () => events.flatMap((e) => (e.type === 'result' ? [e.result] : []));
  return {
    pool,
    events,
    threads,
    live,
    round,
    runUntil,
    ended,
    results,
    leftAtPrefetch,
    drops: () => drops,
    setSize: (n: number) => (size = n),
    setLost: (answer: 'retry' | 'fail') => (lost = answer),
  };
}

const serial: PoolResult[] = [...SweepRunner.serial(config, plan)];
const byIndex = (results: readonly PoolResult[]) => [...results].sort((a, b) => a.index - b.index);

describe('SweepPool', () => {
  it('runs a comparison stage on 2 threads with exactly the numbers of a serial run', () => {
    const tune = tunePlanOf({ steps: 16, seeds: 1, folds: 2, grid: 2 });
    const small = { ...config, n: 8 };
    const h = harness(2);
    h.pool.handle({ type: 'start', id: 1, config: small, plan: tune });
    h.runUntil(h.ended);
    expect(byIndex(h.results())).toEqual([...SweepRunner.serial(small, tune)]);
    expect(new Set(h.threads.map((t) => t.host)).size).toBe(2);
  });

  it.each([1, 2, 3])('with %i threads gives exactly the numbers of a serial sweep, each run once', (size) => {
    const h = harness(size);
    h.pool.handle({ type: 'start', id: 1, config, plan });
    expect(h.threads).toHaveLength(size);
    h.runUntil(h.ended);
    expect(h.events[h.events.length - 1]).toEqual({ type: 'finished', id: 1 });
    expect(byIndex(h.results())).toEqual(serial);
    expect(h.events.filter((e) => e.type === 'started')).toEqual([{ type: 'started', id: 1, total: 8 }]);
    expect(h.events.filter((e) => e.type === 'workers')).toEqual([{ type: 'workers', id: 1, count: size }]);
    // done counts up one by one; the share of the work never goes back.
    const results = h.events.filter((e) => e.type === 'result');
    expect(results.map((e) => e.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const fractions = h.events.flatMap((e) => (e.type === 'result' || e.type === 'progress' ? [e.fraction] : []));
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
    if (size > 1) {
      // The work was shared: more than one thread returned results.
      expect(new Set(h.threads.map((t) => t.host)).size).toBe(size);
    }
  });

  it('gives each thread one run and one waiting while there are enough for all, and no waiting run at the tail', () => {
    const h = harness(2);
    const odd: SweepPlan = { ...plan, values: [0, 0.2, 0.4], seeds: 3 };
    h.pool.handle({ type: 'start', id: 1, config, plan: odd });
    expect(h.threads.map((t) => t.runs)).toEqual([
      [0, 2],
      [1, 3],
    ]);
    h.runUntil(h.ended);
    // Each run handed behind another left at least one run for the other thread (9 runs in all).
    expect(h.leftAtPrefetch.length).toBeGreaterThan(0);
    expect(h.leftAtPrefetch.every((handedSoFar) => 9 - handedSoFar >= 1)).toBe(true);
    expect(byIndex(h.results())).toEqual([...SweepRunner.serial(config, odd)]);
  });

  it('a thread that runs out of work takes the run waiting behind a slower one; each run still counts once', () => {
    const h = harness(2, [1, 5]);
    h.pool.handle({ type: 'start', id: 1, config, plan });
    let idleBesideQueued = 0;
    h.runUntil(() => {
      const runs = h.live().map((t) => t.runs.length);
      if (!h.ended() && runs.includes(0) && runs.includes(2)) idleBesideQueued++;
      return h.ended();
    });
    expect(h.drops()).toBeGreaterThan(0);
    expect(idleBesideQueued).toBe(0);
    expect(
      h
        .results()
        .map((r) => r.index)
        .sort((a, b) => a - b),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(byIndex(h.results())).toEqual(serial);
  });

  it('shrinks and grows during a sweep (the main run paused or resumed): withdrawn runs run again elsewhere, same numbers', () => {
    const h = harness(2);
    h.pool.handle({ type: 'start', id: 1, config, plan });
    h.runUntil(() => h.results().length >= 1);
    h.round();
    h.setSize(1);
    h.pool.resize();
    expect(h.live()).toHaveLength(1);
    expect(h.threads[1].disposed).toBe(true);
    h.runUntil(() => h.results().length >= 4);
    h.setSize(3);
    h.pool.resize();
    expect(h.live()).toHaveLength(3);
    h.runUntil(h.ended);
    expect(byIndex(h.results())).toEqual(serial);
    expect(h.events.filter((e) => e.type === 'workers').map((e) => (e.type === 'workers' ? e.count : 0))).toEqual([2, 1, 3]);
  });

  it('cancels: every thread drops the sweep and nothing more is reported; the threads serve the next sweep', () => {
    const h = harness(2);
    h.pool.handle({ type: 'start', id: 1, config, plan });
    h.round();
    h.pool.handle({ type: 'cancel', id: 1 });
    const before = h.events.length;
    for (let i = 0; i < 500; i++) h.round();
    expect(h.events.slice(before)).toEqual([]);
    expect(h.threads.every((t) => t.inbox.length === 0)).toBe(true);

    h.pool.handle({ type: 'start', id: 2, config, plan });
    expect(h.threads).toHaveLength(2);
    h.runUntil(h.ended);
    expect(byIndex(h.events.flatMap((e) => (e.type === 'result' && e.id === 2 ? [e.result] : [])))).toEqual(serial);
  });

  it('restarts the unfinished runs on new threads when none ever answered, and fails the sweep when a working one stops', () => {
    const retry = harness(2);
    retry.setLost('retry');
    retry.pool.handle({ type: 'start', id: 1, config, plan });
    retry.threads[0].fail();
    expect(retry.threads.slice(0, 2).every((t) => t.disposed)).toBe(true);
    expect(retry.live()).toHaveLength(2);
    retry.runUntil(retry.ended);
    expect(byIndex(retry.results())).toEqual(serial);

    const fail = harness(2);
    fail.pool.handle({ type: 'start', id: 1, config, plan });
    fail.runUntil(() => fail.results().length >= 1);
    fail.threads[1].fail();
    expect(fail.events[fail.events.length - 1]).toEqual({ type: 'failed', id: 1, message: expect.stringContaining('stopped unexpectedly') });
    expect(fail.live()).toHaveLength(1);
  });

  it('reports a plan the workers refuse as failed, once', () => {
    const h = harness(2);
    h.pool.handle({ type: 'start', id: 1, config, plan: { ...plan, steps: 0 } });
    h.runUntil(h.ended);
    for (let i = 0; i < 10; i++) h.round();
    expect(h.events.filter((e) => e.type === 'failed')).toEqual([{ type: 'failed', id: 1, message: expect.stringMatching(/^steps/) }]);
  });
});
