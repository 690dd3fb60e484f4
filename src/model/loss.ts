import { evalForwardEach } from './eval-batch';
import type { Mlp } from './mlp';

/** Mean squared error of the eval-mode (dropout off) prediction over `count` points. */
export function evalMse(net: Mlp, xs: ArrayLike<number>, ys: ArrayLike<number>, count = xs.length): number {
  let sum = 0;
  evalForwardEach(net, xs, count, (i, y) => {
    const d = y - ys[i];
    sum += d * d;
  });
  return count > 0 ? sum / count : 0;
}

/** Eval-mode predictions at every x. */
export function predict(net: Mlp, xs: ArrayLike<number>, out: { [i: number]: number; length: number }): void {
  evalForwardEach(net, xs, xs.length, (i, y) => {
    out[i] = y;
  });
}
