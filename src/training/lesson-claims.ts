/**
 * What the lesson claims about the presets, measured on one seed: the
 * no-dropout run overfits (train far below the noise, test well above train
 * and above its own best), the dropout run ends lower, its fit follows the
 * trend, and neither run's training loss jumps. Plain code, testable in Node;
 * the CI test (lesson-claims.test.ts), `npm run test:science:full` and the
 * README's table all use it.
 */
import { makeDataset } from '../data/datasets';
import { evalMse, predict } from '../model/loss';
import type { Training } from '../model/training';
import { DROPOUT_PRESET_P, LESSON_STEPS, OVERFITTING_PRESET } from '../experiment/presets';
import type { ExperimentConfig } from '../experiment/types';
import { createTraining } from './create-run';

/** Loss checks every this many steps (best test, jumps). */
export const CHECK_EVERY = 10;
/** Points of the grid the slope claim is judged on, over the data's x range. */
export const SLOPE_GRID = 241;

export interface RunOutcome {
  /** At the lesson length. */
  finalTrain: number;
  finalTest: number;
  /** The lowest test MSE seen at the checks up to the lesson length (the early-stopping point). */
  bestTest: number;
  bestStep: number;
  /** At ten times the lesson length (when asked for). */
  longTest: number | null;
  /** The largest ratio between consecutive eval train MSE checks after the first 10% of the run (values below 1e-4 σ² ignored). */
  worstJump: number;
  /** Among grid points where the true |f′| ≥ 0.1, the share where the prediction's |slope| < 0.1 (at the lesson length). */
  flatShare: number;
}

export interface SeedOutcome {
  seed: number;
  plain: RunOutcome;
  dropout: RunOutcome;
}

function gridOf(count: number): Float32Array {
  return Float32Array.from({ length: count }, (_, i) => -1 + (2 * i) / (count - 1));
}

/** |slope| on a grid by central differences (one-sided at the ends). */
function slopes(ys: ArrayLike<number>, xs: ArrayLike<number>): Float64Array {
  const n = xs.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - 1);
    const b = Math.min(n - 1, i + 1);
    out[i] = Math.abs((ys[b] - ys[a]) / (xs[b] - xs[a]));
  }
  return out;
}

function flatShare(training: Training, truth: (x: number) => number): number {
  const xs = gridOf(SLOPE_GRID);
  const predicted = new Float64Array(xs.length);
  predict(training.net, xs, predicted);
  const trueSlopes = slopes(Float64Array.from(xs, truth), xs);
  const fitSlopes = slopes(predicted, xs);
  let steep = 0;
  let flat = 0;
  for (let i = 0; i < xs.length; i++) {
    if (trueSlopes[i] < 0.1) continue;
    steep++;
    if (fitSlopes[i] < 0.1) flat++;
  }
  return steep === 0 ? 0 : flat / steep;
}

/** Trains one run of `config` for `steps` (and on to `longSteps` when given), measuring as it goes. */
export function measureRun(config: ExperimentConfig, steps: number, longSteps: number | null): RunOutcome {
  const dataset = makeDataset(config);
  const truth = dataset.truth;
  if (truth === null) throw new Error('the lesson claims need a dataset with a true function');
  const training = createTraining(config, dataset);
  const floor = 1e-4 * config.noise * config.noise;
  const end = longSteps ?? steps;
  let bestTest = evalMse(training.net, dataset.testX, dataset.testY);
  let bestStep = 0;
  let previousTrain = Number.NaN;
  let worstJump = 1;
  let finalTrain = Number.NaN;
  let finalTest = Number.NaN;
  let flat = Number.NaN;
  for (let step = 1; step <= end; step++) {
    training.trainStep();
    if (step % CHECK_EVERY !== 0 && step !== steps && step !== end) continue;
    const train = evalMse(training.net, dataset.trainX, dataset.trainY);
    if (step > 0.1 * end && previousTrain >= floor && train >= floor) worstJump = Math.max(worstJump, train / previousTrain);
    previousTrain = train;
    if (step <= steps) {
      const test = evalMse(training.net, dataset.testX, dataset.testY);
      if (test < bestTest) {
        bestTest = test;
        bestStep = step;
      }
      if (step === steps) {
        finalTrain = train;
        finalTest = test;
        flat = flatShare(training, truth);
      }
    }
  }
  const longTest = longSteps === null ? null : evalMse(training.net, dataset.testX, dataset.testY);
  return { finalTrain, finalTest, bestTest, bestStep, longTest, worstJump, flatShare: flat };
}

/** The two runs of the lesson on one seed: the preset without dropout, and with the dropout preset's p. */
export function measureSeed(seed: number, options: { long: boolean; steps?: number; base?: ExperimentConfig; p?: readonly number[] }): SeedOutcome {
  const base = { ...(options.base ?? OVERFITTING_PRESET), seed };
  const steps = options.steps ?? LESSON_STEPS;
  const longSteps = options.long ? 10 * steps : null;
  const p = options.p ?? DROPOUT_PRESET_P;
  return {
    seed,
    plain: measureRun({ ...base, dropout: base.hiddenLayers.map(() => 0) }, steps, longSteps),
    dropout: measureRun({ ...base, dropout: base.hiddenLayers.map((_, i) => p[i] ?? p[p.length - 1] ?? 0) }, steps, longSteps),
  };
}

/** The claims, each as a test on one seed's outcome (counted over seeds) or on all of them (means). */
export function claimsOnSeed(o: SeedOutcome, noise: number) {
  const σ2 = noise * noise;
  return {
    plainFitsNoise: o.plain.finalTrain < 0.5 * σ2,
    plainOverfits: o.plain.finalTest >= 2.5 * o.plain.finalTrain,
    plainPastBest: o.plain.finalTest >= 1.2 * o.plain.bestTest,
    dropoutLower: o.dropout.finalTest < o.plain.finalTest,
    dropoutLowerLong: o.dropout.longTest === null || o.plain.longTest === null ? null : o.dropout.longTest < o.plain.longTest,
    noJumps: o.plain.worstJump <= 10 && o.dropout.worstJump <= 10,
  };
}

export function geometricMean(values: readonly number[]): number {
  return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
}

/** The 95% Wilson score interval's lower bound of a rate of `successes` in `n`. */
export function wilsonLower(successes: number, n: number, z = 1.959964): number {
  if (n === 0) return 0;
  const phat = successes / n;
  const denom = 1 + (z * z) / n;
  const centre = phat + (z * z) / (2 * n);
  const margin = z * Math.sqrt((phat * (1 - phat)) / n + (z * z) / (4 * n * n));
  return (centre - margin) / denom;
}
