import { LESSON_STEPS } from '../experiment/presets';
import { URL_SCHEMA_VERSION } from '../experiment/link-versions';
import { OVERFITTING_DATA } from '../data/config';
import { OVERFITTING_MODEL } from '../model/config';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../state/app-store';
import { STANDALONE_PAGE } from '../experiment/defaults';
import { createSession } from '../state/session';
import { createTelemetryStore } from '../state/telemetry-store';
import type { Frame, RunFrame, ToWorker } from '../training/protocol';
import type { ExperimentConfig } from '../experiment/types';
import type { SweepSettings } from '../experiment/sweep-plan';
import type { SweepControl } from './message-apply';
import { APP_VERSION, PROGRESS_INTERVAL_MS, QUEUE_LIMIT, SETTLE_MS, startMessageApi } from './message-api';
import type { IncomingMessage, MessageTarget } from './message-target';

const HOST = 'https://course.example.edu';

const CONFIG: ExperimentConfig = { ...OVERFITTING_DATA, ...OVERFITTING_MODEL, dropout: [0.5, 0.5] };

type Posted = Record<string, unknown> & { type: string };

interface Options {
  /** The link's `origin`: an origin, null (absent) or 'invalid'. */
  origin?: string | null;
  framed?: boolean;
  compare?: boolean;
  /** Start the API only after the first frame (the app is ready at once). */
  late?: boolean;
  sweep?: SweepControl;
}

/**
 * The page with a real app store, telemetry store and session, a fake trainer
 * that answers the session's commands the way the real one does, and a fake
 * window, parent and clock.
 */
