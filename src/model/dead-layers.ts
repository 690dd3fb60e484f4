import { ForwardMode, type Mlp } from './mlp';

/**
 * The first hidden layer (1-based, as in the diagram) whose every unit outputs
 * 0 in eval mode at every x of each list — a layer that passes nothing on, so
 * the prediction is flat and no gradient reaches what lies below it — or
 * null when there is none.
 */
export function firstDeadLayer(net: Mlp, ...xLists: ArrayLike<number>[]): number | null {
  const alive = new Uint8Array(net.hiddenCount);
  let aliveCount = 0;
  for (const xs of xLists) {
    for (let i = 0; i < xs.length; i++) {
      net.forward(xs[i], ForwardMode.eval);
      for (let l = 0; l < net.hiddenCount; l++) {
        if (alive[l] === 1) continue;
        const h = net.layers[l].h;
        for (let o = 0; o < h.length; o++) {
          // Not "=== 0": a NaN output is not a dead unit.
          if (h[o] !== 0) {
            alive[l] = 1;
            aliveCount++;
            break;
          }
        }
      }
      // A healthy network shows every layer alive at the first point or so: no need to look further.
      if (aliveCount === net.hiddenCount) return null;
    }
  }
  const dead = alive.indexOf(0);
  return dead === -1 ? null : dead + 1;
}
