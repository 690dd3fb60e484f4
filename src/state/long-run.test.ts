import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../experiment/presets';
import type { ExperimentConfig } from '../experiment/types';
import { TrainingHarness } from '../training/thread/training-harness';
import { LOSS_POINTS_PER_AXIS } from '../training/thread/worker-budget';
import { HISTORY_CAPACITY, LossHistory } from './loss-history';

const TINY: ExperimentConfig = { ...OVERFITTING_PRESET, n: 4, testCount: 10, hiddenLayers: [2], dropout: [0.5], optimizer: 'sgd', learningRate: 0.01 };

describe('a long run', () => {
  it('trains a million steps with the page-side history bounded, keeping first, best and latest', () => {
    const harness = new TrainingHarness(0.01).init(TINY, {}, true);
    const history = new LossHistory();
    let bestTest = Infinity;
    let bestStep = -1;
    let seen = 0;
    let maxLength = 0;
    let step = 0;
    const takeFrames = () => {
      const frames = harness.frames();
      for (const frame of frames.slice(seen)) {
        const points = frame.runs[0].history;
        history.append(points);
        for (let i = 0; i < points.step.length; i++) {
          if (points.test[i] < bestTest) {
            bestTest = points.test[i];
            bestStep = points.step[i];
          }
        }
        step = frame.runs[0].step;
      }
      seen = frames.length;
      // The harness keeps every message for inspection; a page keeps none of them.
      if (harness.messages.length > 1000) {
        harness.messages.splice(0);
        seen = 0;
      }
      maxLength = Math.max(maxLength, history.length);
    };
    while (step < 1_000_000) {
      harness.slices(1);
      takeFrames();
    }
    // While training, the last point trails the step by less than the chart's resolution.
    expect(step - history.step[history.length - 1]).toBeLessThanOrEqual(step / LOSS_POINTS_PER_AXIS);
    // Paused, the curve ends at the step on screen.
    harness.send({ type: 'pause' }).settle();
    takeFrames();
    expect(maxLength).toBeLessThanOrEqual(HISTORY_CAPACITY);
    expect(history.step[0]).toBe(0);
    expect(history.step[history.length - 1]).toBe(step);
    expect(history.step[history.bestIndex]).toBe(bestStep);
    expect(Number.isFinite(history.test[history.length - 1])).toBe(true);
  }, 120_000);
});
