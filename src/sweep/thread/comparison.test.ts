import { describe, expect, it } from 'vitest';
import type { DataConfig } from '../../data/config';
import { type Dataset, makeDataset } from '../../data/datasets';
import { evalMse } from '../../model/loss';
import { Training } from '../../model/training';
import { OVERFITTING_PRESET } from '../../experiment/presets';
import {
  chooseKnobs,
  type ComparisonSettings,
  finalPlanOf,
  type FinalResult,
  TUNED_METHODS,
  tunePlanOf,
  type TuneResult,
} from '../../experiment/regularizers-plan';
import { foldSplit, type Tuner, tuneTask } from './comparison-tasks';
import { SweepRunner } from './sweep-runner';
import { TestSetReadError } from './test-set-guard';

const config = { ...OVERFITTING_PRESET, n: 12 };
const settings: ComparisonSettings = { steps: 20, seeds: 1, folds: 3, grid: 2 };

/** The real dataset, counting every read of its test points. */
function countingData() {
  let testReads = 0;
  const make = (c: DataConfig): Dataset => {
    const data = makeDataset(c);
    return {
      trainX: data.trainX,
      trainY: data.trainY,
      truth: data.truth,
      get testX() {
        testReads++;
        return data.testX;
      },
      get testY() {
        testReads++;
        return data.testY;
      },
    };
  };
  return { make, reads: () => testReads };
}

/** A wrong tuner: it scores its knob on the test set. */
const peekingTuner: Tuner = (runConfig, job, data) => {
  const training = new Training(runConfig, { x: data.trainX, y: data.trainY }, runConfig.seed);
  return {
    steps: job.steps,
    step: () => training.trainStep(),
    finish: () => ({ ...job, valMse: [evalMse(training.net, data.testX, data.testY)] }),
  };
};

describe('the comparison’s runs', () => {
  it('the tuning stage never reads the test set; only the final runs do', () => {
    const data = countingData();
    const tune = [...SweepRunner.serial(config, tunePlanOf(settings), { makeDataset: data.make, tuner: tuneTask })] as TuneResult[];
    expect(tune.length).toBeGreaterThan(0);
    expect(tune.every((r) => r.stage === 'tune' && r.valMse.every(Number.isFinite))).toBe(true);
    expect(data.reads()).toBe(0);
    const final = [
      ...SweepRunner.serial(config, finalPlanOf(settings, chooseKnobs(settings, tune)), { makeDataset: data.make, tuner: tuneTask }),
    ] as FinalResult[];
    expect(final.every((r) => r.stage === 'final' && Number.isFinite(r.testMse))).toBe(true);
    // testX and testY once each per final run.
    expect(data.reads()).toBe(2 * final.length);
  });

  it('a tuner that reads the test set is stopped with an error saying so', () => {
    const data = countingData();
    const runner = SweepRunner.serial(config, tunePlanOf(settings), { makeDataset: data.make, tuner: peekingTuner });
    expect(() => [...runner]).toThrow(TestSetReadError);
    expect(data.reads()).toBe(0);
  });

  it('a fold’s run fits the other folds’ points and is scored on its own, each point held out once', () => {
    const x = Float32Array.from({ length: 10 }, (_, i) => i);
    const held: number[] = [];
    for (let fold = 0; fold < 3; fold++) {
      const split = foldSplit(x, x, 3, fold);
      expect(split.fitX.length + split.valX.length).toBe(10);
      expect([...split.fitX].some((v) => split.valX.includes(v))).toBe(false);
      held.push(...split.valX);
    }
    expect(held.sort((a, b) => a - b)).toEqual([...x]);
  });

  it('early stopping’s final run trains for the chosen step: the same network as the full run at that step', () => {
    const choices = TUNED_METHODS.map((method) => ({ method, seedIndex: 0, value: method === 'early-stopping' ? 7 : 0.1 }));
    const final = [...SweepRunner.serial(config, finalPlanOf(settings, choices))] as FinalResult[];
    const stopped = final.find((r) => r.method === 'early-stopping');
    const data = makeDataset(config);
    const training = new Training({ ...config, dropout: [0, 0] }, { x: data.trainX, y: data.trainY }, config.seed);
    for (let s = 0; s < 7; s++) training.trainStep();
    expect(stopped).toMatchObject({ steps: 7, testMse: evalMse(training.net, data.testX, data.testY) });
  });
});
