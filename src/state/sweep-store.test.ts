import { describe, expect, it } from 'vitest';
import { OVERFITTING_DATA } from '../data/config';
import { OVERFITTING_MODEL } from '../model/config';
import type { ExperimentConfig } from '../experiment/types';
import type { SweepCommand, SweepResult } from '../sweep/protocol';
import { N_GRID, P_GRID } from '../experiment/sweep-plan';
import { comparisonWork, finalJobs, knobGrid, stopChecks, TUNED_METHODS, tuneJobs, tunePlanOf } from '../experiment/regularizers-plan';
import { createSweep } from './sweep-store';

const config: ExperimentConfig = { ...OVERFITTING_DATA, ...OVERFITTING_MODEL, dropout: [0.3, 0.3] };

function setup(playing = true) {
  const sent: SweepCommand[] = [];
  let clock = 1000;
  const main = { playing, pauses: 0, resumes: 0 };
  const sweep = createSweep({
    send: (m) => sent.push(m),
    now: () => clock,
    pauseMain: () => {
      main.pauses++;
      const was = main.playing;
      main.playing = false;
      return was;
    },
    resumeMain: () => {
      main.resumes++;
      main.playing = true;
    },
  });
  const lastId = () => {
    const start = sent.filter((m) => m.type === 'start').pop();
    if (start === undefined) throw new Error('no start sent');
    return start.id;
  };
  return { sweep, sent, main, lastId, tick: (ms: number) => (clock += ms) };
}

const result = (value: number, seed = 1, index = 0): SweepResult => ({ index, value, p: value, n: 16, seed, trainMse: 0.01, testMse: 0.1 });

