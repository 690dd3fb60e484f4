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
