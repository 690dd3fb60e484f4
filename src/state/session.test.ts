import { PRESETS } from '../experiment/presets';
import { OVERFITTING_DATA } from '../data/config';
import { OVERFITTING_MODEL } from '../model/config';
import { describe, expect, it } from 'vitest';
import type { Frame, RunFrame, ToWorker } from '../training/protocol';
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
    params: Float32Array.of(step),
    keepFrequency: new Float32Array(0),
    neuronCurve: null,
    diverged: false,
    divergedAt: null,
  };
}

function frame(step: number, runVersion = 1): Frame {
  return { type: 'frame', runVersion, playing: true, stepsPerSec: 100, sizes: [1, 2, 1], runs: [runFrame(step)] };
}

function setup() {
  const sent: ToWorker[] = [];
  const starts: Array<Extract<ToWorker, { type: 'init' }>> = [];
  const rafQueue: Array<() => void> = [];
  let clock = 0;
  const app = createAppStore({
    config: CONFIG,
    playback: { speed: 0, stopAt: 0, compare: false },
    frameOptions: { mcBand: false, mcPasses: 30, thinnedCurves: 0, maskExample: 0, hoveredNeuron: null },
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
  it('commits frames once per animation frame and acknowledges each commit', () => {
    const t = setup();
    t.session.boot();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [] });
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

  it('throttles the React readouts to a few per second while training', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [] });
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
    t.session.receive({ type: 'run-started', runVersion: 2, reason: 'reset', fields: [] });
    t.session.receive(frame(99, 1));
    t.flushRaf();
    expect(t.telemetry.getState().frame).toBeNull();
  });

  it('offers Undo after a rebuild and restores the previous configuration, weights and history', () => {
    const t = setup();
    t.session.boot();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [] });
    t.session.receive(frame(500));
    t.flushRaf();
    const before = t.telemetry.getState().histories;
    t.session.setConfig({ hiddenLayers: [8], dropout: [0.5] });
    expect(t.sent.at(-1)).toEqual({ type: 'set', patch: { config: { hiddenLayers: [8], dropout: [0.5] } } });
    t.session.receive({ type: 'run-started', runVersion: 2, reason: 'rebuild', fields: ['hiddenLayers'] });
    const notice = t.app.getState().notices.at(-1);
    expect(notice?.undoable).toBe(true);
    expect(notice?.text).toContain('hidden layers');
    expect(t.telemetry.getState().histories).toEqual([]);

    t.session.undo();
    const init = t.starts.at(-1);
    expect(init?.config.hiddenLayers).toEqual([64, 64]);
    expect(init?.restore?.runs[0].step).toBe(500);
    expect(Array.from(init?.restore?.runs[0].params ?? [])).toEqual([500]);
    expect(t.app.getState().config.hiddenLayers).toEqual([64, 64]);
    expect(t.telemetry.getState().histories).toBe(before);
    expect(t.app.getState().notices.some((n) => n.undoable)).toBe(false);
  });

  it('a preset always starts a fresh run: one that changes only p resets to step 0, and can be undone', () => {
    const t = setup();
    t.session.boot();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [] });
    t.session.receive(frame(500));
    t.flushRaf();
    const dropout = PRESETS.find((p) => p.id === 'dropout');
    if (dropout === undefined) throw new Error('no dropout preset');
    t.session.applyPreset(dropout.patch, dropout.label, dropout.description);
    const sent = t.sent.map((m) => m.type);
    expect(sent.slice(sent.lastIndexOf('set'))).toContain('reset');
    t.session.receive({ type: 'run-started', runVersion: 2, reason: 'reset', fields: [] });
    const notice = t.app.getState().notices.at(-1);
    expect(notice?.undoable).toBe(true);
    expect(notice?.text).toContain(dropout.label);
    expect(t.telemetry.getState().histories).toEqual([]);
  });

  it('a live change offers no Undo', () => {
    const t = setup();
    t.session.receive({ type: 'run-started', runVersion: 1, reason: 'init', fields: [] });
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

  it('names the field of a refused change', () => {
    const t = setup();
    t.session.receive({ type: 'rejected', field: 'dropout[0]', message: 'dropout[0]: must be a number from 0 to 0.9 (got 1)' });
    expect(t.app.getState().notices.at(-1)).toMatchObject({ tone: 'error' });
    expect(t.app.getState().notices.at(-1)?.text).toContain('dropout[0]');
  });
});
