/** The allowed ranges, from their homes in the core, for the controls and the URL layer. */
export { ACTIVATIONS, DROPOUT_VARIANTS, MODEL_LIMITS, OPTIMIZERS } from '../model/config';
export { DATA_LIMITS, DATASETS } from '../data/config';

/** Limits of the page's own settings (not the model's). */
export const PLAYBACK_LIMITS = {
  /** Optimizer steps per second; 0 = as fast as possible. */
  speed: { min: 0, max: 10_000 },
  /** Auto-pause step; 0 = never. */
  stopAt: { min: 0, max: 10_000_000 },
  /** Thinned-network curves in the fit panel. */
  ghosts: { min: 0, max: 10 },
} as const;
