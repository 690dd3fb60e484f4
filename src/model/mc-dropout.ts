import { ForwardMode, type Mlp } from './mlp';
import type { Rng } from './rng';

type Writable = { [i: number]: number; length: number };

/**
 * Monte-Carlo dropout: the predictive mean and standard deviation at each x
 * over `passes` train-mode passes, each with fresh masks from `rng`. Masks
 * drawn here are not stored or counted, so the training run is unaffected.
 */
export function mcDropoutPredict(net: Mlp, xs: ArrayLike<number>, passes: number, rng: Rng, mean: Writable, std: Writable): void {
  for (let i = 0; i < xs.length; i++) {
    let m = 0;
    let s = 0;
    for (let t = 1; t <= passes; t++) {
      const y = net.forward(xs[i], ForwardMode.train, rng);
      const d = y - m;
      m += d / t;
      s += d * (y - m);
    }
    mean[i] = m;
    std[i] = passes > 1 ? Math.sqrt(s / (passes - 1)) : 0;
  }
}

/**
 * The Monte-Carlo average of the first k thinned networks for every k in `checkpoints`
 * (ascending), at each of `xs`: one sequence of train-mode passes per x, so the average at
 * k = 100 extends the one at k = 50. Resumable: `run(passes)` does at most that many passes
 * and stops, so a worker can spread the work over time slices. The passes for x_i follow
 * those for x_(i−1) in `rng`, as in mcDropoutPredict, so however the work is split, the last
 * checkpoint's mean at x_i is mcDropoutPredict's for that many passes.
 */
export class McCheckpointRun {
  /** means[c · xs.length + i]: x_i's average at checkpoints[c]. */
  readonly means: Float64Array;
  /** The sample variance of all the passes at x_i (filled as each x is done). */
  readonly variances: Float64Array;
  private point = 0;
  private pass = 0;
  private mean = 0;
  private sumSq = 0;
  private checkpoint = 0;

  constructor(
    private readonly net: Mlp,
    private readonly xs: ArrayLike<number>,
    private readonly checkpoints: readonly number[],
    private readonly rng: Rng,
  ) {
    this.means = new Float64Array(checkpoints.length * xs.length);
    this.variances = new Float64Array(xs.length);
  }

  get done(): boolean {
    return this.point >= this.xs.length;
  }

  /** The share of the passes done, 0 to 1. */
  get progress(): number {
    return this.xs.length === 0 ? 1 : (this.point + this.pass / this.totalPasses) / this.xs.length;
  }

  private get totalPasses(): number {
    return this.checkpoints[this.checkpoints.length - 1];
  }

  /** Does up to `budget` more passes; returns whether every x is done. */
  run(budget: number): boolean {
    const { net, xs, checkpoints, rng } = this;
    const total = this.totalPasses;
    let left = budget;
    while (this.point < xs.length && left > 0) {
      const x = xs[this.point];
      let { mean: m, sumSq: s, pass: t, checkpoint: c } = this;
      const end = Math.min(total, t + left);
      left -= end - t;
      while (t < end) {
        t++;
        const y = net.forward(x, ForwardMode.train, rng);
        const d = y - m;
        m += d / t;
        s += d * (y - m);
        if (t === checkpoints[c]) {
          this.means[c * xs.length + this.point] = m;
          c++;
        }
      }
      if (t === total) {
        this.variances[this.point] = total > 1 ? s / (total - 1) : 0;
        this.point++;
        m = 0;
        s = 0;
        t = 0;
        c = 0;
      }
      this.mean = m;
      this.sumSq = s;
      this.pass = t;
      this.checkpoint = c;
    }
    return this.done;
  }
}
