import { describe, expect, it } from 'vitest';
import type { ModelConfig, OptimizerKind } from './config';
import { MinibatchSampler } from './minibatch';
import { Rng } from './rng';
import { Training, type TrainingState, type TrainSet } from './training';

const base: ModelConfig = {
  hiddenLayers: [16, 16],
  activation: 'relu',
  dropout: [0.5, 0.5],
  variant: 'inverted',
  optimizer: 'adam',
  learningRate: 0.01,
  l2: 0.001,
  // The schedule reads the run's step: a resume that restarted its clock would change every later step.
  lrHalfLife: 50,
  scheme: 'bernoulli',
  batchSize: 8,
};

/** 40 examples: with 8 per minibatch an epoch is 5 steps, so a capture at step 123 lands mid-epoch (position 24). */
function noisyLine(n = 40): TrainSet {
  const rng = new Rng(1);
  const x = Float32Array.from({ length: n }, () => rng.range(-1, 1));
  const y = Float32Array.from(x, (xi) => 0.5 * xi + 0.1 * rng.gaussian());
  return { x, y };
}

function losses(training: Training, steps: number): Float64Array {
  return Float64Array.from({ length: steps }, () => training.trainStep());
}

/** Runs `first` steps, captures, restores into a fresh Training of the same seed (changed by `edit`), runs `second` more. */
function resumed(config: ModelConfig, first: number, second: number, edit: (s: TrainingState) => void = () => {}) {
  const data = noisyLine();
  const before = new Training(config, data, 7);
  losses(before, first);
  const state = before.captureState();
  edit(state);
  const after = new Training(config, data, 7);
  after.restoreState(state);
  return { training: after, state, losses: losses(after, second) };
}

function uninterrupted(config: ModelConfig, first: number, second: number) {
  const training = new Training(config, noisyLine(), 7);
  losses(training, first);
  return { training, losses: losses(training, second) };
}

