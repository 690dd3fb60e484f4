/**
 * The sweep's store and controller: its settings (in the link), the sweep in
 * progress or last finished (plan, results, progress, time left), and the
 * actions start and cancel. The sweep worker's client is injected as `send`.
 */
import { create } from 'zustand';
import { assertNever } from '../experiment/assert-never';
import type { ExperimentConfig } from '../experiment/types';
import type { SweepCommand, SweepEvent, SweepResult } from '../sweep/protocol';
import { type SweepPlan, fitSettings, planSize, type SweepSettings, sweepPlan, sweepProblem } from '../experiment/sweep-plan';
import { DEFAULT_SWEEP_SETTINGS } from '../experiment/defaults';
import { TimeLeft } from './time-left';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface SweepState {
  settings: SweepSettings;
  status: SweepStatus;
  /** The plan of the results on show; null before the first sweep. */
  plan: SweepPlan | null;
  /** The configuration that was swept (a point loads its p or N into it). */
  base: ExperimentConfig | null;
  /** Finished runs in run order, whichever worker finished them first (so means add up in the same order every time). */
  results: SweepResult[];
  done: number;
  total: number;
  /** Share of the work done, 0–1 (runs weighted by their cost). */
  fraction: number;
  /** Estimated time left in ms; null until there is enough to go on. */
  etaMs: number | null;
  /** What went wrong, for the user. */
  error: string | null;
  /** The main run was paused for this sweep (and resumes when it ends). */
  pausedMain: boolean;
  /** Workers training the sweep's runs now; 0 before the pool has said. */
  workers: number;
  /** How long the last sweep ran, once it ended. */
  durationMs: number | null;
}

export interface SweepDeps {
  send(message: SweepCommand): void;
  now(): number;
  /** Pauses the main training for the sweep where no core is left for it beside the sweep; returns whether it paused it. */
  pauseMain?(): boolean;
  /** Resumes the main training after a sweep that paused it. */
  resumeMain?(): void;
  /** The settings the page was opened with (from the link). */
  settings?: SweepSettings;
}

/** The results with one more, kept in run order. */
function inRunOrder(results: readonly SweepResult[], result: SweepResult): SweepResult[] {
  const at = results.findIndex((r) => r.index > result.index);
  return at < 0 ? [...results, result] : [...results.slice(0, at), result, ...results.slice(at)];
}

export function createSweep(deps: SweepDeps) {
  const store = create<SweepState>()(() => ({
    settings: fitSettings(deps.settings ?? DEFAULT_SWEEP_SETTINGS),
    status: 'idle',
    plan: null,
    base: null,
    results: [],
    done: 0,
    total: 0,
    fraction: 0,
    etaMs: null,
    error: null,
    pausedMain: false,
    workers: 0,
    durationMs: null,
  }));
  let sweepId = 0;
  let startedAt = 0;
  const timeLeft = new TimeLeft();

  /** The sweep ended (finished, cancelled or failed): the main run resumes if the sweep paused it. */
  function end(patch: Partial<SweepState>): void {
    const paused = store.getState().pausedMain;
    store.setState({ ...patch, pausedMain: false, etaMs: null, durationMs: deps.now() - startedAt });
    if (paused) deps.resumeMain?.();
  }

  function progress(done: number, total: number, fraction: number): Partial<SweepState> {
    return { done, total, fraction, etaMs: timeLeft.update(deps.now() - startedAt, fraction) };
  }

  function cancel(): void {
    if (store.getState().status !== 'running') return;
    deps.send({ type: 'cancel', id: sweepId });
    end({ status: 'cancelled' });
  }

  return {
    store,

    setSettings(patch: Partial<SweepSettings>): void {
      store.setState((s) => ({ settings: fitSettings({ ...s.settings, ...patch }) }));
    },

    /** Starts a sweep of `config` with the current settings (cancelling one in progress). */
    start(config: ExperimentConfig): void {
      const before = store.getState();
      const problem = sweepProblem(config, before.settings.kind);
      if (problem !== null) {
        cancel();
        store.setState({ status: 'failed', error: problem });
        return;
      }
      // A sweep replacing one in progress keeps the main run as that one left it.
      const replacing = before.status === 'running';
      if (replacing) deps.send({ type: 'cancel', id: sweepId });
      const pausedMain = replacing ? before.pausedMain : (deps.pauseMain?.() ?? false);
      const plan = sweepPlan(config, before.settings);
      sweepId++;
      startedAt = deps.now();
      timeLeft.reset();
      store.setState({
        status: 'running',
        plan,
        base: config,
        results: [],
        done: 0,
        total: planSize(plan),
        fraction: 0,
        etaMs: null,
        error: null,
        pausedMain,
        workers: 0,
        durationMs: null,
      });
      deps.send({ type: 'start', id: sweepId, config, plan });
    },

    cancel,

    /** An event from the sweep client; events about an earlier sweep are ignored. */
    receive(message: SweepEvent): void {
      if (message.id !== sweepId || store.getState().status !== 'running') return;
      switch (message.type) {
        case 'started':
          store.setState({ total: message.total });
          return;
        case 'result':
          store.setState((s) => ({ results: inRunOrder(s.results, message.result), ...progress(message.done, message.total, message.fraction) }));
          return;
        case 'workers':
          store.setState({ workers: message.count });
          return;
        case 'progress':
          store.setState(progress(message.done, message.total, message.fraction));
          return;
        case 'finished':
          end({ status: 'done', fraction: 1 });
          return;
        case 'failed':
          end({ status: 'failed', error: `The sweep stopped: ${message.message}.` });
          return;
        default:
          assertNever(message);
      }
    },
  };
}

export type Sweep = ReturnType<typeof createSweep>;
