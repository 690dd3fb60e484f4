import { firstDeadLayer } from '../../model/dead-layers';
import type { SliceWorker } from '../../threads/slice-loop';
import { assertNever } from '../../experiment/assert-never';
import { DEFAULT_PLAYBACK, DEFAULT_FRAME_OPTIONS } from '../../experiment/defaults';
import { ConfigError } from '../../model/validation';
import { Rng, Stream } from '../../model/rng';
import { changedRebuildKeys } from '../../experiment/setting-rules';
import { validateExperiment } from '../create-run';
import { EnsembleJob } from './ensemble-job';
import { buildRunFrame, type EvalLosses, evalLosses, transferablesOf } from './frame-builder';
import { makeGrid } from './grid';
import { Pacer } from './pacer';
import { PendingHistory } from './pending-history';
import { FRAME_SHARE, lossPointDue, spacingForShare } from './worker-budget';
import type { FromWorker, ToWorker } from '../protocol';
import type { SettingsPatch, ExperimentConfig, PlaybackConfig, RestoreState, RunStartReason, FrameOptions } from '../../experiment/types';
import { RateMeter } from './rate-meter';
import { RunSet } from './run-set';
import { configOfRun } from '../../experiment/run-facts';
import { KnockoutEvaluator } from './knockout-eval';
import { RobustnessScheduler } from './robustness-scheduler';

export interface TrainingHostDeps {
  post(message: FromWorker, transfer?: Transferable[]): void;
  now(): number;
}

/** How often the runs are checked for a dead hidden layer while training (a forward pass over the data and the grid). */
const DEAD_CHECK_INTERVAL_MS = 400;

/** Training time per slice at full speed: commands are answered between slices. */
export const SLICE_MS = 12;
/** The MC band is the costliest part of a frame; it is refreshed at most this often while training. */
const MC_INTERVAL_MS = 150;
/** While playing, the full training state goes to the page at most this often (always after a pause or a step command). */
export const SNAPSHOT_INTERVAL_MS = 500;
/** Ensemble work per slice while training at full speed (a tenth of a slice: training keeps about 0.9× its pace); else a whole slice. */
export const ENSEMBLE_SLICE_MS = 1.2;

/**
 * The training loop, free of any Worker API so it runs (and is tested) in
 * Node: `handle` takes commands, `slice` trains for one time slice and posts
 * at most one frame, and returns when it wants to run again.
 */
export class TrainingHost implements SliceWorker<ToWorker> {
  private config: ExperimentConfig | null = null;
  private playback: PlaybackConfig = DEFAULT_PLAYBACK;
  private frameOptions: FrameOptions = DEFAULT_FRAME_OPTIONS;
  private runs: RunSet | null = null;
  private playing = false;
  private pendingSteps = 0;
  private runVersion = 0;
  private awaitingAck = false;
  private dirty = false;
  private histories: PendingHistory[] = [];
  private latestLosses: EvalLosses[] = [];
  private thinned: Uint8Array[][] = [];
  private mcRng = new Rng(0, Stream.monteCarlo);
  private lastMcTime = -Infinity;
  private lastDeadCheck = -Infinity;
  private deadLayers: (number | null)[] = [];
  private lastPointTime = -Infinity;
  private lastPointStep = -1;
  private evalCostMs = 0;
  private frameCostMs = 0;
  private lastFrameTime = -Infinity;
  /** The training state changed since the last snapshot was posted. */
  private stateChanged = false;
  private lastSnapshotTime = -Infinity;
  private readonly grid = makeGrid();
  private readonly pacer = new Pacer(0);
  private readonly meter = new RateMeter();
  private ensemble: EnsembleJob | null = null;
  /** Another ensemble was asked for while one was being computed: start it when that one is done. */
  private ensembleAgain = false;
  private readonly knockouts = new KnockoutEvaluator();
  private readonly robustness: RobustnessScheduler;

