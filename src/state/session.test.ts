import { PRESETS } from '../experiment/presets';
import { OVERFITTING_DATA } from '../data/config';
import { OVERFITTING_MODEL } from '../model/config';
import { describe, expect, it } from 'vitest';
import type { Frame, FromWorker, RunFrame, RunState, SnapshotMessage, ToWorker } from '../training/protocol';
import type { ExperimentConfig } from '../experiment/types';
import { createAppStore } from './app-store';
import { createSession } from './session';
import { createTelemetryStore } from './telemetry-store';

const CONFIG: ExperimentConfig = { ...OVERFITTING_DATA, ...OVERFITTING_MODEL, dropout: [0.5, 0.5] };

function runFrame(step: number, run: 'A' | 'B' = 'B'): RunFrame {
  return {
    run,
    dropout: [0.5, 0.5],
    step,
    epoch: step,
    trainLoss: 0.1,
    testLoss: 0.2,
    batchLoss: 0.15,
    history: { step: Float64Array.of(step), train: Float32Array.of(0.1), test: Float32Array.of(0.2), batch: Float32Array.of(0.15) },
    prediction: new Float32Array(3),
    mcMean: null,
    mcStd: null,
    thinnedCurves: null,
    masks: [],
    neuronFactors: null,
    keptEdges: null,
    params: Float32Array.of(step),
    keepFrequency: new Float32Array(0),
    neuronCurve: null,
    diverged: false,
    divergedAt: null,
    deadLayer: null,
    knockout: null,
    robustness: null,
  };
}

function frame(step: number, runVersion = 1): Frame {
  return { type: 'frame', runVersion, playing: true, stepsPerSec: 100, sizes: [1, 2, 1], runs: [runFrame(step)] };
}

/** A training state at `step` (numbers stand in for the real arrays). */
function runState(step: number): RunState {
  return {
    run: 'B',
    step,
    epoch: step,
    params: Float32Array.of(step),
    resume: {
      optimizer: { kind: 'adam', m: Float32Array.of(step / 10), v: Float32Array.of(step / 100), beta1Power: 0.5, beta2Power: 0.9 },
      batchOrder: { position: 0, order: Int32Array.of(0), rng: [1, 2, 3, step] },
      maskRng: [4, 5, 6, step],
    },
  };
}

function snapshot(step: number, runVersion = 1): SnapshotMessage {
  return { type: 'snapshot', runVersion, sizes: [1, 2, 1], runs: [runState(step)] };
}

function setup() {
  const sent: ToWorker[] = [];
  const starts: Array<Extract<ToWorker, { type: 'init' }>> = [];
  const rafQueue: Array<() => void> = [];
  let clock = 0;
  const app = createAppStore({
    config: CONFIG,
    playback: { speed: 0, stopAt: 0, compare: false },
    frameOptions: { mcBand: false, mcPasses: 30, thinnedCurves: 0, maskExample: 0, hoveredNeuron: null, knockout: [], robustness: false, robustnessLayer: 0 },
    playing: true,
  });
  const telemetry = createTelemetryStore();
  const session = createSession({
    app,
    telemetry,
    send: (m) => sent.push(m),
    start: (m) => starts.push(m),
    requestFrame: (cb) => rafQueue.push(cb),
    now: () => clock,
  });
  const flushRaf = () => rafQueue.splice(0).forEach((cb) => cb());
  return { sent, starts, app, telemetry, session, flushRaf, advance: (ms: number) => (clock += ms) };
}

