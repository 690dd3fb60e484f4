/**
 * The sweep's store and controller: its settings (in the link), the sweep in
 * progress or last finished (plan, results, progress, time left), and the
 * actions start and cancel. The sweep worker's client is injected as `send`.
 */
import { create } from 'zustand';
import { assertNever } from '../experiment/assert-never';
import type { ExperimentConfig } from '../experiment/types';
import type { PoolResult, SweepCommand, SweepEvent, SweepResult } from '../sweep/protocol';
import { type SweepPlan, fitSettings, planSize, type SweepSettings, sweepPlan, sweepProblem } from '../experiment/sweep-plan';
import {
  chooseKnobs,
  type ComparisonSettings,
  comparisonWork,
  type FinalResult,
  finalPlanOf,
  type KnobChoice,
  type TuneResult,
  tunePlanOf,
} from '../experiment/regularizers-plan';
import { DEFAULT_SWEEP_SETTINGS } from '../experiment/defaults';
import { TimeLeft } from './time-left';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The regularizer comparison in progress or last run: its two stages on the pool, one after the other. */
export interface ComparisonState {
  settings: ComparisonSettings;
  stage: 'tune' | 'final';
  /** Validation scores of the tuning runs, in run order. */
  tune: TuneResult[];
  /** Each tuned method's knob per seed, once the tuning finished. */
  choices: KnobChoice[] | null;
  /** The final runs (test MSE), in run order. */
  final: FinalResult[];
  /** Runs and work of each stage: progress and time left span both. */
  work: ReturnType<typeof comparisonWork>;
}

export interface SweepState {
  settings: SweepSettings;
  status: SweepStatus;
  /** The plan of the grid sweep on show; null before the first one (and while a comparison is on show). */
  plan: SweepPlan | null;
  /** The regularizer comparison on show; null unless the last sweep was one. */
  comparison: ComparisonState | null;
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
function inRunOrder<R extends PoolResult>(results: readonly R[], result: R): R[] {
  const at = results.findIndex((r) => r.index > result.index);
  return at < 0 ? [...results, result] : [...results.slice(0, at), result, ...results.slice(at)];
}

/** What a sweep of these settings sends first, and what the store shows of it: a grid plan, or a comparison's tuning stage. */
function planOf(config: ExperimentConfig, settings: SweepSettings) {
  if (settings.kind !== 'regularizers') {
    const plan = sweepPlan(config, settings);
    return { plan, shown: { plan, comparison: null, total: planSize(plan) } };
  }
  const plan = tunePlanOf(settings);
  const work = comparisonWork(config, settings);
  const comparison: ComparisonState = { settings: plan, stage: 'tune', tune: [], choices: null, final: [], work };
  return { plan, shown: { plan: null, comparison, total: work.tuneRuns + work.finalRuns } };
}

export function createSweep(deps: SweepDeps) {
  const store = create<SweepState>()(() => ({
    settings: fitSettings(deps.settings ?? DEFAULT_SWEEP_SETTINGS),
    status: 'idle',
    plan: null,
    comparison: null,
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

  /** Progress of the sweep, or of a comparison across both stages (a stage's counts start after the earlier stage's). */
  function progress(done: number, total: number, fraction: number): Partial<SweepState> {
    const comparison = store.getState().comparison;
    if (comparison !== null) {
      const { tuneRuns, finalRuns, tuneWork, finalWork } = comparison.work;
      const final = comparison.stage === 'final';
      const all = tuneWork + finalWork;
      fraction = all <= 0 ? fraction : ((final ? tuneWork : 0) + fraction * (final ? finalWork : tuneWork)) / all;
      done = (final ? tuneRuns : 0) + done;
      total = tuneRuns + finalRuns;
    }
    return { done, total, fraction, etaMs: timeLeft.update(deps.now() - startedAt, fraction) };
  }

  /** The tuning finished: the final runs start with the knobs it chose. */
  function startFinal(comparison: ComparisonState): void {
    const base = store.getState().base;
    if (base === null) return;
    const choices = chooseKnobs(comparison.settings, comparison.tune);
    sweepId++;
    store.setState({ comparison: { ...comparison, stage: 'final', choices } });
    deps.send({ type: 'start', id: sweepId, config: base, plan: finalPlanOf(comparison.settings, choices) });
  }

  function receiveResult(result: PoolResult): Partial<SweepState> {
    const { comparison, results } = store.getState();
    if (!('stage' in result)) return { results: inRunOrder(results, result) };
    if (comparison === null) return {};
    return result.stage === 'tune'
      ? { comparison: { ...comparison, tune: inRunOrder(comparison.tune, result) } }
      : { comparison: { ...comparison, final: inRunOrder(comparison.final, result) } };
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
      const problem = sweepProblem(config, before.settings.kind, before.settings.folds);
      if (problem !== null) {
        cancel();
        store.setState({ status: 'failed', error: problem });
        return;
      }
      // A sweep replacing one in progress keeps the main run as that one left it.
      const replacing = before.status === 'running';
      if (replacing) deps.send({ type: 'cancel', id: sweepId });
      const pausedMain = replacing ? before.pausedMain : (deps.pauseMain?.() ?? false);
      const { plan, shown } = planOf(config, before.settings);
      sweepId++;
      startedAt = deps.now();
      timeLeft.reset();
      store.setState({
        status: 'running',
        ...shown,
        base: config,
        results: [],
        done: 0,
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
          if (store.getState().comparison === null) store.setState({ total: message.total });
          return;
        case 'result':
          store.setState({ ...receiveResult(message.result), ...progress(message.done, message.total, message.fraction) });
          return;
        case 'workers':
          store.setState({ workers: message.count });
          return;
        case 'progress':
          store.setState(progress(message.done, message.total, message.fraction));
          return;
        case 'finished': {
          const comparison = store.getState().comparison;
          if (comparison?.stage === 'tune') startFinal(comparison);
          else end({ status: 'done', fraction: 1 });
          return;
        }
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