function harness(options: Options = {}) {
  const { origin = HOST, framed = true, compare = false } = options;
  let clock = 1000;
  const app = createAppStore({
    config: structuredClone(CONFIG),
    playback: { speed: 0, stopAt: 0, compare },
    frameOptions: { mcBand: false, mcPasses: 30, thinnedCurves: 0, maskExample: 0, hoveredNeuron: null, knockout: [], robustness: false, robustnessLayer: 0 },
    playing: false,
    page: { ...STANDALONE_PAGE, embed: true, autoplay: false, panels: ['fit', 'loss'], origin },
  });
  const telemetry = createTelemetryStore();
  const toWorker: ToWorker[] = [];
  let handled = 0;
  const raf: Array<() => void> = [];
  const session = createSession({
    app,
    telemetry,
    send: (m) => toWorker.push(m),
    start: (m) => toWorker.push(m),
    requestFrame: (cb) => raf.push(cb),
    now: () => clock,
  });

  // The fake trainer.
  const trainer = { step: 0, playing: false, runVersion: 0, dropout: [...CONFIG.dropout], compare, trainLoss: 0.1, testLoss: 0.2, diverged: false };
  const runFrame = (run: 'A' | 'B'): RunFrame => ({
    run,
    dropout: run === 'A' ? trainer.dropout.map(() => 0) : [...trainer.dropout],
    step: trainer.step,
    epoch: trainer.step,
    trainLoss: run === 'A' ? trainer.trainLoss / 2 : trainer.trainLoss,
    testLoss: run === 'A' ? trainer.testLoss * 2 : trainer.testLoss,
    batchLoss: 0.15,
    history: { step: Float64Array.of(trainer.step), train: Float32Array.of(0.1), test: Float32Array.of(0.2), batch: Float32Array.of(0.15) },
    prediction: new Float32Array(3),
    mcMean: null,
    mcStd: null,
    thinnedCurves: null,
    masks: [],
    neuronFactors: null,
    keptEdges: null,
    params: new Float32Array(0),
    keepFrequency: new Float32Array(0),
    neuronCurve: null,
    diverged: trainer.diverged,
    divergedAt: trainer.diverged ? trainer.step : null,
    deadLayer: null,
    knockout: null,
    robustness: null,
  });
  const frame = (): Frame => ({
    type: 'frame',
    runVersion: trainer.runVersion,
    playing: trainer.playing,
    stepsPerSec: trainer.playing ? 600 : 0,
    sizes: [1, 64, 64, 1],
    runs: trainer.compare ? [runFrame('A'), runFrame('B')] : [runFrame('B')],
  });
  const newRun = (reason: 'init' | 'reset' | 'rebuild') => {
    trainer.runVersion += 1;
    trainer.step = 0;
    session.receive({ type: 'run-started', runVersion: trainer.runVersion, reason, fields: [], step: 0, replaced: null });
  };
  /** The trainer handles what the session sent, then the page draws (commits) the latest frame. */
  const tick = () => {
    let dirty = false;
    while (handled < toWorker.length) {
      const m = toWorker[handled++];
      switch (m.type) {
        case 'init':
          trainer.playing = m.playing;
          newRun('init');
          dirty = true;
          break;
        case 'play':
          trainer.playing = true;
          break;
        case 'pause':
          trainer.playing = false;
          dirty = true;
          break;
        case 'step':
          trainer.playing = false;
          trainer.step += m.count;
          dirty = true;
          break;
        case 'reset':
          newRun('reset');
          dirty = true;
          break;
        case 'set':
          if (m.patch.config?.dropout) trainer.dropout = [...m.patch.config.dropout];
          if (m.patch.playback?.compare !== undefined || m.patch.config?.hiddenLayers || m.patch.config?.seed !== undefined) {
            trainer.compare = m.patch.playback?.compare ?? trainer.compare;
            newRun('rebuild');
          }
          dirty = true;
          break;
        case 'frame-options':
          dirty = true;
          break;
        default:
          break;
      }
    }
    if (dirty) session.receive(frame());
    raf.splice(0).forEach((cb) => cb());
  };
  /** While the trainer plays: a frame every `every` ms, 10 steps each. */
  const train = (ms: number, every = 16) => {
    for (let t = 0; t < ms; t += every) {
      advance(every);
      tick();
      if (trainer.playing) {
        trainer.step += 10;
        session.receive(frame());
        raf.splice(0).forEach((cb) => cb());
      }
    }
  };

  // The fake window.
  const posted: Array<{ message: Posted; targetOrigin: string; at: number }> = [];
  const parent = {
    postMessage(message: unknown, targetOrigin: string) {
      // What postMessage would do: a structured clone (this throws on functions and the like).
      posted.push({ message: structuredClone(message) as Posted, targetOrigin, at: clock });
    },
  };
  const timers: Array<{ at: number; callback: () => void; live: boolean }> = [];
  let listener: ((m: IncomingMessage) => void) | null = null;
  let listenCalls = 0;
  let heightListener: ((h: number) => void) | null = null;
  const target: MessageTarget = {
    parent: framed ? parent : null,
    listen(onMessage) {
      listenCalls += 1;
      listener = onMessage;
      return () => {
        listener = null;
      };
    },
    now: () => clock,
    setTimer(callback, ms) {
      const timer = { at: clock + ms, callback, live: true };
      timers.push(timer);
      return () => {
        timer.live = false;
      };
    },
    watchHeight(onHeight) {
      heightListener = onHeight;
      return () => {
        heightListener = null;
      };
    },
  };
  function advance(ms: number) {
    clock += ms;
    for (const timer of timers.splice(0)) {
      if (!timer.live) continue;
      if (timer.at <= clock) timer.callback();
      else timers.push(timer);
    }
  }

  const boot = () => {
    session.boot();
    tick();
  };
  if (options.late) boot();
  const stop = startMessageApi({ app, telemetry, session, target, ...(options.sweep ? { sweep: options.sweep } : {}) });

  return {
    app,
    telemetry,
    session,
    trainer,
    toWorker,
    posted,
    parent,
    boot,
    tick,
    train,
    advance,
    stop,
    listenCalls: () => listenCalls,
    height: (h: number) => heightListener?.(h),
    /** Delivers a message to the page, by default from the parent at HOST. */
    deliver(data: unknown, from: { origin?: string; source?: unknown } = {}) {
      listener?.({ data, origin: from.origin ?? HOST, source: 'source' in from ? from.source : parent });
    },
    command(command: string, fields: Record<string, unknown> = {}) {
      listener?.({ data: { type: 'dropout-lab:command', command, ...fields }, origin: HOST, source: parent });
    },
    /** The messages posted, by type (without the prefix). */
    of(type: string): Posted[] {
      return posted.filter((p) => p.message.type === `dropout-lab:${type}`).map((p) => p.message);
    },
    types: () => posted.map((p) => p.message.type.replace('dropout-lab:', '')),
    clear: () => posted.splice(0),
  };
}