  constructor(private readonly host: TrainingHostDeps) {
    this.robustness = new RobustnessScheduler(() => host.now());
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  /** True while there is training to do or a frame to post. */
  get busy(): boolean {
    return this.runs !== null && (this.playing || this.pendingSteps > 0 || (this.dirty && !this.awaitingAck) || this.robustnessPending(this.runs));
  }

  handle(message: ToWorker): void {
    switch (message.type) {
      case 'init':
        this.playback = { ...message.playback };
        this.frameOptions = { ...message.frameOptions };
        this.playing = message.playing;
        this.pacer.setSpeed(this.playback.speed, this.host.now());
        this.start(message.config, message.restore ? 'restore' : 'init', [], message.restore);
        return;
      case 'play':
        if (this.runs === null || this.runs.diverged) return;
        this.playing = true;
        this.pendingSteps = 0;
        this.pacer.restart(this.host.now());
        this.meter.reset();
        return;
      case 'pause':
        this.playing = false;
        this.pendingSteps = 0;
        this.dirty = true;
        return;
      case 'step':
        if (this.runs === null || this.runs.diverged) return;
        this.playing = false;
        this.pendingSteps += Math.max(0, Math.floor(message.count));
        return;
      case 'reset':
        if (this.config) this.start(this.config, 'reset', [], null);
        return;
      case 'set':
        this.applyPatch(message.patch);
        return;
      case 'frame-options':
        this.applyFrameOptions(message.patch);
        return;
      case 'ack':
        this.awaitingAck = false;
        return;
      case 'test-crash':
        return; // handled by the worker adapter in test builds
      case 'ensemble':
        if (message.stop) {
          this.ensemble = null;
          this.ensembleAgain = false;
        } else if (this.ensemble === null) this.startEnsemble();
        else this.ensembleAgain = true;
        return;
      default:
        assertNever(message);
    }
  }

  /** Trains for up to one slice, records loss points, posts a frame if one is due. Returns ms until the next call, or null when idle. */
  slice(): number | null {
    const runs = this.runs;
    if (runs === null) return null;
    const start = this.host.now();
    if (this.playing || this.pendingSteps > 0) this.train(runs, start);
    const now = this.host.now();
    if (this.playing) this.meter.sample(now, runs.step);
    const idle = !this.playing && this.pendingSteps === 0;
    if (
      this.frameOptions.robustness &&
      this.config !== null &&
      this.robustness.work(runs, this.config, this.frameOptions.robustnessLayer, !idle, start + SLICE_MS)
    )
      this.dirty = true;
    this.recordPoints(runs, now, idle);
    if (this.dirty && !this.awaitingAck && (idle || now - this.lastFrameTime >= spacingForShare(this.frameCostMs, FRAME_SHARE))) this.postFrame(runs);
    // Paused, or training at a set pace (which leaves the worker idle between steps): whole slices of ensemble work.
    const ensembleSlice = idle || (this.playing && !this.pacer.unlimited);
    if (this.ensemble !== null) this.workOnEnsemble(this.ensemble, ensembleSlice);
    if (this.pendingSteps > 0 || (this.ensemble !== null && ensembleSlice)) return 0;
    if (this.playing) return this.pacer.unlimited ? 0 : this.pacer.msUntilNext(this.host.now());
    return (this.dirty && !this.awaitingAck) || this.robustnessPending(runs) ? 0 : null;
  }

  private robustnessPending(runs: RunSet): boolean {
    return this.frameOptions.robustness && !runs.diverged && this.robustness.pending(runs);
  }

  private train(runs: RunSet, start: number): void {
    const stepping = this.pendingSteps > 0;
    const allowed = stepping ? this.pendingSteps : this.pacer.due(start);
    const end = start + SLICE_MS;
    let done = 0;
    while (done < allowed) {
      const finite = runs.stepAll();
      done++;
      if (!finite) {
        this.onDiverged(runs);
        break;
      }
      if (!stepping && this.playback.stopAt > 0 && runs.step === this.playback.stopAt) {
        this.playing = false;
        this.host.post({ type: 'stopped-at', step: runs.step });
        break;
      }
      if (this.host.now() >= end) break;
    }
    if (stepping) this.pendingSteps = Math.max(0, this.pendingSteps - done);
    else this.pacer.consumed(done);
    if (done > 0) {
      this.dirty = true;
      this.stateChanged = true;
    }
  }

  private onDiverged(runs: RunSet): void {
    this.playing = false;
    this.pendingSteps = 0;
    for (const run of runs.runs) {
      if (run.divergedAt !== null) this.host.post({ type: 'diverged', run: run.id, step: run.divergedAt });
    }
  }

  /** A loss point per run when the step moved and one is due (worker-budget.ts), or always when `force`. */
  private recordPoints(runs: RunSet, now: number, force: boolean): void {
    const step = runs.step;
    if (this.lastPointStep === step) return;
    const clock = { step, lastPointStep: this.lastPointStep, now, lastPointTime: this.lastPointTime, evalCostMs: this.evalCostMs, minSpacingMs: SLICE_MS };
    if (!force && !lossPointDue(clock)) return;
    const t0 = this.host.now();
    let diverged = false;
    runs.runs.forEach((run, i) => {
      const losses = evalLosses(run.training, runs.dataset);
      this.latestLosses[i] = losses;
      this.histories[i].push(step, losses.train, losses.test, run.batchLoss);
      if (runs.noteTrainLoss(run, losses.train)) diverged = true;
    });
    if (diverged) this.onDiverged(runs);
    this.evalCostMs = this.host.now() - t0;
    this.lastPointTime = now;
    this.lastPointStep = step;
  }

  private postFrame(runs: RunSet): void {
    const t0 = this.host.now();
    if (!runs.checkWeights()) this.onDiverged(runs);
    const mcDue = t0 - this.lastMcTime >= MC_INTERVAL_MS || !this.playing;
    if (t0 - this.lastDeadCheck >= DEAD_CHECK_INTERVAL_MS || !this.playing) {
      this.lastDeadCheck = t0;
      this.deadLayers = runs.runs.map((run) => firstDeadLayer(run.training.net, runs.dataset.trainX, this.grid));
    }
    const knockout = this.frameOptions.knockout;
    const training = this.playing || this.pendingSteps > 0;
    const knockoutDue = knockout.length > 0 && this.knockouts.due(knockout, this.runVersion, t0, training);
    const frames = runs.runs.map((run, i) =>
      buildRunFrame({
        run,
        grid: this.grid,
        frameOptions: this.frameOptions,
        losses: this.latestLosses[i] ?? evalLosses(run.training, runs.dataset),
        history: this.histories[i].take(),
        mcDue,
        mcRng: this.mcRng,
        thinned: this.thinned,
        deadLayer: this.deadLayers[i] ?? null,
        knockout:
          knockout.length === 0 || this.config === null
            ? null
            : knockoutDue
              ? this.knockouts.evaluate(i, run.training.net, configOfRun(this.config, run.id), knockout, this.grid, runs.dataset)
              : this.knockouts.repeat(i),
        robustness: this.frameOptions.robustness ? this.robustness.resultOf(i) : null,
      }),
    );
    if (mcDue && this.frameOptions.mcBand) this.lastMcTime = t0;
    if (knockoutDue) this.knockouts.computed(knockout, this.runVersion, t0);
    const sizes = [...runs.runs[0].training.net.sizes];
    this.host.post(
      {
        type: 'frame',
        runVersion: this.runVersion,
        playing: this.playing || this.pendingSteps > 0,
        stepsPerSec: this.playing ? this.meter.rate() : 0,
        sizes,
        runs: frames,
      },
      transferablesOf(frames),
    );
    this.awaitingAck = true;
    this.dirty = false;
    const idle = !this.playing && this.pendingSteps === 0;
    if (this.stateChanged && (idle || t0 - this.lastSnapshotTime >= SNAPSHOT_INTERVAL_MS)) this.postSnapshot(runs, sizes, t0);
    const t1 = this.host.now();
    this.frameCostMs = t1 - t0;
    this.lastFrameTime = t1;
  }

  private startEnsemble(): void {
    const runs = this.runs;
    const data = runs?.dataset;
    if (runs === null || data === undefined || this.config === null) return;
    const run = runs.main;
    this.ensemble = new EnsembleJob({
      run: run.id,
      step: run.training.step,
      runVersion: this.runVersion,
      config: this.config,
      params: run.training.net.params,
      grid: this.grid,
      testX: data.testX,
      testY: data.testY,
    });
  }

  private workOnEnsemble(job: EnsembleJob, wholeSlice: boolean): void {
    const now = this.host.now();
    if (!job.advance(now + (wholeSlice ? SLICE_MS : ENSEMBLE_SLICE_MS), () => this.host.now())) return;
    this.ensemble = null;
    if (job.runVersion === this.runVersion) {
      const message = job.result();
      this.host.post(message, [message.scaling.buffer, message.mc.buffer, ...(message.exact ? [message.exact.buffer] : [])]);
    }
    // A run rebuilt meanwhile gets its own answer.
    if (this.ensembleAgain || job.runVersion !== this.runVersion) {
      this.ensembleAgain = false;
      this.startEnsemble();
    }
  }

  private postSnapshot(runs: RunSet, sizes: number[], now: number): void {
    const states = runs.snapshot().map((snap, i) => ({ ...snap, run: runs.runs[i].id }));
    const transfer: ArrayBuffer[] = [];
    for (const s of states) {
      for (const a of [s.params, s.resume.optimizer.m, s.resume.optimizer.v, s.resume.batchOrder.order]) {
        if (a.buffer instanceof ArrayBuffer) transfer.push(a.buffer);
      }
    }
    this.host.post({ type: 'snapshot', runVersion: this.runVersion, sizes, runs: states }, transfer);
    this.stateChanged = false;
    this.lastSnapshotTime = now;
  }

  private start(config: ExperimentConfig, reason: RunStartReason, fields: string[], restore: RestoreState | null): boolean {
    let runs: RunSet;
    try {
      runs = new RunSet(config, this.playback.compare);
    } catch (error) {
      this.reject(error);
      return false;
    }
    if (restore) runs.restore(restore.runs);
    const replaced = reason === 'rebuild' && this.runs !== null ? { runs: this.runs.snapshot() } : null;
    this.config = config;
    this.runs = runs;
    this.runVersion++;
    this.pendingSteps = 0;
    this.histories = runs.runs.map(() => new PendingHistory());
    this.robustness.reset();
    this.latestLosses = [];
    this.thinned = runs.thinnedMasks(this.frameOptions.thinnedCurves);
    this.mcRng = Rng.stream(config.seed, Stream.monteCarlo);
    this.lastMcTime = -Infinity;
    this.lastPointTime = -Infinity;
    this.lastPointStep = -1;
    this.pacer.restart(this.host.now());
    this.meter.reset();
    this.stateChanged = true;
    this.lastSnapshotTime = -Infinity;
    this.host.post({ type: 'run-started', runVersion: this.runVersion, reason, fields, step: runs.step, replaced });
    const { dataset } = runs;
    const truth = dataset.truth;
    this.host.post({
      type: 'data',
      trainX: Float32Array.from(dataset.trainX),
      trainY: Float32Array.from(dataset.trainY),
      testX: Float32Array.from(dataset.testX),
      testY: Float32Array.from(dataset.testY),
      truthY: truth ? Float32Array.from(this.grid, (x) => truth(x)) : null,
      gridX: Float32Array.from(this.grid),
    });
    this.recordPoints(runs, this.host.now(), true);
    this.dirty = true;
    return true;
  }

  private applyPatch(patch: SettingsPatch): void {
    const current = this.config;
    if (current === null) return;
    const experiment = patch.config ?? {};
    const playback = patch.playback ?? {};
    const next: ExperimentConfig = { ...current, ...experiment };
    const nextPlayback: PlaybackConfig = { ...this.playback, ...playback };
    const fields = changedRebuildKeys({ config: current, playback: this.playback }, { config: next, playback: nextPlayback });
    if (fields.length > 0) {
      const previousPlayback = this.playback;
      this.playback = nextPlayback;
      if (!this.start(next, 'rebuild', fields, null)) this.playback = previousPlayback;
      this.pacer.setSpeed(this.playback.speed, this.host.now());
      return;
    }
    try {
      validateExperiment(next);
    } catch (error) {
      this.reject(error);
      return;
    }
    this.config = next;
    this.playback = nextPlayback;
    this.runs?.applyLive(next);
    // p and the scaling change the test-time network.
    if (experiment.dropout !== undefined || experiment.variant !== undefined || experiment.scheme !== undefined) this.robustness.reset();
    this.stateChanged = true; // a switch of optimizer resets its moments
    if (playback.speed !== undefined) this.pacer.setSpeed(nextPlayback.speed, this.host.now());
    if (experiment.dropout !== undefined && this.runs) this.thinned = this.runs.thinnedMasks(this.frameOptions.thinnedCurves);
    this.dirty = true;
  }

  private applyFrameOptions(patch: Partial<FrameOptions>): void {
    const ghostsChanged = patch.thinnedCurves !== undefined && patch.thinnedCurves !== this.frameOptions.thinnedCurves;
    const previousLayer = this.frameOptions.robustnessLayer;
    this.frameOptions = { ...this.frameOptions, ...patch };
    if (ghostsChanged && this.runs) this.thinned = this.runs.thinnedMasks(this.frameOptions.thinnedCurves);
    if (patch.mcBand || patch.mcPasses !== undefined) this.lastMcTime = -Infinity;
    if (patch.robustness === false || (patch.robustnessLayer !== undefined && patch.robustnessLayer !== previousLayer)) this.robustness.reset();
    this.dirty = true;
  }

  private reject(error: unknown): void {
    if (error instanceof ConfigError) this.host.post({ type: 'rejected', field: error.field, message: error.message });
    else throw error;
  }
}
