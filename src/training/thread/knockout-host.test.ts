import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../../experiment/presets';
import type { ExperimentConfig } from '../../experiment/types';
import { makeDataset } from '../../data/datasets';
import { evalMse } from '../../model/loss';
import { KnockoutNet } from '../../model/knockout';
import { Mlp } from '../../model/mlp';
import { TrainingHarness } from './training-harness';
import { removalFlags } from './knockout-eval';
import { REMOVAL_FRACTIONS } from '../robustness';

const SMALL: ExperimentConfig = { ...OVERFITTING_PRESET, hiddenLayers: [8, 8], dropout: [0, 0.5], testCount: 40, seed: 7 };
const KNOCKOUT = [
  { layer: 1, index: 2 },
  { layer: 2, index: 5 },
];

function trained(options: { knockout: boolean; robustness: boolean }, steps = 60): TrainingHarness {
  const h = new TrainingHarness().init(SMALL, { compare: true });
  h.send({ type: 'frame-options', patch: { knockout: options.knockout ? KNOCKOUT : [], robustness: options.robustness } });
  // Knock-outs and the robustness job run between the steps, in the middle of training.
  for (let i = 0; i < steps / 10; i++) h.send({ type: 'step', count: 10 }).settle();
  return h;
}

describe('knock-outs in the worker', () => {
  it('never change training: weights bit-identical with and without a knock-out list and the robustness curve', () => {
    const plain = trained({ knockout: false, robustness: false }).lastSnapshot();
    const knocked = trained({ knockout: true, robustness: true }).lastSnapshot();
    expect(knocked.runs.map((r) => r.step)).toEqual([60, 60]);
    knocked.runs.forEach((run, i) => expect(Array.from(run.params)).toEqual(Array.from(plain.runs[i].params)));
  });

  it('frames carry, for both runs, the prediction and test MSE with those neurons removed', () => {
    const h = trained({ knockout: true, robustness: false });
    const frame = h.lastFrame();
    const data = makeDataset(SMALL);
    for (const run of frame.runs) {
      const ko = run.knockout;
      if (ko === null) throw new Error(`run ${run.run} has no knock-out outcome`);
      expect(ko.prediction).toHaveLength(run.prediction.length);
      expect(Array.from(ko.prediction)).not.toEqual(Array.from(run.prediction));
      // The same weights with the neurons removed by hand give the same test MSE.
      const net = new Mlp({ hiddenLayers: SMALL.hiddenLayers, activation: SMALL.activation });
      net.params.set(run.params);
      const copy = new KnockoutNet(net);
      copy.load(net, { dropout: run.dropout, variant: SMALL.variant, scheme: SMALL.scheme });
      copy.remove(removalFlags(frame.sizes, KNOCKOUT));
      expect(ko.testLoss).toBe(evalMse(copy.net, data.testX, data.testY));
      expect(ko.testLoss).not.toBe(run.testLoss);
    }
    h.send({ type: 'frame-options', patch: { knockout: [] } }).settle();
    expect(h.lastFrame().runs.every((r) => r.knockout === null)).toBe(true);
  });

  it('a paused worker finishes the robustness measurement of the current step for both runs', () => {
    const h = trained({ knockout: false, robustness: true });
    const frame = h.lastFrame();
    for (const run of frame.runs) {
      const r = run.robustness;
      if (r === null) throw new Error(`run ${run.run} has no robustness measurement`);
      expect(r.step).toBe(60);
      expect(r.fractions).toEqual(REMOVAL_FRACTIONS);
      expect(r.mean[0]).toBeCloseTo(run.testLoss, 6);
      expect(r.low.every((low, k) => low <= r.mean[k] + 1e-9 && r.mean[k] <= r.high[k] + 1e-9)).toBe(true);
      expect(r.coadaptationByLayer).toHaveLength(2);
    }
    h.send({ type: 'frame-options', patch: { robustness: false } }).settle();
    expect(h.lastFrame().runs.every((r) => r.robustness === null)).toBe(true);
  });
});
