import { runsOf, configOfRun } from '../../experiment/run-facts';
import { type Dataset, makeDataset } from '../../data/datasets';
import { sampleKeepMask } from '../../model/dropout';
import { Rng, Stream } from '../../model/rng';
import type { Training } from '../../model/training';
import { createTraining, validateExperiment } from '../create-run';
import type { ExperimentConfig, RunId, RunSnapshot } from '../../experiment/types';

export interface LiveRun {
  readonly id: RunId;
  readonly training: Training;
  /** Train-mode MSE of the last minibatch. */
  batchLoss: number;
  /** The step at which a loss or weight first went non-finite, or null. */
  divergedAt: number | null;
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
    const make = (id: RunId): LiveRun => ({
      id,
      training: createTraining(configOfRun(config, id), this.dataset),
      batchLoss: Number.NaN,
      divergedAt: null,
    });
    this.runs = runsOf(compare).map(make);
  }

  /** The run the page's readouts follow. */
  get main(): LiveRun {
    return this.runs[this.runs.length - 1];
  }

  get step(): number {
    return this.runs[0].training.step;
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

  snapshot(): RunSnapshot[] {
    return this.runs.map((r) => ({ step: r.training.step, epoch: r.training.epoch, params: Float32Array.from(r.training.net.params) }));
  }

  /** Resumes from snapshots (weights, step, epoch); optimizer moments start again from zero. */
  restore(snapshots: readonly RunSnapshot[]): void {
    this.runs.forEach((run, i) => {
      const snap = snapshots[i];
      if (!snap || snap.params.length !== run.training.net.params.length) return;
      run.training.net.params.set(snap.params);
      run.training.step = snap.step;
      run.training.sampler.epoch = snap.epoch;
    });
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
