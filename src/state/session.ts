import { knockoutWithin } from '../experiment/knockout-codec';
import { layerChoiceWithin } from '../experiment/layer-choice-codec';
import { DIVERGENCE_FACTOR, hasThinnedEnsemble, mainRun } from '../experiment/run-facts';
import { assertNever } from '../experiment/assert-never';
import { changedRebuildKeys, settingLabel } from '../experiment/setting-rules';
import type { Frame, FromWorker, SnapshotMessage, ToWorker } from '../training/protocol';
import type { SettingsPatch, ExperimentConfig, PlaybackConfig, RestoreState, FrameOptions } from '../experiment/types';
import { type AppStore, type DisplayOptions, isTraining, type Notice, type Readouts, type UndoPoint } from './app-store';
import { FrameBudget } from './frame-budget';
import { LossHistory } from './loss-history';
import type { TelemetryStore } from './telemetry-store';

type InitCommand = Extract<ToWorker, { type: 'init' }>;

export interface SessionDeps {
  app: AppStore;
  telemetry: TelemetryStore;
  /** Sends a command to the trainer. */
  send(message: ToWorker): void;
  /** Starts (or restarts) the trainer with a full configuration. */
  start(init: InitCommand): void;
  /** requestAnimationFrame, injected so tests can drive it. */
  requestFrame(callback: () => void): void;
  now(): number;
}

/** Run A's losses in compare mode (the readouts show both runs, labelled). */
function runAReadout(frame: Frame): Readouts['runA'] {
  const runA = frame.runs.find((r) => r.run === 'A');
  return runA === undefined ? null : { trainLoss: runA.trainLoss, testLoss: runA.testLoss };
}

/** Text readouts re-render React at most this often. */
const READOUT_INTERVAL_MS = 250;

function runName(run: 'A' | 'B', compare: boolean): string {
  if (!compare) return 'The run';
  return run === 'A' ? 'Run A (no dropout)' : 'Run B (with dropout)';
}

/**
 * The page's controller: user actions in, commands to the trainer out;
 * trainer messages in, store updates out. One direction each way.
 */
