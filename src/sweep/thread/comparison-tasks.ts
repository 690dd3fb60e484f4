/**
 * The runs of the regularizer comparison as steppable tasks for the sweep
 * runner. A tuning task fits every training point but one fold's and scores
 * the eval-mode MSE on that fold (early stopping: at each stopping check);
 * it is handed a dataset whose test set is sealed. A final task fits all the
 * training points (× the method's data factor) with the chosen knob and
 * scores the train and test sets.
 */
import type { Dataset } from '../../data/datasets';
import { evalMse } from '../../model/loss';
import { Training } from '../../model/training';
import { foldOf, stopChecks, type FinalJob, type FinalResult, type TuneJob, type TuneResult } from '../../experiment/regularizers-plan';
import type { ExperimentConfig } from '../../experiment/types';

/** A run the runner steps until `steps`, then finishes. */
export interface JobTask<R> {
  readonly steps: number;
  /** One optimizer step; returns its training loss (not finite when the run diverged). */
  step(): number;
  /** The run's result, after its last step (or after it diverged). */
  finish(): R;
}

/** Builds the tuning task of a job from the run's configuration and its (test-sealed) dataset. */
export type Tuner = (config: ExperimentConfig, job: TuneJob, data: Dataset) => JobTask<TuneResult>;

/** The fold split of the training points: the points the run fits and those it is scored on. */
export function foldSplit(x: Float32Array, y: Float32Array, folds: number, fold: number) {
  const fit = { x: [] as number[], y: [] as number[] };
  const val = { x: [] as number[], y: [] as number[] };
  for (let i = 0; i < x.length; i++) {
    const to = foldOf(i, folds) === fold ? val : fit;
    to.x.push(x[i]);
    to.y.push(y[i]);
  }
  const f32 = (a: number[]) => Float32Array.from(a);
  return { fitX: f32(fit.x), fitY: f32(fit.y), valX: f32(val.x), valY: f32(val.y) };
}

/** The tuner: train on the fold's complement, score on the fold. */
export const tuneTask: Tuner = (config, job, data) => {
  const split = foldSplit(data.trainX, data.trainY, job.folds, job.fold);
  const training = new Training(config, { x: split.fitX, y: split.fitY }, config.seed);
  const checks = job.method === 'early-stopping' ? stopChecks(job.steps) : [job.steps];
  const valMse: number[] = [];
  const score = () => valMse.push(evalMse(training.net, split.valX, split.valY));
  return {
    steps: job.steps,
    step() {
      const loss = training.trainStep();
      if (training.step === checks[valMse.length]) score();
      return loss;
    },
    finish() {
      // A diverged run scores what it has at each check it skipped.
      while (valMse.length < checks.length) score();
      return { ...job, valMse };
    },
  };
};

/** The final run: all the training points, the chosen knob, then the train and test sets. */
export function finalTask(config: ExperimentConfig, job: FinalJob, data: Dataset): JobTask<FinalResult> {
  const training = new Training(config, { x: data.trainX, y: data.trainY }, config.seed);
  return {
    steps: job.steps,
    step: () => training.trainStep(),
    finish: () => ({
      ...job,
      trainMse: evalMse(training.net, data.trainX, data.trainY),
      testMse: evalMse(training.net, data.testX, data.testY),
    }),
  };
}