describe('session', () => {
  it('a change of layers un-knocks the neurons the new network lacks, in the store and the worker', () => {
    const t = setup();
    t.session.boot();
    t.session.setFrameOptions({
      knockout: [
        { layer: 1, index: 3 },
        { layer: 2, index: 40 },
      ],
    });
    t.session.set({ config: { hiddenLayers: [16, 16], dropout: [0, 0.5] } });
    expect(t.app.getState().frameOptions.knockout).toEqual([{ layer: 1, index: 3 }]);
    expect(t.sent.at(-1)).toEqual({ type: 'frame-options', patch: { knockout: [{ layer: 1, index: 3 }] } });
  });

  it('a change to fewer layers sets the robustness view back to every layer, in the store and the worker; a layer still there stays', () => {
    const t = setup();
    t.session.boot();
    t.session.setFrameOptions({ robustness: true, robustnessLayer: 2 });
    t.session.set({ config: { hiddenLayers: [16, 16, 16], dropout: [0, 0.5, 0.5] } });
    expect(t.app.getState().frameOptions.robustnessLayer).toBe(2);
    t.session.set({ config: { hiddenLayers: [16], dropout: [0.5] } });
    expect(t.app.getState().frameOptions).toMatchObject({ robustness: true, robustnessLayer: 0 });
    expect(t.sent.at(-1)).toEqual({ type: 'frame-options', patch: { robustnessLayer: 0 } });
  });

  it('presets keep the views open, but close the ensemble view when their network has no thinned networks to average', () => {
    const t = setup();
    t.session.boot();
    t.session.setEnsembleView(true);
    t.session.setFrameOptions({ robustness: true });
    const byId = (id: string) => {
      const preset = PRESETS.find((p) => p.id === id);
      if (preset === undefined) throw new Error(`no preset ${id}`);
      return preset;
    };
    for (const id of ['dropout', 'compare', 'ensemble']) {
      const preset = byId(id);
      t.session.applyPreset(preset.patch, preset.label, preset.description);
      expect(t.app.getState().page.ensemble, id).toBe(true);
    }
    const noDropout = byId('underfitting');
    t.session.applyPreset(noDropout.patch, noDropout.label, noDropout.description);
    expect(t.app.getState().page.ensemble).toBe(false);
    expect(t.app.getState().frameOptions.robustness).toBe(true);
  });

  it('commits frames once per animation frame and acknowledges each commit', () => {
    const t = setup();
    t.session.boot();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.receive(frame(10));
    t.session.receive(frame(20));
    expect(t.telemetry.getState().frame).toBeNull();
    t.flushRaf();
    expect(t.telemetry.getState().frame?.runs[0].step).toBe(20);
    expect(t.telemetry.getState().commit).toBe(1);
    expect(t.sent.filter((m) => m.type === 'ack')).toHaveLength(1);
    // Every frame's loss points reach the history, even a frame that was never drawn.
    expect(t.telemetry.getState().histories[0].step).toEqual([10, 20]);
  });

  it('skips animation frames while drawing is costly (the worker waits for the ack), and draws a paused frame at once', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.receive(frame(10));
    t.flushRaf();
    // The commit's style, layout and paint held the main thread for 100 ms before the next animation frame.
    t.advance(117);
    t.flushRaf();
    t.session.receive(frame(20));
    t.flushRaf();
    expect(t.telemetry.getState().frame?.runs[0].step).toBe(10);
    expect(t.sent.filter((m) => m.type === 'ack')).toHaveLength(1);
    t.advance(300);
    t.flushRaf();
    expect(t.telemetry.getState().frame?.runs[0].step).toBe(20);
    expect(t.sent.filter((m) => m.type === 'ack')).toHaveLength(2);
    t.advance(17);
    t.flushRaf();
    t.session.receive({ ...frame(21), playing: false });
    t.flushRaf();
    expect(t.telemetry.getState().frame?.runs[0].step).toBe(21);
  });

  it('draws no training frame right after the user presses a key or a pointer', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.noteInput();
    t.session.receive(frame(10));
    t.flushRaf();
    expect(t.telemetry.getState().frame).toBeNull();
    t.advance(150);
    t.flushRaf();
    expect(t.telemetry.getState().frame?.runs[0].step).toBe(10);
  });

  it('throttles the React readouts to a few per second while training', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.receive(frame(1));
    t.flushRaf();
    expect(t.app.getState().readouts.step).toBe(1);
    t.advance(16);
    t.session.receive(frame(2));
    t.flushRaf();
    expect(t.app.getState().readouts.step).toBe(1);
    t.advance(300);
    t.session.receive(frame(3));
    t.flushRaf();
    expect(t.app.getState().readouts.step).toBe(3);
  });

  it('drops frames of a replaced run', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 2, reason: 'reset', fields: [], step: 0, replaced: null });
    t.session.receive(frame(99, 1));
    t.flushRaf();
    expect(t.telemetry.getState().frame).toBeNull();
  });

  it('offers Undo after a rebuild and restores the previous configuration, weights and history', () => {
    const t = setup();
    t.session.boot();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.receive(frame(500));
    t.session.receive(snapshot(500));
    t.flushRaf();
    const before = t.telemetry.getState().histories;
    t.session.setConfig({ hiddenLayers: [8], dropout: [0.5] });
    expect(t.sent.at(-1)).toEqual({ type: 'set', patch: { config: { hiddenLayers: [8], dropout: [0.5] } } });
    // The worker trained on to step 512 before it applied the change: Undo resumes exactly there.
    const replaced = { runs: [runState(512)] };
    t.session.receive({ type: 'run-started', runVersion: 2, reason: 'rebuild', fields: ['hiddenLayers'], step: 0, replaced });
    const notice = t.app.getState().notices.at(-1);
    expect(notice?.undoable).toBe(true);
    expect(notice?.text).toContain('hidden layers');
    expect(t.telemetry.getState().histories).toEqual([]);

    t.session.undo();
    const init = t.starts.at(-1);
    expect(init?.config.hiddenLayers).toEqual([64, 64]);
    expect(init?.restore).toEqual(replaced);
    expect(t.app.getState().config.hiddenLayers).toEqual([64, 64]);
    expect(t.telemetry.getState().histories).toBe(before);
    expect(t.app.getState().notices.some((n) => n.undoable)).toBe(false);
  });

  it('a preset always starts a fresh run: one that changes only p resets to step 0, and can be undone', () => {
    const t = setup();
    t.session.boot();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.receive(frame(500));
    t.flushRaf();
    const dropout = PRESETS.find((p) => p.id === 'dropout');
    if (dropout === undefined) throw new Error('no dropout preset');
    t.session.applyPreset(dropout.patch, dropout.label, dropout.description);
    const sent = t.sent.map((m) => m.type);
    expect(sent.slice(sent.lastIndexOf('set'))).toContain('reset');
    t.session.receive({ type: 'run-started', runVersion: 2, reason: 'reset', fields: [], step: 0, replaced: null });
    const notice = t.app.getState().notices.at(-1);
    expect(notice?.undoable).toBe(true);
    expect(notice?.text).toContain(dropout.label);
    expect(t.telemetry.getState().histories).toEqual([]);
  });

  it('Undo falls back to the latest complete state when the rebuild carried none', () => {
    const t = setup();
    t.session.boot();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.receive(snapshot(300));
    t.session.receive(snapshot(999, 7)); // of another run: ignored
    t.session.setConfig({ hiddenLayers: [8], dropout: [0.5] });
    t.session.receive({ type: 'run-started', runVersion: 2, reason: 'rebuild', fields: ['hiddenLayers'], step: 0, replaced: null });
    t.session.undo();
    expect(t.starts.at(-1)?.restore?.runs[0]).toEqual(runState(300));
  });

  it('keeps the latest complete state for saving, and forgets it when a new run starts', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    expect(t.session.latestState()).toBeNull();
    t.session.receive(snapshot(40));
    t.session.receive(snapshot(80));
    expect(t.session.latestState()?.runs[0].step).toBe(80);
    t.session.receive({ type: 'run-started', runVersion: 2, reason: 'reset', fields: [], step: 0, replaced: null });
    expect(t.session.latestState()).toBeNull();
  });

  it('a resumed run keeps the history before its step and drops the points it will replay', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    for (const step of [10, 20, 30, 40]) t.session.receive(frame(step));
    // A restarted worker resumes from its last snapshot, at step 30.
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'restore', fields: [], step: 30, replaced: null });
    expect(t.telemetry.getState().histories[0].step).toEqual([10, 20]);
    t.session.receive(frame(30));
    t.session.receive(frame(35));
    expect(t.telemetry.getState().histories[0].step).toEqual([10, 20, 30, 35]);
  });

  it('loading a run file: an exact one says so quietly; an approximate one adds the caveat and stays until dismissed', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.receive(snapshot(70));
    const restore = { runs: [runState(1234)] };
    t.session.load(CONFIG, { speed: 0, stopAt: 0, compare: false }, restore);
    expect(t.starts.at(-1)?.restore).toBe(restore);
    expect(t.app.getState().undo?.restore?.runs[0]).toEqual(runState(70));
    expect(t.app.getState().notices.at(-1)).toMatchObject({ tone: 'info', text: 'Loaded a saved run at step 1234.', undoable: true });
    t.session.load(CONFIG, { speed: 0, stopAt: 0, compare: false }, { runs: [{ ...runState(5), resume: null }] }, 'It resumes approximately.');
    expect(t.app.getState().notices.at(-1)).toMatchObject({ tone: 'warning', text: 'Loaded a saved run at step 5. It resumes approximately.', undoable: true });
  });

  it('a dead hidden layer pauses the run once, explained, with Reset offered; a new run may explain again', () => {
    const t = setup();
    t.session.boot();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    const dead = (step: number): Frame => {
      const f = frame(step);
      return { ...f, runs: [{ ...f.runs[0], deadLayer: 2 }] };
    };
    t.session.receive(dead(100));
    expect(t.sent.at(-1)).toEqual({ type: 'pause' });
    expect(t.app.getState().playing).toBe(false);
    const notice = t.app.getState().notices.at(-1);
    expect(notice).toMatchObject({ tone: 'warning', resettable: true });
    expect(notice?.text).toContain('hidden layer 2');
    // Lowering p, as the notice asks, keeps the notice and its Reset; Reset clears it.
    t.session.setConfig({ dropout: [0.1, 0.1] });
    expect(t.app.getState().notices.at(-1)).toMatchObject({ resettable: true });
    const sent = t.sent.length;
    t.session.receive(dead(101));
    expect(t.sent.slice(sent).some((m) => m.type === 'pause')).toBe(false);
    t.session.reset();
    expect(t.app.getState().notices).toEqual([]);
    t.session.receive({ type: 'run-started', runVersion: 2, reason: 'reset', fields: [], step: 0, replaced: null });
    t.session.receive({ ...dead(5), runVersion: 2 });
    expect(t.sent.at(-1)).toEqual({ type: 'pause' });
  });

  it('a live change offers no Undo', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.setConfig({ learningRate: 0.001 });
    t.session.receive(frame(1));
    expect(t.app.getState().undo).toBeNull();
  });

  it('pauses while hidden and resumes only if the user still wants it to play', () => {
    const t = setup();
    t.session.setOffscreen(true);
    expect(t.sent.at(-1)).toEqual({ type: 'pause' });
    t.session.setOffscreen(false);
    expect(t.sent.at(-1)).toEqual({ type: 'play' });
    t.session.setOffscreen(true);
    t.session.pause();
    const count = t.sent.length;
    t.session.setOffscreen(false);
    expect(t.sent.length).toBe(count);
  });

  it('divergence stops play and refuses to play on until reset', () => {
    const t = setup();
    t.session.receive({ type: 'diverged', run: 'B', step: 42 });
    expect(t.app.getState().playing).toBe(false);
    expect(t.app.getState().notices.at(-1)?.text).toContain('step 42');
    const count = t.sent.length;
    t.session.play();
    expect(t.sent.length).toBe(count);
    t.session.reset();
    expect(t.sent.at(-1)).toEqual({ type: 'reset' });
    expect(t.app.getState().diverged).toBe(false);
  });

  it('asks for the ensemble view, keeps the answer of the current run only, and forgets it when a new run starts', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 3, reason: 'init', fields: [], step: 0, replaced: null });
    t.session.requestEnsemble();
    expect(t.sent.at(-1)).toEqual({ type: 'ensemble' });
    const answer = (runVersion: number): Extract<FromWorker, { type: 'ensemble' }> => ({
      type: 'ensemble',
      runVersion,
      run: 'B',
      step: 10,
      checkpoints: [1],
      hiddenNeurons: 4,
      scaling: new Float32Array(3),
      exact: null,
      mc: new Float32Array(3),
      testMse: { scaling: 0.2, exact: null, mc: [0.3] },
      thinnedVariance: 0.1,
    });
    t.session.receive(answer(2));
    expect(t.telemetry.getState().ensemble).toBeNull();
    t.session.receive(answer(3));
    expect(t.telemetry.getState().ensemble?.runVersion).toBe(3);
    t.session.receive({ type: 'run-started', runVersion: 4, reason: 'reset', fields: [], step: 0, replaced: null });
    expect(t.telemetry.getState().ensemble).toBeNull();
  });

  it('names the field of a refused change', () => {
    const t = setup();
    t.session.receive({ type: 'rejected', field: 'dropout[0]', message: 'dropout[0]: must be a number from 0 to 0.9 (got 1)' });
    expect(t.app.getState().notices.at(-1)).toMatchObject({ tone: 'error' });
    expect(t.app.getState().notices.at(-1)?.text).toContain('dropout[0]');
  });
});
