/**
 * Exact resume: a run saved at step 1000 and restored — into a fresh RunSet,
 * into a new TrainingHost (a restarted worker, Undo), or through a run file —
 * then trained 1000 more steps is bit-identical to 2000 uninterrupted steps.
 *
 * What each check would catch: comparing params and every step's loss after
 * 1000 more steps catches fresh optimizer moments and forgotten β powers
 * (Adam's bias correction restarts: the first steps after the restore are
 * far too large); p = 0.5 makes the mask stream matter (restarting it from
 * the seed replays the first 1000 steps' masks); minibatches of 4 make the
 * shuffle stream matter, and a capture in mid-epoch (batch size 3: 6 steps
 * per epoch, 1000 = 166·6 + 4) makes the sampler's position and the epoch's
 * order matter too. src/model/training-state.test.ts shows that each of these
 * wrong restores does change the run.
 */
import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../../experiment/presets';
import type { ExperimentConfig, RestoreState, RunSnapshot } from '../../experiment/types';
import type { OptimizerKind } from '../../model/config';
import { buildRunJson } from '../../panels/export/build-run-json';
import { parseRunJson } from '../../panels/export/parse-run-json';
import type { RunState } from '../protocol';
import { RunSet } from './run-set';
import { SNAPSHOT_INTERVAL_MS } from './training-host';
import { TrainingHarness } from './training-harness';

const HALF = 1000;

function configFor(optimizer: OptimizerKind, batchSize: number): ExperimentConfig {
  // 16 points: with batch size 3 an epoch is 6 steps (5 of 3 and one of 1), so step 1000 lands mid-epoch.
  return { ...OVERFITTING_PRESET, n: 16, optimizer, batchSize, dropout: [0.5, 0.5] };
}

/** Every run's minibatch loss at every step, and the final weights. */
interface Trace {
  losses: number[][];
  params: Float32Array[];
  snapshot: RunSnapshot[];
}

function train(runs: RunSet, steps: number): Trace {
  const losses: number[][] = runs.runs.map(() => []);
  for (let s = 0; s < steps; s++) {
    runs.stepAll();
    runs.runs.forEach((run, i) => losses[i].push(run.batchLoss));
  }
  return { losses, params: runs.runs.map((r) => Float32Array.from(r.training.net.params)), snapshot: runs.snapshot() };
}

const uninterruptedCache = new Map<string, Trace>();

/** Steps HALF + 1 … 2·HALF of an uninterrupted run. */
function uninterrupted(config: ExperimentConfig, compare: boolean): Trace {
  const key = JSON.stringify([config.optimizer, config.batchSize, compare]);
  const cached = uninterruptedCache.get(key);
  if (cached) return cached;
  const runs = new RunSet(config, compare);
  train(runs, HALF);
  const trace = train(runs, HALF);
  uninterruptedCache.set(key, trace);
  return trace;
}

function expectSame(resumed: Trace, reference: Trace): void {
  expect(resumed.losses).toEqual(reference.losses);
  expect(resumed.params).toEqual(reference.params);
  expect(resumed.snapshot).toEqual(reference.snapshot);
}

const CASES: Array<[OptimizerKind, number]> = [
  ['adam', 0],
  ['momentum', 0],
  ['adam', 4],
  ['momentum', 4],
  ['adam', 3],
];

describe('exact resume through a fresh RunSet', () => {
  it.each(CASES)('%s, batch size %i, p = 0.5: 1000 steps, save, restore, 1000 more = 2000 uninterrupted', (optimizer, batchSize) => {
    const config = configFor(optimizer, batchSize);
    const first = new RunSet(config, false);
    train(first, HALF);
    // As the page keeps it and posts it back: through a structured clone.
    const saved = structuredClone(first.snapshot());
    if (batchSize === 3) expect(saved[0].resume.batchOrder.position).toBe(12);
    const resumed = new RunSet(config, false);
    expect(resumed.restore(saved)).toBe(true);
    expect(resumed.step).toBe(HALF);
    expectSame(train(resumed, HALF), uninterrupted(config, false));
  });

  it('a snapshot without its resume state (a version-1 file) restores the weights and counters only: the run differs', () => {
    const config = configFor('adam', 4);
    const first = new RunSet(config, false);
    train(first, HALF);
    const approximate = first.snapshot().map(({ step, epoch, params }) => ({ step, epoch, params, resume: null }));
    const resumed = new RunSet(config, false);
    expect(resumed.restore(approximate)).toBe(false);
    expect(resumed.step).toBe(HALF);
    expect(resumed.runs[0].training.epoch).toBe(first.runs[0].training.epoch);
    expect(resumed.runs[0].training.net.params).toEqual(first.runs[0].training.net.params);
    expect(train(resumed, 10).losses).not.toEqual(uninterrupted(config, false).losses.map((l) => l.slice(0, 10)));
  });
});

