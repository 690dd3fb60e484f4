/// <reference lib="webworker" />
/**
 * The training kernel alone in a worker: the page's default run (the
 * overfitting preset with dropout 0.5 in both hidden layers) stepped as fast
 * as possible, with no frames, no messages and no drawing in between — the
 * ceiling that the app's worker is compared against.
 */
import { makeDataset } from '../../src/data/datasets';
import { Training } from '../../src/model/training';
import { OVERFITTING_PRESET } from '../../src/experiment/presets';
import type { ExperimentConfig } from '../../src/experiment/types';
import { measureRate } from '../timing';
import type { BareRequest, BareResult } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

/** The configuration src/main.tsx opens the page with. */
const PAGE_DEFAULT: ExperimentConfig = { ...OVERFITTING_PRESET, dropout: [0.5, 0.5] };

self.onmessage = (event: MessageEvent<BareRequest>) => {
  const dataset = makeDataset(PAGE_DEFAULT);
  const training = new Training(PAGE_DEFAULT, { x: dataset.trainX, y: dataset.trainY }, PAGE_DEFAULT.seed);
  let lastLoss = Number.NaN;
  const { windowRates } = measureRate((iterations) => {
    for (let k = 0; k < iterations; k++) lastLoss = training.trainStep();
  }, event.data);
  const result: BareResult = { windowRates, totalSteps: training.step, lastLoss };
  self.postMessage(result);
};
