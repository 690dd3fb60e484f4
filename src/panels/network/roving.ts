/**
 * Keyboard movement between hidden neurons (a roving tabindex: one neuron per
 * network is in the tab order, arrow keys move within it). Up/Down walk a
 * column, Left/Right jump to the neighbouring hidden layer, Home/End go to the
 * first/last drawn neuron of the column.
 */

export interface NeuronPosition {
  /** Position in `sizes` (1 … sizes.length − 2 for hidden layers). */
  layer: number;
  index: number;
}

/** Where a key moves the focus, or null if it is not a movement key (or there is nowhere to go). `shown[l]` = neurons drawn in column l. */
export function moveFocus(shown: readonly number[], from: NeuronPosition, key: string): NeuronPosition | null {
  const firstHidden = 1;
  const lastHidden = shown.length - 2;
  if (lastHidden < firstHidden) return null;
  const clampIndex = (layer: number, index: number) => Math.max(0, Math.min(index, (shown[layer] ?? 1) - 1));
  const layer = Math.max(firstHidden, Math.min(from.layer, lastHidden));
  switch (key) {
    case 'ArrowUp':
      return { layer, index: clampIndex(layer, from.index - 1) };
    case 'ArrowDown':
      return { layer, index: clampIndex(layer, from.index + 1) };
    case 'ArrowLeft':
      return { layer: Math.max(firstHidden, layer - 1), index: clampIndex(Math.max(firstHidden, layer - 1), from.index) };
    case 'ArrowRight':
      return { layer: Math.min(lastHidden, layer + 1), index: clampIndex(Math.min(lastHidden, layer + 1), from.index) };
    case 'Home':
      return { layer, index: 0 };
    case 'End':
      return { layer, index: clampIndex(layer, Number.MAX_SAFE_INTEGER) };
    default:
      return null;
  }
}

/** The roving position kept valid after the network's shape changed. */
export function clampPosition(shown: readonly number[], position: NeuronPosition): NeuronPosition {
  const lastHidden = Math.max(1, shown.length - 2);
  const layer = Math.max(1, Math.min(position.layer, lastHidden));
  return { layer, index: Math.max(0, Math.min(position.index, (shown[layer] ?? 1) - 1)) };
}