describe('exact resume through the TrainingHost (a restarted worker, Undo)', () => {
  /** The last frame and the complete state after the harness settles. */
  function finish(h: TrainingHarness) {
    const frame = h.lastFrame().runs;
    return {
      frame: frame.map((r) => ({ step: r.step, epoch: r.epoch, params: r.params, trainLoss: r.trainLoss, testLoss: r.testLoss, batchLoss: r.batchLoss })),
      snapshot: h.lastSnapshot().runs,
    };
  }

  it.each(CASES.slice(0, 4))('%s, batch size %i: init with the last snapshot, as client.recover() does', (optimizer, batchSize) => {
    const config = configFor(optimizer, batchSize);
    const whole = new TrainingHarness()
      .init(config)
      .send({ type: 'step', count: 2 * HALF })
      .settle();
    const first = new TrainingHarness().init(config).send({ type: 'step', count: HALF }).settle();
    const saved = first.lastSnapshot();
    expect(saved.runs[0].step).toBe(HALF);
    // The worker died; the client starts a new one with what it mirrored.
    const restarted = new TrainingHarness().init(config, {}, false, structuredClone({ runs: saved.runs }));
    expect(restarted.ofType('run-started')[0]).toMatchObject({ reason: 'restore', step: HALF });
    restarted.send({ type: 'step', count: HALF }).settle();
    expect(finish(restarted)).toEqual(finish(whole));
    expect(restarted.lastSnapshot().runs[0].params).toEqual(uninterrupted(config, false).params[0]);
  });

  it('compare mode: both runs resume exactly', () => {
    const config = configFor('adam', 4);
    const whole = new TrainingHarness()
      .init(config, { compare: true })
      .send({ type: 'step', count: 2 * HALF })
      .settle();
    const first = new TrainingHarness().init(config, { compare: true }).send({ type: 'step', count: HALF }).settle();
    const restarted = new TrainingHarness().init(config, { compare: true }, false, { runs: first.lastSnapshot().runs });
    restarted.send({ type: 'step', count: HALF }).settle();
    expect(finish(restarted)).toEqual(finish(whole));
  });

  it('Undo: the rebuild reports the replaced run’s state at that moment, and resuming from it continues exactly', () => {
    const config = configFor('adam', 3);
    const h = new TrainingHarness().init(config).send({ type: 'step', count: HALF }).settle();
    h.send({ type: 'set', patch: { config: { hiddenLayers: [8, 8] } } }).settle();
    const started = h.ofType('run-started').at(-1);
    expect(started?.reason).toBe('rebuild');
    const replaced = started?.replaced ?? null;
    expect(replaced?.runs[0].step).toBe(HALF);
    const undone = new TrainingHarness().init(config, {}, false, replaced).send({ type: 'step', count: HALF }).settle();
    expect(undone.lastSnapshot().runs[0].params).toEqual(uninterrupted(config, false).params[0]);
    expect(undone.lastSnapshot().runs[0]).toMatchObject(uninterrupted(config, false).snapshot[0]);
  });
});

describe('snapshot messages', () => {
  const config = configFor('adam', 4);

  it('come with the first frame, after a pause and after steps, and never twice for the same state', () => {
    const h = new TrainingHarness().init(config).settle();
    expect(h.ofType('snapshot').map((s) => s.runs[0].step)).toEqual([0]);
    h.send({ type: 'step', count: 7 }).settle();
    h.send({ type: 'frame-options', patch: { mcPasses: 12 } }).settle(); // a new frame, the same state
    expect(h.ofType('snapshot').map((s) => s.runs[0].step)).toEqual([0, 7]);
    h.send({ type: 'play' }).slices(3).send({ type: 'pause' }).settle();
    const paused = h.lastFrame().runs[0].step;
    expect(h.lastSnapshot().runs[0].step).toBe(paused);
  });

  it('a live change of optimizer (which resets its moments) is posted even without a step', () => {
    const h = new TrainingHarness().init(config).send({ type: 'step', count: 5 }).settle();
    const count = h.ofType('snapshot').length;
    h.send({ type: 'set', patch: { config: { optimizer: 'momentum' } } }).settle();
    expect(h.ofType('snapshot')).toHaveLength(count + 1);
    expect(h.lastSnapshot().runs[0].resume.optimizer.kind).toBe('momentum');
  });

  it('are posted at most every SNAPSHOT_INTERVAL_MS while playing', () => {
    // A coarse clock (1 ms per reading): a few steps per slice, seconds of play in a few hundred slices.
    const h = new TrainingHarness(1).init(config, {}, true).slices(300);
    const frames = h.frames().length;
    const snapshots = h.ofType('snapshot').length;
    expect(frames).toBeGreaterThan(snapshots);
    expect(snapshots).toBeLessThanOrEqual(Math.ceil(h.clock / SNAPSHOT_INTERVAL_MS) + 1);
    expect(h.clock).toBeGreaterThan(4 * SNAPSHOT_INTERVAL_MS);
    expect(snapshots).toBeGreaterThan(3);
  });
});

describe('exact resume through a run file (build-run-json → JSON → parse-run-json)', () => {
  function roundTrip(config: ExperimentConfig, compare: boolean, runs: RunState[]): RestoreState {
    const sizes = [1, ...config.hiddenLayers, 1];
    const file = buildRunJson({ config, playback: { speed: 0, stopAt: 0, compare }, state: { sizes, runs }, savedAt: new Date(0) });
    const result = parseRunJson(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.run.approximate).toBe(false);
    return result.run.restore;
  }

  it.each([
    ['adam', 4, true],
    ['momentum', 4, false],
    ['adam', 3, false],
    ['momentum', 0, true],
  ] as const)('%s, batch size %i, compare %s: 1000 steps, save to a file, load, 1000 more = 2000 uninterrupted', (optimizer, batchSize, compare) => {
    const config = configFor(optimizer, batchSize);
    const first = new RunSet(config, compare);
    train(first, HALF);
    const runs = first.snapshot().map((snap, i) => ({ ...snap, run: first.runs[i].id }));
    const restore = roundTrip(config, compare, runs);
    const resumed = new RunSet(config, compare);
    expect(resumed.restore(restore.runs)).toBe(true);
    expectSame(train(resumed, HALF), uninterrupted(config, compare));
  });
});
