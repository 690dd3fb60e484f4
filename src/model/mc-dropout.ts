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
 * (ascending), at the points xs[from..to): one sequence of train-mode passes per x, so
 * the average at k = 100 extends the one at k = 50. means[c · xs.length + i] is x_i's
 * average at checkpoints[c]; variances[i] the sample variance of all the passes at x_i.
 * The passes for x_i follow those for x_(i−1) in `rng`, as in mcDropoutPredict, so slicing
 * the range changes nothing and the last checkpoint's mean equals its mean for that many passes.
 */
export function mcCheckpointMeans(
  net: Mlp,
  xs: ArrayLike<number>,
  from: number,
  to: number,
  checkpoints: readonly number[],
  rng: Rng,
  means: Writable,
  variances: Writable,
): void {
  const passes = checkpoints[checkpoints.length - 1];
  for (let i = from; i < to; i++) {
    let m = 0;
    let s = 0;
    let c = 0;
    for (let t = 1; t <= passes; t++) {
      const y = net.forward(xs[i], ForwardMode.train, rng);
      const d = y - m;
      m += d / t;
      s += d * (y - m);
      if (t === checkpoints[c]) {
        means[c * xs.length + i] = m;
        c++;
      }
    }
    variances[i] = passes > 1 ? s / (passes - 1) : 0;
  }
}
