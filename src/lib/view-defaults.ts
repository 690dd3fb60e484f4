import type { ViewOptions } from '../worker/protocol';

/** What the panels ask the trainer for before the user changes anything. */
export const DEFAULT_VIEW: ViewOptions = { mcBand: false, mcPasses: 30, ghosts: 0, maskExample: 0, hoveredNeuron: null };