function stateOf(h: ReturnType<typeof harness>) {
  const s = h.app.getState();
  return structuredClone({
    config: s.config,
    playback: s.playback,
    frameOptions: s.frameOptions,
    page: s.page,
    display: s.display,
    playing: s.playing,
    diverged: s.diverged,
  });
}

afterEach(() => {
  // Nothing may have reached Object.prototype.
  expect(
    Object.getOwnPropertyNames(Object.prototype).filter(
      (k) =>
        ![
          'constructor',
          '__defineGetter__',
          '__defineSetter__',
          'hasOwnProperty',
          '__lookupGetter__',
          '__lookupSetter__',
          'isPrototypeOf',
          'propertyIsEnumerable',
          'toString',
          'valueOf',
          '__proto__',
          'toLocaleString',
        ].includes(k),
    ),
  ).toEqual([]);
});

describe('who is listened to', () => {
  it('listens to nothing and sends nothing when the page is not in a frame', () => {
    const h = harness({ framed: false });
    h.boot();
    h.command('play');
    expect(h.listenCalls()).toBe(0);
    expect(h.posted).toEqual([]);
    expect(h.app.getState().playing).toBe(false);
    h.stop();
  });

  it('accepts messages from the parent window only', () => {
    const h = harness();
    h.boot();
    h.clear();
    h.deliver({ type: 'dropout-lab:command', command: 'play' }, { source: {} });
    h.deliver({ type: 'dropout-lab:command', command: 'play' }, { source: null });
    expect(h.app.getState().playing).toBe(false);
    expect(h.posted).toEqual([]);
    h.command('play');
    expect(h.app.getState().playing).toBe(true);
  });

  it('with an origin in the link, accepts exactly that origin and sends only to it', () => {
    const h = harness({ origin: HOST });
    h.boot();
    for (const origin of ['https://evil.example', 'https://course.example.edu:8443', 'http://course.example.edu', 'null', `${HOST}/`]) {
      h.deliver({ type: 'dropout-lab:command', command: 'get', id: origin }, { origin });
    }
    expect(h.types()).toEqual(['ready']);
    h.deliver({ type: 'dropout-lab:command', command: 'get', id: 1 }, { origin: HOST });
    expect(h.types()).toEqual(['ready', 'state']);
    expect(h.posted.every((p) => p.targetOrigin === HOST)).toBe(true);
  });

  it("fails closed when the link's origin is not a valid origin: accepts nothing, sends nothing", () => {
    const h = harness({ origin: 'invalid' });
    h.boot();
    for (const origin of [HOST, 'invalid', 'null', '*']) {
      h.deliver({ type: 'dropout-lab:command', command: 'step', steps: 5 }, { origin });
    }
    h.height(400);
    h.tick();
    expect(h.listenCalls()).toBe(0);
    expect(h.posted).toEqual([]);
    expect(h.trainer.step).toBe(0);
  });

  it("without an origin in the link, accepts the parent from any origin and sends with '*'", () => {
    const h = harness({ origin: null });
    h.boot();
    h.deliver({ type: 'dropout-lab:command', command: 'get' }, { origin: 'https://anywhere.example' });
    expect(h.types()).toEqual(['ready', 'state']);
    expect(h.posted.every((p) => p.targetOrigin === '*')).toBe(true);
  });
});

