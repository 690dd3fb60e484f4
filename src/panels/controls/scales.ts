/** The values the sliders offer. */
export const DROP_RATES = Array.from({ length: 19 }, (_, i) => Math.round(i * 5) / 100); // 0, 0.05, …, 0.9
export const LEARNING_RATES = [0.00001, 0.00003, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
/** Steps per halving of the learning rate; 0 = constant. */
export const LR_HALF_LIVES = [0, 250, 500, 900, 1500, 2500, 5000, 10000];
export const L2_PENALTIES = [0, 0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1];
export const NEURONS = [1, 2, 4, 8, 16, 32, 64, 128];
export const TRAIN_SIZES = [2, 4, 8, 12, 16, 24, 32, 48, 64, 100, 128, 200, 256, 300, 400, 500];
export const NOISE_LEVELS = Array.from({ length: 21 }, (_, i) => i / 20);
export const BATCH_SIZES = [0, 1, 2, 4, 8, 16, 32, 64, 128, 256];

export function formatRate(value: number): string {
  return value >= 0.001 ? String(value) : value.toExponential(0);
}

/** Resizes a per-layer list of drop probabilities to `count` layers, repeating the last value. */
export function fitDropout(dropout: readonly number[], count: number): number[] {
  const last = dropout.length > 0 ? dropout[dropout.length - 1] : 0;
  return Array.from({ length: count }, (_, i) => dropout[i] ?? last);
}