describe('the sweep store', () => {
  it('starts a p sweep over the grid with the settings, pausing the main run', () => {
    const { sweep, sent, main } = setup();
    sweep.setSettings({ steps: 500, seeds: 3 });
    sweep.start(config);
    expect(sent).toEqual([{ type: 'start', id: 1, config, plan: { kind: 'p', values: [...P_GRID], series: [], steps: 500, seeds: 3 } }]);
    const s = sweep.store.getState();
    expect(s).toMatchObject({ status: 'running', total: P_GRID.length * 3, done: 0, pausedMain: true, base: config });
    expect(main.playing).toBe(false);
  });

  it('an N sweep compares p = 0 with the main view’s p (0.5 when that is 0)', () => {
    const { sweep, sent } = setup();
    sweep.setSettings({ kind: 'n' });
    sweep.start(config);
    sweep.start({ ...config, dropout: [0, 0] });
    const plans = sent.flatMap((m) => (m.type === 'start' && m.plan.kind !== 'regularizers' ? [m.plan] : []));
    expect(plans.map((p) => [p.values, p.series])).toEqual([
      [[...N_GRID], [0, 0.3]],
      [[...N_GRID], [0, 0.5]],
    ]);
  });

  it('fills results as they arrive, with progress and time left; finishing resumes the main run', () => {
    const { sweep, main, lastId, tick } = setup();
    sweep.start(config);
    const id = lastId();
    sweep.receive({ type: 'started', id, total: 45 });
    tick(2000);
    sweep.receive({ type: 'result', id, result: result(0), done: 1, total: 45, fraction: 0.1 });
    // One report says nothing of the pace (the first 2 s were mostly the worker starting).
    expect(sweep.store.getState()).toMatchObject({ done: 1, total: 45, fraction: 0.1, etaMs: null });
    expect(sweep.store.getState().results).toEqual([result(0)]);
    tick(2000);
    sweep.receive({ type: 'progress', id, done: 1, total: 45, fraction: 0.4 });
    // 0.3 of the work in 2 s: 0.6 left takes 4 s.
    expect(sweep.store.getState().etaMs).toBeCloseTo(4000, 6);
    expect(main.playing).toBe(false);
    sweep.receive({ type: 'finished', id });
    expect(sweep.store.getState()).toMatchObject({ status: 'done', fraction: 1, etaMs: null, pausedMain: false });
    expect(main).toMatchObject({ playing: true, resumes: 1 });
  });

  it('keeps results in run order whichever worker finishes first, and shows how many workers run', () => {
    const { sweep, lastId } = setup();
    sweep.start(config);
    const id = lastId();
    sweep.receive({ type: 'workers', id, count: 2 });
    for (const [done, index] of [3, 0, 2, 1].entries()) {
      sweep.receive({ type: 'result', id, result: result(index / 10, 1, index), done: done + 1, total: 4, fraction: (done + 1) / 4 });
    }
    expect(sweep.store.getState().results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(sweep.store.getState().workers).toBe(2);
  });

  it('cancel stops at once, tells the worker, keeps the results so far, and ignores late replies', () => {
    const { sweep, sent, main, lastId } = setup();
    sweep.start(config);
    const id = lastId();
    sweep.receive({ type: 'result', id, result: result(0), done: 1, total: 45, fraction: 0.02 });
    sweep.cancel();
    expect(sent[sent.length - 1]).toEqual({ type: 'cancel', id });
    expect(sweep.store.getState()).toMatchObject({ status: 'cancelled', etaMs: null });
    expect(main.playing).toBe(true);
    sweep.receive({ type: 'result', id, result: result(0.1), done: 2, total: 45, fraction: 0.04 });
    expect(sweep.store.getState().results).toHaveLength(1);
    expect(main.resumes).toBe(1);
    sweep.cancel();
    expect(sent.filter((m) => m.type === 'cancel')).toHaveLength(1);
  });

  it('a new sweep replaces the running one; replies to the old one are ignored', () => {
    const { sweep, sent, main, lastId } = setup();
    sweep.start(config);
    const first = lastId();
    sweep.start(config);
    const second = lastId();
    expect(second).not.toBe(first);
    expect(sent.map((m) => m.type)).toEqual(['start', 'cancel', 'start']);
    expect(main.pauses).toBe(1);
    sweep.receive({ type: 'result', id: first, result: result(0), done: 1, total: 45, fraction: 0.1 });
    sweep.receive({ type: 'finished', id: first });
    expect(sweep.store.getState()).toMatchObject({ status: 'running', results: [] });
    sweep.receive({ type: 'finished', id: second });
    expect(main.playing).toBe(true);
  });

  it('does not restart a main run that was paused before the sweep', () => {
    const { sweep, main, lastId } = setup(false);
    sweep.start(config);
    sweep.receive({ type: 'failed', id: lastId(), message: 'out of memory' });
    expect(sweep.store.getState()).toMatchObject({ status: 'failed', error: 'The sweep stopped: out of memory.' });
    expect(main).toMatchObject({ playing: false, resumes: 0 });
  });

  it('refuses an N sweep on custom points with a reason, without sending anything', () => {
    const { sweep, sent } = setup();
    sweep.setSettings({ kind: 'n' });
    sweep.start({
      ...config,
      dataset: 'custom',
      points: [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ],
    });
    expect(sent).toEqual([]);
    expect(sweep.store.getState().status).toBe('failed');
    expect(sweep.store.getState().error).toMatch(/own points/);
  });

  it('a comparison tunes, then runs the final stage with the knobs the tuning chose; progress and counts span both', () => {
    const { sweep, sent, main, lastId } = setup();
    sweep.setSettings({ kind: 'regularizers', steps: 100, seeds: 1, folds: 2, grid: 2 });
    sweep.start(config);
    const tunePlan = tunePlanOf({ steps: 100, seeds: 1, folds: 2, grid: 2 });
    expect(sent).toEqual([{ type: 'start', id: 1, config, plan: tunePlan }]);
    const work = comparisonWork(config, tunePlan);
    const tune = tuneJobs(config, tunePlan);
    expect(sweep.store.getState()).toMatchObject({ status: 'running', plan: null, total: work.tuneRuns + work.finalRuns, comparison: { stage: 'tune' } });
    // Every tuned method scores best on its second grid value (early stopping: at its fourth check).
    for (const [i, job] of tune.entries()) {
      const valMse =
        job.method === 'early-stopping' ? stopChecks(100).map((_, c) => (c === 3 ? 0.1 : 0.3)) : [job.value === knobGrid(job.method, 100, 2)[1] ? 0.1 : 0.3];
      sweep.receive({ type: 'result', id: 1, result: { ...job, valMse }, done: i + 1, total: tune.length, fraction: (i + 1) / tune.length });
    }
    const tuneShare = work.tuneWork / (work.tuneWork + work.finalWork);
    expect(sweep.store.getState().fraction).toBeCloseTo(tuneShare, 9);
    sweep.receive({ type: 'finished', id: 1 });
    const second = sent[1];
    if (second?.type !== 'start' || second.plan.kind !== 'regularizers' || second.plan.stage !== 'final') throw new Error('no final stage sent');
    expect(second.id).toBe(lastId());
    expect(second.id).not.toBe(1);
    expect(second.plan.choices).toEqual(
      TUNED_METHODS.map((method) => ({ method, seedIndex: 0, value: method === 'early-stopping' ? stopChecks(100)[3] : knobGrid(method, 100, 2)[1] })),
    );
    expect(sweep.store.getState()).toMatchObject({ status: 'running', comparison: { stage: 'final' } });
    expect(main.playing).toBe(false);
    const finals = finalJobs(config, second.plan);
    sweep.receive({ type: 'result', id: second.id, result: { ...finals[0], trainMse: 0.01, testMse: 0.2 }, done: 1, total: finals.length, fraction: 0.5 });
    expect(sweep.store.getState()).toMatchObject({ done: tune.length + 1, total: tune.length + finals.length });
    expect(sweep.store.getState().fraction).toBeCloseTo(tuneShare + 0.5 * (1 - tuneShare), 9);
    expect(sweep.store.getState().comparison?.final).toHaveLength(1);
    // A late reply of the tuning stage is ignored.
    sweep.receive({ type: 'finished', id: 1 });
    expect(sweep.store.getState().status).toBe('running');
    sweep.receive({ type: 'finished', id: second.id });
    expect(sweep.store.getState()).toMatchObject({ status: 'done', fraction: 1 });
    expect(main.playing).toBe(true);
  });

  it('cancelling a comparison during its final stage cancels that stage', () => {
    const { sweep, sent, lastId } = setup();
    sweep.setSettings({ kind: 'regularizers', steps: 100, seeds: 1, folds: 2, grid: 2 });
    sweep.start(config);
    for (const [i, job] of tuneJobs(config, tunePlanOf({ steps: 100, seeds: 1, folds: 2, grid: 2 })).entries()) {
      sweep.receive({
        type: 'result',
        id: 1,
        result: { ...job, valMse: job.method === 'early-stopping' ? stopChecks(100).map(() => 0.2) : [0.2] },
        done: i + 1,
        total: 99,
        fraction: 0,
      });
    }
    sweep.receive({ type: 'finished', id: 1 });
    const finalId = lastId();
    sweep.cancel();
    expect(sent[sent.length - 1]).toEqual({ type: 'cancel', id: finalId });
    expect(sweep.store.getState().status).toBe('cancelled');
  });

  it('refuses a comparison on custom points, or with more folds than points', () => {
    const { sweep, sent } = setup();
    sweep.setSettings({ kind: 'regularizers', folds: 8 });
    sweep.start({ ...config, n: 5 });
    expect(sweep.store.getState().error).toMatch(/N must be at least 8/);
    sweep.start({
      ...config,
      dataset: 'custom',
      points: [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ],
    });
    expect(sweep.store.getState().error).toMatch(/generated data/);
    expect(sent).toEqual([]);
  });

  it('keeps settings inside their limits', () => {
    const { sweep } = setup();
    sweep.setSettings({ steps: 5, seeds: 99 });
    expect(sweep.store.getState().settings).toEqual({ kind: 'p', steps: 100, seeds: 10, folds: 4, grid: 3 });
    sweep.setSettings({ steps: 1e9, seeds: 2.6 });
    expect(sweep.store.getState().settings).toEqual({ kind: 'p', steps: 20_000, seeds: 3, folds: 4, grid: 3 });
  });
});
