/**
 * The knock-out view of each run, per frame: its prediction on the grid and its
 * test MSE with the page's knocked-out neurons removed. A copy of the weights is
 * evaluated; the run being trained is never touched.
 */
import type { Dataset } from '../../data/datasets';
import { evalMse, predict } from '../../model/loss';
import { KnockoutNet, noneRemoved, type TestTimeScaling } from '../../model/knockout';
import type { Mlp } from '../../model/mlp';
import type { NeuronKey } from '../../experiment/types';
import type { KnockoutOutcome } from '../protocol';

/** Flags per hidden layer for a knock-out list (neurons the network lacks are ignored). */
export function removalFlags(sizes: readonly number[], list: readonly NeuronKey[]): Uint8Array[] {
  const flags = noneRemoved(sizes);
  for (const { layer, index } of list) {
    const row = flags[layer - 1];
    if (row !== undefined && index >= 0 && index < row.length) row[index] = 1;
  }
  return flags;
}

/** While training, the knock-out view is refreshed at most this often (it costs about as much as the frame's own prediction). */
export const KNOCKOUT_INTERVAL_MS = 200;

export class KnockoutEvaluator {
  private copies: KnockoutNet[] = [];
  private latest: (KnockoutOutcome | null)[] = [];
  private latestList: readonly NeuronKey[] | null = null;
  private latestVersion = -1;
  private latestTime = -Infinity;

  /** Whether the next frame computes the knock-out view afresh (else it repeats the last one). */
  due(list: readonly NeuronKey[], runVersion: number, now: number, training: boolean): boolean {
    return !training || list !== this.latestList || runVersion !== this.latestVersion || now - this.latestTime >= KNOCKOUT_INTERVAL_MS;
  }

  /** Notes that a frame computed the view afresh at `now`. */
  computed(list: readonly NeuronKey[], runVersion: number, now: number): void {
    this.latestList = list;
    this.latestVersion = runVersion;
    this.latestTime = now;
  }

  /** The last outcome of run `slot`, in a fresh array (the frame transfers its buffers). */
  repeat(slot: number): KnockoutOutcome | null {
    const last = this.latest[slot] ?? null;
    return last === null ? null : { prediction: last.prediction.slice(), testLoss: last.testLoss };
  }

  /** The run at index `slot` with `list` removed, or null when the list removes nothing from this network. */
  evaluate(slot: number, net: Mlp, scaling: TestTimeScaling, list: readonly NeuronKey[], grid: Float32Array, dataset: Dataset): KnockoutOutcome | null {
    const flags = removalFlags(net.sizes, list);
    if (!flags.some((row) => row.includes(1))) {
      this.latest[slot] = null;
      return null;
    }
    let copy = this.copies[slot];
    if (copy === undefined || !copy.fits(net)) {
      copy = new KnockoutNet(net);
      this.copies[slot] = copy;
    }
    copy.load(net, scaling);
    copy.remove(flags);
    const prediction = new Float32Array(grid.length);
    predict(copy.net, grid, prediction);
    const outcome = { prediction, testLoss: evalMse(copy.net, dataset.testX, dataset.testY) };
    this.latest[slot] = { prediction: prediction.slice(), testLoss: outcome.testLoss };
    return outcome;
  }
}