export function createSession(deps: SessionDeps) {
  const { app, telemetry } = deps;
  let runVersion = 0;
  let pendingFrame: Frame | null = null;
  let frameRequested = false;
  const budget = new FrameBudget();
  let lastReadoutTime = -Infinity;
  let noticeId = 0;
  let undoCandidate: UndoPoint | null = null;
  /** The latest complete training state of the current run (see SnapshotMessage). */
  let latestState: SnapshotMessage | null = null;
  /** Set while a preset's change is on its way, so the rebuild notice can name the preset. */
  let pendingPresetText: string | null = null;
  /** A dead layer is explained once per run. */
  let deadLayerExplained = false;

  /** Shows a notice: one at a time, the newest replacing the one before. */
  function notify(tone: Notice['tone'], text: string, undoable = false, protective = false, resettable = false): void {
    const notice: Notice = { id: ++noticeId, tone, text, undoable, protective, resettable };
    app.setState({ notices: [notice] });
  }

  /**
   * A notice lasts until the next thing the user does. A notice that offers
   * Reset (a dead layer, a diverged run) outlasts a change of settings: it
   * asks for one (lower p, lower the learning rate) before its Reset.
   */
  function clearNotices(keepResettable = false): void {
    const notices = app.getState().notices;
    const kept = keepResettable ? notices.filter((n) => n.resettable) : [];
    if (kept.length !== notices.length) app.setState({ notices: kept });
  }

  /** What the current run resumes from: its latest complete training state. */
  function snapshot(): RestoreState | null {
    return latestState ? { runs: latestState.runs } : null;
  }

  function effectivePlaying(): boolean {
    return isTraining(app.getState());
  }

  /** An animation frame: draws the pending frame if the frame budget allows, else asks again next animation frame. */
  function onAnimationFrame(): void {
    frameRequested = false;
    const frame = pendingFrame;
    if (frame === null) return;
    const start = deps.now();
    // A paused run's frame (a step, a pause) shows at once.
    if (frame.playing && !budget.allows(start)) {
      requestCommit();
      return;
    }
    commitFrame(frame, start);
    const scriptMs = deps.now() - start;
    // The next animation frame comes once the commit's style, layout and paint are done: that tells its cost.
    deps.requestFrame(() => budget.measured(start, scriptMs, deps.now()));
  }

  function requestCommit(): void {
    if (frameRequested) return;
    frameRequested = true;
    deps.requestFrame(onAnimationFrame);
  }

  function commitFrame(frame: Frame, now: number): void {
    pendingFrame = null;
    budget.committed(now);
    telemetry.setState((t) => ({ frame, commit: t.commit + 1 }));
    deps.send({ type: 'ack' });
    const main = mainRun(frame.runs);
    if (main !== undefined && (now - lastReadoutTime >= READOUT_INTERVAL_MS || !frame.playing)) {
      lastReadoutTime = now;
      app.setState({
        readouts: {
          step: main.step,
          epoch: main.epoch,
          trainLoss: main.trainLoss,
          testLoss: main.testLoss,
          stepsPerSec: frame.stepsPerSec,
          gap: main.testLoss - main.trainLoss,
          runA: runAReadout(frame),
        },
      });
    }
  }

  /** A hidden layer that outputs 0 everywhere cannot come back by itself: pause, say why, offer Reset. */
  function explainDeadLayer(frame: Frame): void {
    if (deadLayerExplained) return;
    const dead = frame.runs.find((r) => r.deadLayer !== null);
    if (dead === undefined || dead.deadLayer === null) return;
    deadLayerExplained = true;
    app.setState({ playing: false });
    deps.send({ type: 'pause' });
    const who = runName(dead.run, app.getState().playback.compare);
    notify(
      'warning',
      `${who}: every neuron of hidden layer ${dead.deadLayer} now outputs 0 for every input, so the prediction is a flat line. ` +
        'With so much dropout the training pushed all of that layer’s inputs below zero, and a ReLU that outputs 0 gets no signal to recover, ' +
        'even after p goes back down. Training is paused: lower p, then press Reset to start again from fresh weights.',
      false,
      false,
      true,
    );
  }

  function onFrame(frame: Frame): void {
    if (frame.runVersion !== runVersion) {
      deps.send({ type: 'ack' });
      return;
    }
    explainDeadLayer(frame);
    const histories = telemetry.getState().histories;
    const fresh = histories.length !== frame.runs.length;
    const next = fresh ? frame.runs.map(() => new LossHistory()) : histories;
    frame.runs.forEach((run, i) => next[i].append(run.history));
    if (fresh) telemetry.setState({ histories: next });
    pendingFrame = frame;
    requestCommit();
  }

  function receive(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        return;
      case 'data':
        telemetry.setState({ data: message });
        return;
      case 'run-started':
        runVersion = message.runVersion;
        telemetry.setState({ ensemble: null });
        deadLayerExplained = false;
        latestState = null;
        app.setState({ diverged: false });
        if (message.reason !== 'restore') telemetry.setState({ histories: [], frame: null });
        // A resumed run replays from its step: points from there on will come again.
        else for (const history of telemetry.getState().histories) history.dropFrom(message.step);
        // A new run the user asked for by a setting or a preset can be undone: Undo resumes the old run exactly where it was left.
        if ((message.reason === 'rebuild' || (message.reason === 'reset' && pendingPresetText !== null)) && undoCandidate) {
          app.setState({ undo: { ...undoCandidate, restore: message.replaced ?? undoCandidate.restore } });
          const what = message.fields.map(settingLabel).join(' and ');
          notify('info', pendingPresetText ?? `Changing ${what} started a new run from step 0.`, true);
        }
        undoCandidate = null;
        pendingPresetText = null;
        return;
      case 'frame':
        onFrame(message);
        return;
      case 'snapshot':
        if (message.runVersion === runVersion) latestState = message;
        return;
      case 'stopped-at':
        app.setState({ playing: false });
        notify('info', `Paused at step ${message.step}, as set by “stop at”.`);
        return;
      case 'diverged':
        app.setState({ playing: false, diverged: true });
        notify(
          'warning',
          `${runName(message.run, app.getState().playback.compare)} diverged at step ${message.step}: its training error grew to more than ${DIVERGENCE_FACTOR} times its starting value, so each step overshoots instead of improving. Training is paused: lower the learning rate, then press Reset.`,
          false,
          false,
          true,
        );
        return;
      case 'rejected':
        notify('error', `Could not apply that change — ${message.message}.`);
        return;
      case 'ensemble':
        if (message.runVersion === runVersion) telemetry.setState({ ensemble: message });
        return;
      default:
        assertNever(message);
    }
  }

  function start(config: ExperimentConfig, playback: PlaybackConfig, frameOptions: FrameOptions, playing: boolean, restore: RestoreState | null): void {
    app.setState({ config, playback, frameOptions, playing });
    deps.start({ type: 'init', config, playback, frameOptions, playing: playing && !app.getState().offscreen, restore });
  }

  function play(): void {
    clearNotices();
    if (app.getState().diverged) {
      notify('warning', 'This run diverged. Lower the learning rate, then press Reset to start again.');
      return;
    }
    app.setState({ playing: true });
    if (effectivePlaying()) deps.send({ type: 'play' });
  }

  function setEnsembleView(on: boolean): void {
    app.setState((s) => (s.page.ensemble === on ? s : { page: { ...s.page, ensemble: on } }));
  }

  /** Changes settings of the run: live ones apply at once, the others start a new run (with Undo). */
  function set(patch: SettingsPatch): void {
    clearNotices(true);
    const s = app.getState();
    undoCandidate = { config: s.config, playback: s.playback, restore: snapshot(), histories: telemetry.getState().histories };
    app.setState({ config: { ...s.config, ...patch.config }, playback: { ...s.playback, ...patch.playback } });
    deps.send({ type: 'set', patch });
    // A knock-out names a neuron by layer and index: one the new layers lack is no longer knocked out.
    const layers = patch.config?.hiddenLayers;
    if (layers !== undefined) {
      const kept = knockoutWithin(s.frameOptions.knockout, layers);
      if (kept.length !== s.frameOptions.knockout.length) {
        app.setState({ frameOptions: { ...app.getState().frameOptions, knockout: kept } });
        deps.send({ type: 'frame-options', patch: { knockout: kept } });
      }
      // Likewise the robustness view's layer (a preset of fewer layers): it goes back to every layer.
      const layer = layerChoiceWithin(s.frameOptions.robustnessLayer, layers.length);
      if (layer !== s.frameOptions.robustnessLayer) {
        app.setState({ frameOptions: { ...app.getState().frameOptions, robustnessLayer: layer } });
        deps.send({ type: 'frame-options', patch: { robustnessLayer: layer } });
      }
    }
  }

  return {
    receive,
    notify,

    /** The user pressed a key or a pointer: the answer to it is drawn before the next training frame. */
    noteInput(): void {
      budget.input(deps.now());
    },

    /** The first start, from the configuration the page was opened with. */
    boot(): void {
      const s = app.getState();
      start(s.config, s.playback, s.frameOptions, s.playing, null);
    },

    play,

    pause(): void {
      clearNotices();
      app.setState({ playing: false });
      deps.send({ type: 'pause' });
    },

    step(count: number): void {
      clearNotices();
      app.setState({ playing: false });
      deps.send({ type: 'step', count });
    },

    reset(): void {
      clearNotices();
      app.setState({ diverged: false });
      deps.send({ type: 'reset' });
      if (effectivePlaying()) deps.send({ type: 'play' });
    },

    set,

    setConfig(config: Partial<ExperimentConfig>): void {
      set({ config });
    },

    setPlayback(playback: Partial<PlaybackConfig>): void {
      set({ playback });
    },

    /** Loads a preset (a new run, with Undo) and plays it. */
    applyPreset(patch: SettingsPatch, label: string, description: string): void {
      const s = app.getState();
      const before = { config: s.config, playback: s.playback };
      const after = { config: { ...s.config, ...patch.config }, playback: { ...s.playback, ...patch.playback } };
      pendingPresetText = `${label}: ${description}`;
      set(patch);
      // The views stay, unless the preset's network has no thinned networks to average: its story is then in the fit.
      if (app.getState().page.ensemble && !hasThinnedEnsemble(app.getState().config)) setEnsembleView(false);
      // A preset always starts a fresh run, so that its story starts at step 0: a change of
      // architecture or data rebuilds the run; a preset that changes only live settings (p, say) resets it.
      if (changedRebuildKeys(before, after).length === 0 || app.getState().diverged) {
        app.setState({ diverged: false });
        deps.send({ type: 'reset' });
      }
      play();
    },

    setFrameOptions(patch: Partial<FrameOptions>): void {
      app.setState((s) => ({ frameOptions: { ...s.frameOptions, ...patch } }));
      deps.send({ type: 'frame-options', patch });
    },

    /** Opens or closes the fit panel's ensemble view (a page setting: the link records it). */
    setEnsembleView,

    setDisplay(patch: Partial<DisplayOptions>): void {
      app.setState((s) => ({ display: { ...s.display, ...patch } }));
    },

    /**
     * Loads a saved run (configuration and training state, e.g. from an exported JSON file):
     * it continues from the saved step with fresh loss curves; the previous run can be undone.
     * `caveat` is a sentence added to the notice, which then stays until dismissed: say
     * there that the run resumes only approximately (a file without the full training state).
     */
    load(config: ExperimentConfig, playback: PlaybackConfig, restore: RestoreState | null, caveat: string | null = null): void {
      const s = app.getState();
      app.setState({ undo: { config: s.config, playback: s.playback, restore: snapshot(), histories: telemetry.getState().histories } });
      telemetry.setState({ histories: [] });
      const text = `Loaded a saved run${restore ? ` at step ${restore.runs[0]?.step ?? 0}` : ''}.`;
      notify(caveat ? 'warning' : 'info', caveat ? `${text} ${caveat}` : text, true);
      start(config, playback, s.frameOptions, s.playing, restore);
    },

    /** Asks the trainer for the ensemble view of the main run's current weights (it arrives in the telemetry store). */
    requestEnsemble(): void {
      deps.send({ type: 'ensemble' });
    },

    /** The ensemble view closed: the trainer drops the computation in progress. */
    stopEnsemble(): void {
      deps.send({ type: 'ensemble', stop: true });
    },

    /** The latest complete training state of the current run, with its layer sizes and run ids (for saving a run file), or null before the first. */
    latestState(): SnapshotMessage | null {
      return latestState;
    },

    /** Brings back the configuration and the run from before the last rebuild. */
    undo(): void {
      const point = app.getState().undo;
      if (point === null) return;
      app.setState((s) => ({ undo: null, notices: s.notices.filter((n) => !n.undoable) }));
      telemetry.setState({ histories: point.histories });
      start(point.config, point.playback, app.getState().frameOptions, app.getState().playing, point.restore);
    },

    /** The page or the embed scrolled out of frameOptions (or came back): training pauses meanwhile. */
    setOffscreen(offscreen: boolean): void {
      if (app.getState().offscreen === offscreen) return;
      const wasPlaying = effectivePlaying();
      app.setState({ offscreen });
      const nowPlaying = effectivePlaying();
      if (wasPlaying && !nowPlaying) deps.send({ type: 'pause' });
      if (!wasPlaying && nowPlaying) deps.send({ type: 'play' });
    },

    dismiss(id: number): void {
      app.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
  };
}

export type Session = ReturnType<typeof createSession>;