describe('ready and the queue', () => {
  it('announces ready once, with the API version, the app version and the settings as JSON', () => {
    const h = harness();
    expect(h.posted).toEqual([]);
    h.boot();
    h.train(500);
    h.command('reset');
    h.tick();
    expect(h.of('ready')).toEqual([
      {
        type: 'dropout-lab:ready',
        version: 1,
        appVersion: APP_VERSION,
        lessonSteps: LESSON_STEPS,
        params: expect.objectContaining({
          v: URL_SCHEMA_VERSION,
          p: [0.5, 0.5],
          layers: [64, 64],
          embed: true,
          panels: ['fit', 'loss'],
          origin: HOST,
          compare: false,
        }),
      },
    ]);
  });

  it('is ready at once when started after the first frame', () => {
    const h = harness({ late: true });
    expect(h.types()).toEqual(['ready']);
  });

  it('queues commands that arrive before the first frame and runs them, in order, after ready', () => {
    const h = harness();
    h.command('get', { id: 'a' });
    h.command('step', { steps: 7, id: 'b' });
    h.command('get', { id: 'c' });
    expect(h.posted).toEqual([]);
    expect(h.toWorker).toEqual([]);
    h.boot();
    expect(h.types()).toEqual(['ready', 'state', 'state']);
    expect(h.of('state')[0]).toMatchObject({ id: 'a', step: 0 });
    h.tick();
    h.command('get', { id: 'd' });
    expect(h.types()).toEqual(['ready', 'state', 'state', 'progress', 'state']);
    expect(h.toWorker.filter((m) => m.type === 'step')).toEqual([{ type: 'step', count: 7 }]);
    // 'c' ran before the trainer answered the step; 'd' after.
    expect(h.of('state').map((s) => [s.id, s.step])).toEqual([
      ['a', 0],
      ['c', 0],
      ['d', 7],
    ]);
    expect(h.of('progress')[0]).toMatchObject({ step: 7, running: false });
  });

  it(`keeps up to ${QUEUE_LIMIT} commands before ready and refuses the rest with an error`, () => {
    const h = harness();
    for (let i = 0; i < QUEUE_LIMIT + 5; i++) h.command('get', { id: i });
    expect(h.of('error').map((e) => e.id)).toEqual([100, 101, 102, 103, 104]);
    expect(h.of('error')[0].message).toMatch(/waiting for Dropout Lab to start.*dropout-lab:ready/);
    h.clear();
    h.boot();
    expect(h.of('state').map((s) => s.id)).toEqual(Array.from({ length: QUEUE_LIMIT }, (_, i) => i));
  });
});

