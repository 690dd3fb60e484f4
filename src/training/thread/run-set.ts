import { configOfRun, DIVERGENCE_FACTOR, runsOf } from '../../experiment/run-facts';
import { type Dataset, makeDataset } from '../../data/datasets';
import { sampleKeepMask } from '../../model/dropout';
import { evalMse } from '../../model/loss';
import { Rng, Stream } from '../../model/rng';
import type { FloatArray } from '../../model/floats';
import type { Training, TrainingState } from '../../model/training';
import { createTraining, validateExperiment } from '../create-run';
import type { ExperimentConfig, ResumeState, RunId, RunSnapshot } from '../../experiment/types';

/** A snapshot with its resume state: an exact one. */
export type ExactSnapshot = RunSnapshot & { resume: ResumeState };

export interface LiveRun {
  readonly id: RunId;
  readonly training: Training;
  /** Train-mode MSE of the last minibatch. */
  batchLoss: number;
  /** The step at which the run diverged (see DIVERGENCE_FACTOR), or null. */
  divergedAt: number | null;
  /** Eval-mode MSE on the training set of the freshly initialised network (step 0). */
  readonly initialTrainLoss: number;
}

/**
 * The runs that train side by side: one, or the twins of compare mode — A
 * without dropout and B with it — on the same data, from the same initial
 * weights, in the same minibatch order (all drawn from the one seed).
 */
export class RunSet {
  readonly dataset: Dataset;
  readonly runs: readonly LiveRun[];

  constructor(
    readonly config: ExperimentConfig,
    readonly compare: boolean,
  ) {
    validateExperiment(config);
    this.dataset = makeDataset(config);
    const make = (id: RunId): LiveRun => {
      const training = createTraining(configOfRun(config, id), this.dataset);
      const initialTrainLoss = evalMse(training.net, this.dataset.trainX, this.dataset.trainY);
      return { id, training, batchLoss: Number.NaN, divergedAt: null, initialTrainLoss };
    };
    this.runs = runsOf(compare).map(make);
  }

  /** The run the page's readouts follow. */
  get main(): LiveRun {
    return this.runs[this.runs.length - 1];
  }

  get step(): number {
    return this.runs[0].training.step;
  }

  /** Marks a run diverged when its latest eval train MSE says so; true when it newly did. */
  noteTrainLoss(run: LiveRun, trainLoss: number): boolean {
    if (run.divergedAt !== null) return false;
    if (trainLoss <= DIVERGENCE_FACTOR * Math.max(run.initialTrainLoss, 1e-6)) return false;
    run.divergedAt = run.training.step;
    return true;
  }

  get diverged(): boolean {
    return this.runs.some((r) => r.divergedAt !== null);
  }

  /** Applies settings that keep the weights: p, variant, optimizer, learning rate, L2, batch size. */
  applyLive(config: ExperimentConfig): void {
    for (const run of this.runs) run.training.applyLive(configOfRun(config, run.id));
  }

  /** One optimizer step of every run. Returns false when a run's loss went non-finite. */
  stepAll(): boolean {
    let finite = true;
    for (const run of this.runs) {
      const loss = run.training.trainStep();
      run.batchLoss = loss;
      if (!Number.isFinite(loss) && run.divergedAt === null) {
        run.divergedAt = run.training.step;
        finite = false;
      }
    }
    return finite;
  }

  /** Marks runs whose weights went non-finite (a loss can stay finite for a step after). */
  checkWeights(): boolean {
    let finite = true;
    for (const run of this.runs) {
      if (run.divergedAt !== null) continue;
      const params = run.training.net.params;
      for (let k = 0; k < params.length; k++) {
        if (!Number.isFinite(params[k])) {
          run.divergedAt = run.training.step;
          finite = false;
          break;
        }
      }
    }
    return finite;
  }

  /** The complete training state of every run, in fresh arrays (see RunSnapshot). */
  snapshot(): ExactSnapshot[] {
    return this.runs.map((r) => snapshotOf(r.training));
  }

  /**
   * Resumes from snapshots. A snapshot with its resume state continues
   * exactly; one without (a version-1 run file), or whose state does not fit
   * this run, restores weights, step and epoch, with fresh optimizer moments
   * and random streams. A snapshot of another network size is ignored.
   * Returns whether every run resumed exactly.
   */
  restore(snapshots: readonly RunSnapshot[]): boolean {
    let exact = true;
    this.runs.forEach((run, i) => {
      const snap = snapshots[i];
      const training = run.training;
      if (!snap || snap.params.length !== training.net.params.length) {
        exact = false;
        return;
      }
      const state = stateOf(snap);
      if (state !== null && training.stateProblem(state) === null) {
        training.restoreState(state);
        return;
      }
      exact = false;
      training.net.params.set(snap.params);
      training.step = snap.step;
      training.sampler.epoch = snap.epoch;
    });
    return exact;
  }

  /** Fixed masks for the thinned-network curves: `count` sets, one row per hidden layer. */
  thinnedMasks(count: number): Uint8Array[][] {
    const rng = Rng.stream(this.config.seed, Stream.thinned);
    const net = this.main.training.net;
    return Array.from({ length: count }, () =>
      net.layers.slice(0, net.hiddenCount).map((layer, l) => sampleKeepMask(rng, net.keepThresholdOf(l), new Uint8Array(layer.nOut))),
    );
  }
}

function float32(values: FloatArray): Float32Array {
  return values instanceof Float32Array ? values : Float32Array.from(values);
}

function snapshotOf(training: Training): ExactSnapshot {
  const { step, params, optimizer, sampler, maskRng } = training.captureState();
  return {
    step,
    epoch: sampler.epoch,
    params: float32(params),
    resume: {
      optimizer: { ...optimizer, m: float32(optimizer.m), v: float32(optimizer.v) },
      batchOrder: { position: sampler.position, order: sampler.order, rng: sampler.rng },
      maskRng,
    },
  };
}

/** The kernel's form of a snapshot, or null when it holds weights and counters only. */
function stateOf(snap: RunSnapshot): TrainingState | null {
  const resume = snap.resume;
  if (resume === null) return null;
  const { position, order, rng } = resume.batchOrder;
  return {
    step: snap.step,
    params: snap.params,
    optimizer: resume.optimizer,
    sampler: { epoch: snap.epoch, position, order, rng },
    maskRng: resume.maskRng,
  };
}
