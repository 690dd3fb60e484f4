/**
 * The robustness measurement of one network, one test-set evaluation at a time
 * so that the worker can spread it over its slices: the test MSE with each
 * hidden neuron removed alone (the co-adaptation number), then with a fraction
 * of every hidden layer's neurons removed at random (the robustness curve).
 * It works on a copy of the weights of one step, so later training does not
 * mix into it. Plain code: the worker, the science script and the tests share it.
 */
import { noneRemoved, sampleRemoval, type TestTimeScaling } from '../model/knockout';
import { RemovalEvaluator } from '../model/removal-eval';
import type { Mlp } from '../model/mlp';
import { Rng } from '../model/rng';
import type { RobustnessOutcome } from './protocol';

/** Fractions of the hidden neurons removed: 0, 0.1, …, 0.9. */
export const REMOVAL_FRACTIONS: readonly number[] = Array.from({ length: 10 }, (_, i) => i / 10);

/** Random removals per fraction on the page. */
export const REMOVAL_DRAWS = 16;

/** The removal sets' random stream (past the kernel's stream ids, so it shares none of their draws). */
const REMOVAL_STREAM = 101;

export interface RobustnessOptions {
  draws?: number;
  fractions?: readonly number[];
  /** Remove neurons from this hidden layer only (0-based), or from every hidden layer (null, the default). */
  layer?: number | null;
}

export interface TestSet {
  testX: ArrayLike<number>;
  testY: ArrayLike<number>;
}

/** The q-quantile of sorted values, interpolated linearly. */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export class RobustnessJob {
  readonly step: number;
  private readonly evaluator: RemovalEvaluator;
  private readonly removed: Uint8Array[];
  private readonly order: Int32Array;
  private readonly rng: Rng;
  private readonly draws: number;
  private readonly fractions: readonly number[];
  private readonly layer: number | null;
  private readonly layerSizes: readonly number[];
  private readonly singles: Float64Array;
  private readonly samples: Float64Array[];
  private readonly cellCount: number;
  private baseLoss = Number.NaN;
  private cell = 0;

  /** Removal sets come from `seed`: two networks measured with the same seed lose the same neurons. */
  constructor(source: Mlp, scaling: TestTimeScaling, step: number, data: TestSet, seed: number, options: RobustnessOptions = {}) {
    this.step = step;
    this.evaluator = new RemovalEvaluator(source, scaling, data.testX, data.testY);
    this.removed = noneRemoved(source.sizes);
    this.layerSizes = this.removed.map((flags) => flags.length);
    this.order = new Int32Array(Math.max(...this.layerSizes));
    this.rng = new Rng(seed, REMOVAL_STREAM);
    this.draws = Math.max(1, options.draws ?? REMOVAL_DRAWS);
    this.fractions = options.fractions ?? REMOVAL_FRACTIONS;
    this.layer = options.layer ?? null;
    this.singles = new Float64Array(this.layerSizes.reduce((a, b) => a + b, 0));
    this.samples = this.fractions.map(() => new Float64Array(this.draws));
    this.cellCount = 1 + this.singles.length + this.fractions.length * this.draws;
  }

  get done(): boolean {
    return this.cell >= this.cellCount;
  }

  /** Evaluations left. */
  get remaining(): number {
    return this.cellCount - this.cell;
  }

  /** Does one evaluation of the test set; false when the job was already done. */
  runCell(): boolean {
    if (this.done) return false;
    const c = this.cell++;
    if (c === 0) {
      this.baseLoss = this.evaluator.mse(this.removed);
      return true;
    }
    const single = c - 1;
    if (single < this.singles.length) {
      this.singles[single] = this.singleLoss(single);
      return true;
    }
    const random = single - this.singles.length;
    const f = Math.floor(random / this.draws);
    const fraction = this.fractions[f];
    if (fraction === 0) {
      this.samples[f][random % this.draws] = this.baseLoss;
      return true;
    }
    sampleRemoval(this.rng, fraction, this.layer, this.removed, this.order);
    this.samples[f][random % this.draws] = this.evaluator.mse(this.removed);
    return true;
  }

  /** Runs every evaluation left. */
  finish(): RobustnessOutcome {
    while (this.runCell());
    return this.result();
  }

  /** The measurement; call it once the job is done. */
  result(): RobustnessOutcome {
    const byLayer: number[] = [];
    let at = 0;
    let total = 0;
    for (const size of this.layerSizes) {
      let sum = 0;
      for (let i = 0; i < size; i++) sum += this.singles[at + i] - this.baseLoss;
      byLayer.push(size > 0 ? sum / size : 0);
      total += sum;
      at += size;
    }
    const sorted = this.samples.map((s) => Float64Array.from(s).sort());
    return {
      step: this.step,
      layer: this.layer === null ? 0 : this.layer + 1,
      fractions: [...this.fractions],
      mean: sorted.map((s) => s.reduce((a, b) => a + b, 0) / s.length),
      low: sorted.map((s) => quantile(s, 0.1)),
      high: sorted.map((s) => quantile(s, 0.9)),
      draws: this.draws,
      coadaptation: this.singles.length > 0 ? total / this.singles.length : 0,
      coadaptationByLayer: byLayer,
    };
  }

  /** The test MSE with hidden neuron `single` (counted over all hidden layers in order) removed alone. */
  private singleLoss(single: number): number {
    const lastStart = this.singles.length - this.layerSizes[this.layerSizes.length - 1];
    if (single >= lastStart) return this.evaluator.mseWithoutLast(single - lastStart);
    let rest = single;
    this.removed.forEach((flags) => {
      flags.fill(0);
      if (rest >= 0 && rest < flags.length) flags[rest] = 1;
      rest -= flags.length;
    });
    const loss = this.evaluator.mse(this.removed);
    this.removed.forEach((flags) => flags.fill(0));
    return loss;
  }
}
