/** How a knocked-out neuron is named and found on the diagram. */
import type { NeuronKey, RunId } from '../../experiment/types';
import { STRINGS } from '../kit/strings';
import { KNOCKOUT_STRINGS } from '../kit/strings-knockout';

/** "hidden layer 1, neuron 4, knocked out (run A)": numbered from 1 for people, as every neuron's name is. */
export function knockedOutLabel(layer: number, index: number, run: RunId | null): string {
  return STRINGS.network.hiddenNeuron(layer, index + 1, KNOCKOUT_STRINGS.knockedState, run === null ? '' : STRINGS.network.runSuffix(run));
}

/** A lookup of the knock-out list by column and index (data-neuron numbering). */
export function knockedOutTest(list: readonly NeuronKey[]): (layer: number, index: number) => boolean {
  const keys = new Set(list.map((n) => `${n.layer}:${n.index}`));
  return (layer, index) => keys.has(`${layer}:${index}`);
}
