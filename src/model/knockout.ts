/**
 * Knock-outs: a test-time copy of a network with chosen hidden neurons removed.
 * Removing a neuron zeroes the weights leaving it, so nothing it outputs reaches
 * the next layer; the trained network itself is never touched.
 */
import type { DropoutSchemeName, DropoutVariant } from './config';
import { type FloatArray } from './floats';
import { Mlp } from './mlp';
import type { Rng } from './rng';

/** Removed hidden neurons: one flag array per hidden layer, 1 = removed. */
export type RemovedNeurons = readonly Uint8Array[];

/** What the copy needs to evaluate like the source at test time (classic dropout scales there). */
export interface TestTimeScaling {
  dropout: readonly number[];
  variant: DropoutVariant;
  scheme: DropoutSchemeName;
}

/** No neuron removed, for a network of these layer sizes (input and output included). */
export function noneRemoved(sizes: readonly number[]): Uint8Array[] {
  return sizes.slice(1, -1).map((n) => new Uint8Array(n));
}

/** A copy of a network's weights, evaluated with some hidden neurons removed. */
export class KnockoutNet {
  /** Evaluate this (eval mode) after `load` and `remove`. */
  readonly net: Mlp;
  private readonly loaded: FloatArray;

  constructor(source: Mlp) {
    this.net = new Mlp({ hiddenLayers: source.sizes.slice(1, -1), activation: source.activation, precision: source.precision });
    this.loaded = this.net.params.slice();
  }

  /** Whether this copy has the shape of `source`. */
  fits(source: Mlp): boolean {
    return source.activation === this.net.activation && source.sizes.length === this.net.sizes.length && source.sizes.every((n, i) => n === this.net.sizes[i]);
  }

  /** Takes the weights of `source` (a snapshot: later training does not change them) and its test-time scaling. */
  load(source: Mlp, scaling: TestTimeScaling): void {
    this.loaded.set(source.params);
    this.net.params.set(source.params);
    this.net.setDropout(scaling.dropout, scaling.variant, scaling.scheme);
  }

  /** The loaded weights with the neurons flagged in `removed` knocked out (flags past a layer's size are ignored). */
  remove(removed: RemovedNeurons): void {
    const { net } = this;
    net.params.set(this.loaded);
    for (let l = 0; l < net.hiddenCount; l++) {
      const flags = removed[l];
      if (flags === undefined) continue;
      const { w, nOut } = net.layers[l + 1];
      const count = Math.min(flags.length, net.layers[l].nOut);
      for (let i = 0; i < count; i++) if (flags[i] !== 0) w.fill(0, i * nOut, (i + 1) * nOut);
    }
  }
}

/**
 * Flags round(fraction × n) neurons of each chosen hidden layer at random (a partial
 * Fisher–Yates shuffle), none elsewhere. `layer` is a 0-based hidden layer, or null for all.
 */
export function sampleRemoval(rng: Rng, fraction: number, layer: number | null, out: Uint8Array[], order: Int32Array): void {
  out.forEach((flags, l) => {
    flags.fill(0);
    if (layer !== null && layer !== l) return;
    const n = flags.length;
    const count = Math.min(n, Math.round(fraction * n));
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = 0; i < count; i++) {
      const j = i + rng.below(n - i);
      const pick = order[j];
      order[j] = order[i];
      order[i] = pick;
      flags[pick] = 1;
    }
  });
}
