import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../../experiment/presets';
import type { ExperimentConfig } from '../../experiment/types';
import { ENSEMBLE_CHECKPOINTS, EnsembleJob } from './ensemble-job';
import { TrainingHarness } from './training-harness';

const SMALL: ExperimentConfig = {
  ...OVERFITTING_PRESET,
  n: 16,
  activation: 'relu',
  lrHalfLife: 0,
  hiddenLayers: [8, 8],
  dropout: [0.5, 0.5],
  testCount: 50,
  batchSize: 4,
};

describe('the ensemble job', () => {
  it('answers in slices while training goes on, about the weights of the step it was asked at', () => {
    const h = new TrainingHarness(0.05).init(SMALL).send({ type: 'step', count: 200 }).settle();
    const params = h.lastFrame().runs[0].params;
    h.send({ type: 'play' }).send({ type: 'ensemble' });
    let answer = h.ofType('ensemble')[0];
    for (let i = 0; i < 10_000 && answer === undefined; i++) answer = h.slices(1).ofType('ensemble')[0];
    expect(answer).toBeDefined();
    expect(answer.step).toBe(200);
    expect(h.lastFrame().runs[0].step).toBeGreaterThan(200);
    expect(answer.checkpoints).toEqual(ENSEMBLE_CHECKPOINTS);
    expect(answer.hiddenNeurons).toBe(16);
    // The same job run at once on the step-200 weights gives the same numbers.
    const data = h.ofType('data')[0];
    const job = new EnsembleJob({ run: 'B', step: 200, runVersion: 1, config: SMALL, params, grid: data.gridX, testX: data.testX, testY: data.testY });
    expect(job.advance(Infinity, () => 0)).toBe(true);
    const direct = job.result();
    expect(answer.testMse).toEqual(direct.testMse);
    expect(answer.exact).toEqual(direct.exact);
  });

  it('the MC test MSE approaches the exact average’s as k grows: E[MSE(k)] = MSE(exact) + variance/k', () => {
    const h = new TrainingHarness().init(SMALL).send({ type: 'step', count: 300 }).settle();
    const data = h.ofType('data')[0];
    const params = h.lastFrame().runs[0].params;
    const job = new EnsembleJob({ run: 'B', step: 300, runVersion: 1, config: SMALL, params, grid: data.gridX, testX: data.testX, testY: data.testY });
    job.advance(Infinity, () => 0);
    const { testMse, thinnedVariance } = job.result();
    const exact = testMse.exact ?? Number.NaN;
    expect(testMse.scaling).toBeCloseTo(h.lastFrame().runs[0].testLoss, 4);
    // At k = 1 the excess is about the thinned networks' variance; at k = 1000 it is a thousandth of it.
    // The spread of the k-sample excess over 50 test points is at most a few times its mean: margins of 5×.
    const excess1 = testMse.mc[0] - exact;
    const excess1000 = testMse.mc[testMse.mc.length - 1] - exact;
    expect(excess1).toBeGreaterThan(thinnedVariance / 5);
    expect(excess1).toBeLessThan(thinnedVariance * 5);
    expect(Math.abs(excess1000)).toBeLessThan((5 * thinnedVariance) / Math.sqrt(1000));
  });

  it('at a set pace training keeps it, and the job takes the idle time between steps (about as fast as paused)', () => {
    const timed = (playing: boolean) => {
      const h = new TrainingHarness(0.2).init(SMALL, { speed: 100 });
      if (playing) h.send({ type: 'play' });
      h.slices(1);
      const start = h.clock;
      h.send({ type: 'ensemble' });
      while (h.ofType('ensemble').length === 0) h.slices(1);
      return { seconds: (h.clock - start) / 1000, steps: h.lastFrame().runs[0].step };
    };
    const paused = timed(false);
    const paced = timed(true);
    expect(paced.seconds).toBeGreaterThan(0.5);
    // 100 steps a second, give or take the steps of one slice either side.
    expect(Math.abs(paced.steps - 100 * paced.seconds)).toBeLessThan(5);
    // A tenth of each slice would take about ten times as long.
    expect(paced.seconds).toBeLessThan(2 * paused.seconds);
  });

  it('a run rebuilt while the job works gets its own answer; the old one is never posted', () => {
    const h = new TrainingHarness(0.05).init(SMALL).settle();
    h.send({ type: 'ensemble' }).slices(1);
    h.send({ type: 'set', patch: { config: { hiddenLayers: [4, 4] } } }).settle();
    const answers = h.ofType('ensemble');
    expect(answers).toHaveLength(1);
    expect(answers[0].runVersion).toBe(h.ofType('run-started').at(-1)?.runVersion);
    expect(answers[0].hiddenNeurons).toBe(8);
  });

  it('a stop drops the job in progress: no answer comes', () => {
    const h = new TrainingHarness(0.05).init(SMALL).settle();
    h.send({ type: 'ensemble' }).slices(1);
    h.send({ type: 'ensemble', stop: true }).settle();
    expect(h.ofType('ensemble')).toHaveLength(0);
  });

  it('says no exact average for more than 16 hidden neurons', () => {
    const config = { ...SMALL, hiddenLayers: [16, 4], dropout: [0.5, 0.5] };
    const h = new TrainingHarness().init(config).settle();
    const data = h.ofType('data')[0];
    const job = new EnsembleJob({
      run: 'B',
      step: 0,
      runVersion: 1,
      config,
      params: h.lastFrame().runs[0].params,
      grid: data.gridX,
      testX: data.testX,
      testY: data.testY,
    });
    job.advance(Infinity, () => 0);
    const result = job.result();
    expect(result.exact).toBeNull();
    expect(result.testMse.exact).toBeNull();
    expect(result.hiddenNeurons).toBe(20);
  });
});
