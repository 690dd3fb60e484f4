import { checkChoice, checkNumber, ConfigError } from '../model/validation';

export const DATASETS = ['sine', 'cubic', 'abs', 'step', 'custom'] as const;
export type DatasetName = (typeof DATASETS)[number];

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface DataConfig {
  dataset: DatasetName;
  /** Training points (ignored for custom data). */
  n: number;
  /** σ of the Gaussian label noise (ignored for custom data). */
  noise: number;
  /** Test points (ignored for custom data, where a quarter is held out). */
  testCount: number;
  seed: number;
  /** The user's points, for dataset "custom". */
  points?: readonly Point[];
}

export const DATA_LIMITS = {
  n: { min: 2, max: 500 },
  noise: { min: 0, max: 1 },
  testCount: { min: 10, max: 1000 },
  seed: { min: 0, max: 2 ** 31 - 1 },
  customPoints: { min: 2, max: 500 },
  coordinate: { min: -1, max: 1 },
  customY: { min: -2, max: 2 },
} as const;

/** Custom data holds out a quarter of the points (at least one) as its test set. */
export function customTestCount(points: number): number {
  return Math.max(1, Math.floor(points / 4));
}

/** How many training examples a configuration's data has. */
export function trainCountOf(config: DataConfig): number {
  if (config.dataset !== 'custom') return config.n;
  const points = config.points?.length ?? 0;
  return points - customTestCount(points);
}

/** Throws a ConfigError naming the first bad field and its allowed range. */
export function validateDataConfig(config: DataConfig): void {
  checkChoice('dataset', config.dataset, DATASETS);
  checkNumber('seed', config.seed, DATA_LIMITS.seed, true);
  if (config.dataset === 'custom') {
    const points = config.points ?? [];
    const { min, max } = DATA_LIMITS.customPoints;
    if (points.length < min || points.length > max) {
      throw new ConfigError('points', `custom data needs ${min} to ${max} points (got ${points.length})`);
    }
    points.forEach((pt, i) => {
      checkNumber(`points[${i}].x`, pt.x, DATA_LIMITS.coordinate);
      checkNumber(`points[${i}].y`, pt.y, DATA_LIMITS.customY);
    });
    return;
  }
  checkNumber('n', config.n, DATA_LIMITS.n, true);
  checkNumber('noise', config.noise, DATA_LIMITS.noise);
  checkNumber('testCount', config.testCount, DATA_LIMITS.testCount, true);
}

/** The data half of the overfitting preset: 24 noisy samples of sin(πx), σ = 0.4 (calibrated on seeds 1–100, see README). */
export const OVERFITTING_DATA: DataConfig = { dataset: 'sine', n: 24, noise: 0.4, testCount: 200, seed: 1 };