describe('Training state: capture and restore', () => {
  const cases: Array<[OptimizerKind, number]> = [];
  for (const optimizer of ['sgd', 'momentum', 'adam'] as const) for (const batchSize of [0, 8]) cases.push([optimizer, batchSize]);

  it.each(cases)('%s, batch size %i, p = 0.5: 123 steps + restore + 77 steps is bit-identical to 200 steps', (optimizer, batchSize) => {
    const config = { ...base, optimizer, batchSize };
    const a = uninterrupted(config, 123, 77);
    const b = resumed(config, 123, 77);
    expect(b.losses).toEqual(a.losses);
    expect(b.training.net.params).toEqual(a.training.net.params);
    expect(b.training.step).toBe(200);
    expect(b.training.epoch).toBe(a.training.epoch);
    // Everything carried forward agrees too, not only what these 77 steps happened to show.
    expect(b.training.captureState()).toEqual(a.training.captureState());
  });

  it('captures mid-epoch, so the position and the epoch’s order matter', () => {
    const { state } = resumed(base, 123, 0);
    expect(state.sampler.position).toBe(24);
    expect(state.sampler.epoch).toBe(24);
    expect([...state.sampler.order].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  // Each wrong restore below is one a plausible implementation could ship; each must change the run.
  const wrong: Array<[string, OptimizerKind, (s: TrainingState) => void]> = [
    ['fresh optimizer moments (m)', 'momentum', (s) => s.optimizer.m.fill(0)],
    ['fresh second moments (v)', 'adam', (s) => s.optimizer.v.fill(0)],
    ['β powers forgotten (bias correction restarts)', 'adam', (s) => Object.assign(s.optimizer, { beta1Power: 1, beta2Power: 1 })],
    ['the sampler position lost (epoch restarts)', 'adam', (s) => Object.assign(s.sampler, { position: 0 })],
    ['the epoch order lost (identity order)', 'adam', (s) => s.sampler.order.forEach((_, i, o) => (o[i] = i))],
    ['the shuffle stream restarted from the seed', 'adam', (s) => (s.sampler.rng = new Rng(7, 5).state())],
    ['the mask stream restarted from the seed', 'adam', (s) => (s.maskRng = new Rng(7, 4).state())],
  ];

  it.each(wrong)('a restore with %s does not match (the test above would catch it)', (_, optimizer, edit) => {
    const config = { ...base, optimizer };
    const a = uninterrupted(config, 123, 77);
    const b = resumed(config, 123, 77, edit);
    expect(b.training.net.params).not.toEqual(a.training.net.params);
  });

  it('drops an optimizer state of another kind, as a live switch does (moments from zero)', () => {
    const data = noisyLine();
    const momentum = new Training({ ...base, optimizer: 'momentum' }, data, 7);
    losses(momentum, 30);
    const adam = new Training(base, data, 7);
    adam.restoreState(momentum.captureState());
    const switched = new Training({ ...base, optimizer: 'momentum' }, data, 7);
    losses(switched, 30);
    switched.applyLive(base);
    expect(losses(adam, 20)).toEqual(losses(switched, 20));
  });

  it('refuses a state that does not fit, naming the part, and changes nothing', () => {
    const data = noisyLine();
    const t = new Training(base, data, 7);
    losses(t, 10);
    const good = t.captureState();
    const other = new Training({ ...base, hiddenLayers: [8, 8] }, data, 7).captureState();
    const fewer = new Training(base, noisyLine(30), 7).captureState();
    const params = Float32Array.from(t.net.params);
    const bad: Array<[TrainingState, RegExp]> = [
      [other, /params must hold/],
      [{ ...good, optimizer: { ...good.optimizer, v: good.optimizer.v.subarray(1) } }, /optimizer: v must hold/],
      [{ ...good, optimizer: { ...good.optimizer, beta1Power: 1.5 } }, /beta1Power must be a number from 0 to 1/],
      [fewer, /sampler: order must list 40/],
      [{ ...good, sampler: { ...good.sampler, order: new Int32Array(40) } }, /sampler: order must be a permutation/],
      [{ ...good, sampler: { ...good.sampler, position: 40 } }, /sampler: position must be an integer from 0 to 39/],
      [{ ...good, maskRng: [1, 2, 3, -1] }, /maskRng word 3 must be an integer/],
      [{ ...good, step: 1.5 }, /step must be an integer/],
    ];
    for (const [state, message] of bad) {
      expect(() => t.restoreState(state)).toThrow(message);
      expect(t.net.params).toEqual(params);
      expect(t.step).toBe(10);
    }
  });
});

describe('Rng state', () => {
  it('continues the stream exactly from a captured state', () => {
    const a = new Rng(5, 4);
    for (let i = 0; i < 37; i++) a.nextU32();
    const b = Rng.fromState(a.state());
    expect(Array.from({ length: 100 }, () => b.nextU32())).toEqual(Array.from({ length: 100 }, () => a.nextU32()));
  });

  it('refuses a state while a Gaussian pair is half drawn (its cached half is not in the four words)', () => {
    const rng = new Rng(1);
    rng.gaussian();
    expect(() => rng.state()).toThrow(/half drawn/);
    rng.gaussian();
    expect(rng.state()).toHaveLength(4);
  });
});

describe('MinibatchSampler state', () => {
  it('continues mid-epoch with the same batches', () => {
    const a = new MinibatchSampler(10, new Rng(2), 3);
    const out = new Int32Array(10);
    for (let i = 0; i < 5; i++) a.next(out);
    const b = new MinibatchSampler(10, new Rng(99), 3);
    b.restore(a.capture());
    for (let i = 0; i < 12; i++) {
      const outB = new Int32Array(10);
      const n = a.next(out);
      expect(b.next(outB)).toBe(n);
      expect([...outB.subarray(0, n)]).toEqual([...out.subarray(0, n)]);
    }
    expect(b.epoch).toBe(a.epoch);
  });
});
