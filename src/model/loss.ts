import { ForwardMode, type Mlp } from './mlp';

/** Mean squared error of the eval-mode (dropout off) prediction over `count` points. */
export function evalMse(net: Mlp, xs: ArrayLike<number>, ys: ArrayLike<number>, count = xs.length): number {
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const d = net.forward(xs[i], ForwardMode.eval) - ys[i];
    sum += d * d;
  }
  return count > 0 ? sum / count : 0;
}

/** Eval-mode predictions at every x. */
export function predict(net: Mlp, xs: ArrayLike<number>, out: { [i: number]: number; length: number }): void {
  for (let i = 0; i < xs.length; i++) out[i] = net.forward(xs[i], ForwardMode.eval);
}
