/**
 * The main drop probability: the one the p slider, the phone bar, the
 * shortcut and the sweeps set. It goes on every hidden layer after the first
 * (on the only one in a one-layer network). The first layer reads x itself:
 * each of its neurons is one bend of the curve, and dropping them cuts the
 * fit into steps, so the presets keep it at p = 0 (the per-layer sliders can
 * still set it).
 */

/** The hidden layers the main p sets, of a network with `count` hidden layers. */
export function mainPLayers(count: number): number[] {
  return count <= 1 ? [0] : Array.from({ length: count - 1 }, (_, i) => i + 1);
}

/** The main p of a per-layer list: its last layer's. */
export function mainP(dropout: readonly number[]): number {
  return dropout[dropout.length - 1] ?? 0;
}

/** `dropout` with the main p set to `p`; the layers it does not set keep theirs. */
export function withMainP(dropout: readonly number[], p: number): number[] {
  const layers = new Set(mainPLayers(dropout.length));
  return dropout.map((q, i) => (layers.has(i) ? p : q));
}

/** A fresh list for `count` layers: `p` where the main p goes, `first` on the layers it does not set. */
export function mainPList(count: number, p: number, first = 0): number[] {
  return withMainP(
    Array.from({ length: count }, () => first),
    p,
  );
}
