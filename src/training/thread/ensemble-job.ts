import { configOfRun } from '../../experiment/run-facts';
import type { ExperimentConfig, RunId } from '../../experiment/types';
import { evalMse, predict } from '../../model/loss';
import { McCheckpointRun } from '../../model/mc-dropout';
import { Mlp } from '../../model/mlp';
import { Rng, Stream } from '../../model/rng';
import { exactAverageAvailable, exactThinnedAverage, hiddenNeuronCount, thinnedViewOf } from '../../model/thinned-ensemble';
import type { EnsembleMessage } from '../protocol';

/** The k of the MC averages: log steps from 1 to 1000. */
export const ENSEMBLE_CHECKPOINTS: readonly number[] = [1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000];

/** Train-mode passes per check of the clock: about half a millisecond for a 64-64 network. */
const PASSES_PER_CHECK = 64;

export interface EnsembleInput {
  run: RunId;
  step: number;
  runVersion: number;
  config: ExperimentConfig;
  /** The run's weights now (copied: training may go on while the job works). */
  params: ArrayLike<number>;
  grid: ArrayLike<number>;
  testX: ArrayLike<number>;
  testY: ArrayLike<number>;
}

/**
 * The ensemble view of one network, computed in slices: the scaling rule and the exact
 * average at once, then the Monte-Carlo passes point by point (grid, then test set) until
 * a deadline, so that training and commands go on between slices. The network is a copy,
 * so the answer is about the weights at `step` however long it takes.
 */
export class EnsembleJob {
  private readonly net: Mlp;
  private readonly points: Float64Array;
  private readonly mc: McCheckpointRun;
  private readonly exact: Float64Array | null;
  private readonly exactVariance: Float64Array | null;

  constructor(private readonly input: EnsembleInput) {
    const config = configOfRun(input.config, input.run);
    this.net = new Mlp({ hiddenLayers: config.hiddenLayers, activation: config.activation, precision: 'f64' });
    this.net.params.set(input.params);
    this.net.setDropout(config.dropout, config.variant, 'bernoulli');
    this.points = Float64Array.from([...Array.from(input.grid), ...Array.from(input.testX)]);
    this.mc = new McCheckpointRun(this.net, this.points, ENSEMBLE_CHECKPOINTS, Rng.stream(config.seed, Stream.monteCarlo));
    if (exactAverageAvailable(this.net.sizes, config.dropout)) {
      this.exact = new Float64Array(this.points.length);
      this.exactVariance = new Float64Array(this.points.length);
      exactThinnedAverage(thinnedViewOf(this.net, config.variant), this.points, this.exact, this.exactVariance);
    } else {
      this.exact = null;
      this.exactVariance = null;
    }
  }

  get runVersion(): number {
    return this.input.runVersion;
  }

  /** The share of the MC passes done, 0 to 1. */
  get progress(): number {
    return this.mc.progress;
  }

  /** Works until `now()` reaches `deadline` or the job is done; returns whether it is done. */
  advance(deadline: number, now: () => number): boolean {
    while (!this.mc.run(PASSES_PER_CHECK)) if (now() >= deadline) return false;
    return true;
  }

  /** The answer, once `advance` returned true. */
  result(): EnsembleMessage {
    const { grid, testX, testY, run, step, runVersion } = this.input;
    const gridCount = grid.length;
    const count = this.points.length;
    const testCount = testX.length;
    const onTest = (values: ArrayLike<number>, offset = 0) => {
      let sum = 0;
      for (let i = 0; i < testCount; i++) sum += (values[offset + gridCount + i] - testY[i]) ** 2;
      return sum / testCount;
    };
    const scaling = new Float64Array(gridCount);
    predict(this.net, grid, scaling);
    const mc = new Float32Array(ENSEMBLE_CHECKPOINTS.length * gridCount);
    ENSEMBLE_CHECKPOINTS.forEach((_, c) => mc.set(this.mc.means.subarray(c * count, c * count + gridCount), c * gridCount));
    const variance = this.exactVariance ?? this.mc.variances;
    let thinnedVariance = 0;
    for (let i = 0; i < testCount; i++) thinnedVariance += variance[gridCount + i] / testCount;
    return {
      type: 'ensemble',
      runVersion,
      run,
      step,
      checkpoints: [...ENSEMBLE_CHECKPOINTS],
      hiddenNeurons: hiddenNeuronCount(this.net.sizes),
      scaling: Float32Array.from(scaling),
      exact: this.exact === null ? null : Float32Array.from(this.exact.subarray(0, gridCount)),
      mc,
      testMse: {
        scaling: evalMse(this.net, testX, testY),
        exact: this.exact === null ? null : onTest(this.exact),
        mc: ENSEMBLE_CHECKPOINTS.map((_, c) => onTest(this.mc.means, c * count)),
      },
      thinnedVariance,
    };
  }
}
