/** The allowed ranges, from their homes in the core, for the controls and the URL layer. */
export { ACTIVATIONS, DROPOUT_VARIANTS, MODEL_LIMITS, OPTIMIZERS } from '../model/config';
export { DATA_LIMITS, DATASETS } from '../data/config';