describe('commands', () => {
  it('step pauses a running run, runs exactly n steps, and reports the final step', () => {
    const h = harness();
    h.boot();
    h.command('play');
    h.train(1000);
    const before = h.trainer.step;
    expect(h.app.getState().playing).toBe(true);
    h.command('step', { steps: 25, id: 's' });
    expect(h.app.getState().playing).toBe(false);
    expect(h.toWorker.at(-1)).toEqual({ type: 'step', count: 25 });
    h.clear();
    h.tick();
    expect(h.of('progress')).toEqual([expect.objectContaining({ step: before + 25, running: false })]);
  });

  it('step defaults to one step', () => {
    const h = harness();
    h.boot();
    h.command('step');
    h.tick();
    expect(h.of('progress').at(-1)).toMatchObject({ step: 1, running: false });
  });

  it.each([
    [20000, 10000, /steps: 20000 is outside 1–10000; using 10000/],
    [0, 1, /steps: 0 is outside 1–10000; using 1/],
    [-3, 1, /outside/],
    [2.6, 3, /steps: 2.6 is not a whole number; using 3/],
    [Infinity, 10000, /Infinity is outside/],
  ])('step %s is clamped to %s with a warning that names steps', (given, used, message) => {
    const h = harness();
    h.boot();
    h.command('step', { steps: given, id: 7 });
    expect(h.of('warning')).toEqual([{ type: 'dropout-lab:warning', message: expect.stringMatching(message), fields: ['steps'], id: 7 }]);
    expect(h.toWorker.at(-1)).toEqual({ type: 'step', count: used });
  });

  it('play, pause and reset each reach the session; pause and reset report progress once', () => {
    const h = harness();
    h.boot();
    h.command('play');
    expect(h.app.getState().playing).toBe(true);
    h.train(300);
    h.clear();
    h.command('pause');
    h.tick();
    expect(h.of('progress')).toEqual([expect.objectContaining({ running: false, step: h.trainer.step, stepsPerSec: 0 })]);
    h.clear();
    h.command('reset');
    h.tick();
    expect(h.of('progress')).toEqual([expect.objectContaining({ running: false, step: 0 })]);
    // A pause while paused still answers once.
    h.clear();
    h.command('pause');
    h.tick();
    h.advance(SETTLE_MS * 3);
    expect(h.of('progress')).toHaveLength(1);
  });

  it('get answers with the progress fields and the settings, echoing the id', () => {
    const h = harness();
    h.boot();
    h.command('step', { steps: 3 });
    h.tick();
    h.command('get', { id: 'q-1' });
    expect(h.of('state')).toEqual([
      {
        type: 'dropout-lab:state',
        id: 'q-1',
        step: 3,
        epoch: 3,
        trainLoss: 0.1,
        testLoss: 0.2,
        running: false,
        diverged: false,
        divergedAt: null,
        stepsPerSec: 0,
        runs: [{ id: 'B', p: [0.5, 0.5], trainLoss: 0.1, testLoss: 0.2 }],
        params: expect.objectContaining({ p: [0.5, 0.5], seed: 1, data: 'sine' }),
      },
    ]);
  });

  it('in compare mode reports run B at the top level and both runs with their drop rates', () => {
    const h = harness({ compare: true });
    h.boot();
    h.command('get', { id: 1 });
    const state = h.of('state')[0];
    expect(state).toMatchObject({ trainLoss: 0.1, testLoss: 0.2 });
    expect(state.runs).toEqual([
      { id: 'A', p: [0, 0], trainLoss: 0.05, testLoss: 0.4 },
      { id: 'B', p: [0.5, 0.5], trainLoss: 0.1, testLoss: 0.2 },
    ]);
  });

  it('sends NaN and infinite losses as null, and reports divergence', () => {
    const h = harness();
    h.boot();
    h.trainer.trainLoss = Number.NaN;
    h.trainer.testLoss = Number.POSITIVE_INFINITY;
    h.trainer.diverged = true;
    h.session.receive({ type: 'diverged', run: 'B', step: 0 });
    h.command('step', { steps: 4, id: 'x' });
    expect(h.of('error')).toEqual([{ type: 'dropout-lab:error', message: expect.stringMatching(/diverged.*reset/), id: 'x' }]);
    h.session.setConfig({ learningRate: 0.001 });
    h.tick();
    h.command('get');
    const state = h.of('state')[0];
    expect(state).toMatchObject({ trainLoss: null, testLoss: null, diverged: true, divergedAt: 0 });
    expect(state.runs).toEqual([{ id: 'B', p: [0.5, 0.5], trainLoss: null, testLoss: null }]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('set', () => {
  it('clamps like the link: p 1.5 warns naming p and uses 0.9', () => {
    const h = harness();
    h.boot();
    h.command('set', { params: { p: 1.5 }, id: 'p' });
    expect(h.of('warning')).toEqual([{ type: 'dropout-lab:warning', message: expect.stringContaining('0.9'), fields: ['p'], id: 'p' }]);
    expect(h.app.getState().config.dropout).toEqual([0.9, 0.9]);
    expect(h.toWorker.at(-1)).toEqual({ type: 'set', patch: { config: { dropout: [0.9, 0.9] } } });
    h.tick();
    expect(h.of('progress').at(-1)?.runs).toEqual([expect.objectContaining({ p: [0.9, 0.9] })]);
  });

  it('takes JSON types and sends only what changed, each to its place', () => {
    const h = harness();
    h.boot();
    const worker = h.toWorker.length;
    h.command('set', {
      params: { p: [0.2, 0.5], layers: [64, 64], compare: true, lr: 0.01, band: true, ghosts: 3, panels: ['fit'], presenter: true, hide: ['data'] },
    });
    expect(h.of('warning')).toEqual([]);
    expect(h.toWorker.slice(worker)).toEqual([
      { type: 'set', patch: { config: { dropout: [0.2, 0.5] }, playback: { compare: true } } },
      { type: 'frame-options', patch: { mcBand: true, thinnedCurves: 3 } },
    ]);
    const s = h.app.getState();
    expect(s.page).toMatchObject({ panels: ['fit'], hide: ['data'], presenter: true, embed: true, origin: HOST });
    expect(s.display.presenter).toBe(true);
    expect(s.frameOptions).toMatchObject({ mcBand: true, thinnedCurves: 3 });
  });

  it('takes the URL text forms too', () => {
    const h = harness();
    h.boot();
    h.command('set', { params: { p: '0.2,0.3', compare: '1', act: 'tanh', panels: 'fit,network' } });
    expect(h.of('warning')).toEqual([]);
    const s = h.app.getState();
    expect(s.config).toMatchObject({ dropout: [0.2, 0.3], activation: 'tanh' });
    expect(s.playback.compare).toBe(true);
    expect(s.page.panels).toEqual(['fit', 'network']);
  });

  it('cannot change embed or origin, and warns about them and about unknown names', () => {
    const h = harness();
    h.boot();
    h.command('set', { params: { embed: false, origin: 'https://evil.example', colour: 'red', p: 0.3 }, id: 3 });
    const warning = h.of('warning')[0];
    expect(warning).toMatchObject({ id: 3 });
    expect(warning.fields).toEqual(expect.arrayContaining(['embed', 'origin', 'colour']));
    expect(warning.fields).not.toContain('p');
    expect(h.app.getState().page).toMatchObject({ embed: true, origin: HOST });
    expect(h.app.getState().config.dropout).toEqual([0.3, 0.3]);
  });

  it('reports progress once after a set that the trainer need not hear about', () => {
    const h = harness();
    h.boot();
    h.clear();
    h.command('set', { params: { panels: ['loss'] } });
    h.tick();
    expect(h.of('progress')).toEqual([]);
    h.advance(SETTLE_MS);
    expect(h.of('progress')).toEqual([expect.objectContaining({ step: 0, running: false })]);
  });

  it('reports the new run after a set that rebuilds it', () => {
    const h = harness();
    h.boot();
    h.command('step', { steps: 50 });
    h.tick();
    h.clear();
    h.command('set', { params: { seed: 9 } });
    h.tick();
    expect(h.of('progress')).toEqual([expect.objectContaining({ step: 0 })]);
    expect(h.of('progress')[0]).not.toHaveProperty('id');
  });

  it("changes the sweep's settings through the sweep store, where the page has one", () => {
    let settings: SweepSettings = { kind: 'p', steps: 3000, seeds: 4, folds: 4, grid: 3 };
    const patches: unknown[] = [];
    const sweep: SweepControl = {
      store: { getState: () => ({ settings }) },
      setSettings(patch) {
        patches.push(patch);
        settings = { ...settings, ...patch };
      },
    };
    const h = harness({ sweep });
    h.boot();
    expect(h.of('ready')[0].params).toMatchObject({ sweep: 'p', ssteps: 3000, sseeds: 4 });
    h.command('set', { params: { sweep: 'n', ssteps: 500, sseeds: 4 } });
    expect(patches).toEqual([{ kind: 'n', steps: 500 }]);
    expect(h.of('warning')).toEqual([]);
    h.command('get');
    expect(h.of('state')[0].params).toMatchObject({ sweep: 'n', ssteps: 500 });
  });

  it('warns about a setting it could not apply rather than dropping it silently', () => {
    // No sweep store on this page: the sweep's settings cannot change.
    const h = harness();
    h.boot();
    h.command('set', { params: { sweep: 'n', p: 0.3 }, id: 'w' });
    expect(h.of('warning')).toEqual([{ type: 'dropout-lab:warning', message: expect.stringMatching(/^sweep: cannot be changed/), fields: ['sweep'], id: 'w' }]);
    expect(h.app.getState().config.dropout).toEqual([0.3, 0.3]);
  });

  it('a prototype key in params is only an unknown setting', () => {
    const h = harness();
    h.boot();
    h.deliver(
      JSON.parse(
        '{"type":"dropout-lab:command","command":"set","params":{"__proto__":{"polluted":true,"p":0.9},"constructor":{"prototype":{"polluted":true}},"p":0.2},"id":"pp"}',
      ),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(h.app.getState().config.dropout).toEqual([0.2, 0.2]);
    expect(h.of('warning')[0].fields).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
  });
});

describe('progress', () => {
  it(`is sent at most 10 times a second while training (every ${PROGRESS_INTERVAL_MS} ms at most)`, () => {
    const h = harness();
    h.boot();
    h.command('play');
    h.clear();
    h.train(5000, 7);
    const times = h.posted.filter((p) => p.message.type === 'dropout-lab:progress').map((p) => p.at);
    expect(times.length).toBeGreaterThanOrEqual(40);
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(10);
    expect(h.of('progress').every((p) => p.running === true)).toBe(true);
    const steps = h.of('progress').map((p) => Number(p.step));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('is not sent for frames that change nothing reported, such as a frameOptions change while paused', () => {
    const h = harness();
    h.boot();
    h.clear();
    h.session.setFrameOptions({ maskExample: 3 });
    h.tick();
    h.advance(SETTLE_MS * 2);
    expect(h.posted).toEqual([]);
  });

  it('reports a change made on the page itself while paused', () => {
    const h = harness();
    h.boot();
    h.clear();
    h.session.setConfig({ dropout: [0.1, 0.1] });
    h.tick();
    expect(h.of('progress')).toEqual([expect.objectContaining({ runs: [expect.objectContaining({ p: [0.1, 0.1] })] })]);
  });
});

describe('resize', () => {
  it('reports the rounded content height when it changes (not before anything is drawn)', () => {
    const h = harness();
    h.height(0);
    h.height(300.4);
    h.height(300.2);
    h.height(512.6);
    h.height(513);
    h.height(Number.NaN);
    h.height(0);
    expect(h.of('resize')).toEqual([
      { type: 'dropout-lab:resize', height: 300 },
      { type: 'dropout-lab:resize', height: 513 },
    ]);
  });
});

describe('malformed messages', () => {
  it.each([
    ['a string', 'dropout-lab:command'],
    ['null', null],
    ['an array', [{ type: 'dropout-lab:command', command: 'play' }]],
    ['another API', { type: 'other:play' }],
    ['no type', { command: 'play' }],
    ['a type that is not a string', { type: 7, command: 'play' }],
    ['our own progress echoed back', { type: 'dropout-lab:progress', step: 1 }],
    ['an inherited type', Object.create({ type: 'dropout-lab:command', command: 'play' })],
  ])('ignores %s silently', (_, data) => {
    const h = harness();
    h.boot();
    h.clear();
    const before = stateOf(h);
    h.deliver(data);
    expect(h.posted).toEqual([]);
    expect(stateOf(h)).toEqual(before);
  });

  it.each([
    ['an unknown type of ours', { type: 'dropout-lab:comand', command: 'play', id: 1 }, /not a message type/],
    ['an unknown command', { type: 'dropout-lab:command', command: 'jump', id: 1 }, /command: "jump" is not a command.*play, pause, reset, step, set, get/],
    ['a missing command', { type: 'dropout-lab:command', id: 1 }, /command: missing/],
    ['an inherited command', Object.assign(Object.create({ command: 'play' }) as object, { type: 'dropout-lab:command', id: 1 }), /command: missing/],
    ['steps as text', { type: 'dropout-lab:command', command: 'step', steps: '10', id: 1 }, /steps must be a number/],
    ['steps NaN', { type: 'dropout-lab:command', command: 'step', steps: Number.NaN, id: 1 }, /steps must be a number/],
    ['params not an object', { type: 'dropout-lab:command', command: 'set', params: 'p=0.2', id: 1 }, /params must be an object/],
    ['params an array', { type: 'dropout-lab:command', command: 'set', params: [['p', 0.2]], id: 1 }, /params must be an object/],
    ['params missing', { type: 'dropout-lab:command', command: 'set', id: 1 }, /needs params/],
    ['params a Date', { type: 'dropout-lab:command', command: 'set', params: new Date(0), id: 1 }, /params must be an object/],
    ['an unusable id', { type: 'dropout-lab:command', command: 'play', id: { a: 1 } }, /id: .* is not usable/],
  ])('answers %s with an error and changes nothing', (_, data, message) => {
    const h = harness();
    h.boot();
    h.clear();
    const before = stateOf(h);
    const worker = h.toWorker.length;
    h.deliver(data);
    expect(h.posted).toHaveLength(1);
    const error = h.of('error')[0];
    expect(error.message).toMatch(message);
    if (!String(message).includes('id')) expect(error.id).toBe(1);
    expect(stateOf(h)).toEqual(before);
    expect(h.toWorker.length).toBe(worker);
  });

  it('survives a hostile object (throwing getters and proxies)', () => {
    const h = harness();
    h.boot();
    h.clear();
    const trap = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    );
    const getter = {
      type: 'dropout-lab:command',
      get command(): string {
        throw new Error('getter');
      },
    };
    const paramsGetter = {
      type: 'dropout-lab:command',
      command: 'set',
      params: {
        get p(): number {
          throw new Error('getter');
        },
      },
    };
    expect(() => {
      h.deliver(trap);
      h.deliver(getter);
      h.deliver(paramsGetter);
      h.deliver({ type: 'dropout-lab:command', command: 'set', params: trap });
    }).not.toThrow();
    expect(h.app.getState().config.dropout).toEqual([0.5, 0.5]);
  });

  it('500 random malformed messages: nothing throws, nothing changes, nothing is polluted, the API still answers', () => {
    const h = harness();
    h.boot();
    h.command('step', { steps: 2 });
    h.tick();
    h.clear();
    const before = stateOf(h);
    const worker = h.toWorker.length;
    const isNumber = (v: unknown) => typeof v === 'number' && !Number.isNaN(v);
    const isPlain = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));
    const key = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'command', 'params', 'steps', 'id', 'p', 'toString'));
    const value = fc.anything({
      key,
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    });
    const commandOurs = (fields: fc.Arbitrary<Record<string, unknown>>) => fields.map((f) => ({ type: 'dropout-lab:command', ...f }));
    const malformed = fc.oneof(
      value,
      fc.dictionary(key, value),
      fc.record({ type: fc.string().filter((t) => !t.startsWith('dropout-lab:')), command: fc.constantFrom('play', 'step', 'set', 'reset') }),
      fc.record({
        type: fc
          .string()
          .map((t) => `dropout-lab:${t}`)
          .filter((t) => t !== 'dropout-lab:command'),
        command: fc.constantFrom('play', 'reset'),
      }),
      commandOurs(fc.record({ command: value.filter((c) => !['play', 'pause', 'reset', 'step', 'set', 'get'].includes(c as string)) })),
      commandOurs(fc.record({ command: fc.constant('step'), steps: value.filter((s) => !isNumber(s)) })),
      commandOurs(fc.record({ command: fc.constant('set'), params: value.filter((p) => !isPlain(p)) })),
      commandOurs(
        fc.record({
          command: fc.constantFrom('play', 'reset', 'step'),
          id: value.filter((i) => !(typeof i === 'string' && i.length <= 200) && !(typeof i === 'number' && Number.isFinite(i)) && i !== undefined),
        }),
      ),
      fc.constantFrom(
        JSON.parse('{"__proto__":{"type":"dropout-lab:command","command":"play"}}') as unknown,
        JSON.parse('{"type":"dropout-lab:command","command":"__proto__"}') as unknown,
        JSON.parse('{"type":"dropout-lab:command","command":"step","steps":{"__proto__":5}}') as unknown,
      ),
    );
    let count = 0;
    fc.assert(
      fc.property(malformed, (data) => {
        count += 1;
        const sentBefore = h.posted.length;
        h.deliver(data);
        h.deliver(data, { origin: 'https://evil.example' });
        h.deliver(data, { source: {} });
        h.tick();
        const replies = h.posted.slice(sentBefore).map((p) => p.message.type);
        expect(replies.every((t) => t === 'dropout-lab:error')).toBe(true);
        expect(replies.length).toBeLessThanOrEqual(1);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500, seed: 20240611 },
    );
    expect(count).toBeGreaterThanOrEqual(500);
    h.advance(SETTLE_MS * 2);
    expect(stateOf(h)).toEqual(before);
    expect(h.toWorker.length).toBe(worker);
    expect(h.of('error').length).toBeGreaterThan(100);
    h.command('get', { id: 'after' });
    expect(h.of('state')).toEqual([expect.objectContaining({ id: 'after', step: 2 })]);
  });
});

describe('stop', () => {
  it('stops listening and reporting', () => {
    const h = harness();
    h.boot();
    h.stop();
    h.clear();
    h.command('play');
    h.session.step(3);
    h.tick();
    h.height(900);
    expect(h.posted).toEqual([]);
    expect(h.app.getState().playing).toBe(false);
  });
});
