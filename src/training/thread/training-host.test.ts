import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../../experiment/presets';
import type { ExperimentConfig, SettingsPatch } from '../../experiment/types';
import { referenceForward, referenceMse, type ReferenceNet } from '../../model/reference-forward.test-helpers';
import { TrainingHarness } from './training-harness';

// Pinned where the tests below depend on it (data size, ReLU's dead units, a constant rate), whatever the preset says.
const SMALL: ExperimentConfig = {
  ...OVERFITTING_PRESET,
  n: 16,
  noise: 0.25,
  activation: 'relu',
  lrHalfLife: 0,
  hiddenLayers: [8, 8],
  dropout: [0.3, 0.3],
  testCount: 50,
  batchSize: 4,
};

function allHistory(h: TrainingHarness, run = 0): { step: number[]; test: number[] } {
  const step: number[] = [];
  const test: number[] = [];
  for (const f of h.frames()) {
    step.push(...f.runs[run].history.step);
    test.push(...f.runs[run].history.test);
  }
  return { step, test };
}

describe('TrainingHost', () => {
  it('posts the data and a first frame at step 0 on init', () => {
    const h = new TrainingHarness().init(SMALL).settle();
    const data = h.ofType('data')[0];
    expect(data.trainX.length).toBe(16);
    expect(data.testX.length).toBe(50);
    expect(data.gridX.length).toBeGreaterThanOrEqual(200);
    expect(h.ofType('run-started')[0]).toMatchObject({ reason: 'init', fields: [] });
    const frame = h.lastFrame();
    expect(frame.runs).toHaveLength(1);
    expect(frame.runs[0].step).toBe(0);
    expect(frame.runs[0].prediction.length).toBe(data.gridX.length);
    expect(frame.sizes).toEqual([1, 8, 8, 1]);
  });

  it('is deterministic across slicing: step(1000) once equals step(100) ten times, bit for bit', () => {
    const once = new TrainingHarness().init(SMALL).send({ type: 'step', count: 1000 }).settle();
    const tenTimes = new TrainingHarness(0.37).init(SMALL);
    for (let i = 0; i < 10; i++) tenTimes.send({ type: 'step', count: 100 }).settle();
    const a = once.lastFrame().runs[0];
    const b = tenTimes.lastFrame().runs[0];
    expect(a.step).toBe(1000);
    expect(b.step).toBe(1000);
    expect(b.params).toEqual(a.params);
    expect(b.trainLoss).toBe(a.trainLoss);
    expect(b.testLoss).toBe(a.testLoss);
    expect(once.lastFrame().playing).toBe(false);
  });

  it.each(['inverted', 'classic'] as const)(
    '%s: the frame’s test loss is the eval MSE on the test set (and its train loss on the training set), computed independently from the weights',
    (variant) => {
      const config: ExperimentConfig = { ...SMALL, variant, dropout: [0.5, 0.3] };
      const h = new TrainingHarness().init(config).send({ type: 'step', count: 300 }).settle();
      const data = h.ofType('data')[0];
      const frame = h.lastFrame();
      const run = frame.runs[0];
      expect(run.step).toBe(300);
      const reference: ReferenceNet = { sizes: frame.sizes, params: run.params, activation: config.activation, dropout: run.dropout, variant };
      const test = referenceMse(reference, data.testX, data.testY);
      const train = referenceMse(reference, data.trainX, data.trainY);
      // The kernel runs in float32 (2⁻²⁴ relative per value), the reference in double.
      const tol = (mse: number) => 1e-5 * (1 + mse);
      // The two losses differ by far more than the tolerance, so swapping them cannot pass.
      expect(Math.abs(test - train)).toBeGreaterThan(100 * tol(test));
      expect(Math.abs(run.testLoss - test)).toBeLessThanOrEqual(tol(test));
      expect(Math.abs(run.trainLoss - train)).toBeLessThanOrEqual(tol(train));
      // The loss curves' last point is the same evaluation.
      const history = allHistory(h);
      expect(history.step.at(-1)).toBe(300);
      expect(Math.abs((history.test.at(-1) ?? Number.NaN) - test)).toBeLessThanOrEqual(tol(test));
    },
  );

  it.each(['classic', 'inverted'] as const)(
    '%s: the hovered neuron’s curve is what the next layer receives at test time (f(z) × the layer’s test-time scale)',
    (variant) => {
      const config: ExperimentConfig = { ...SMALL, variant, dropout: [0.5, 0.3] };
      const h = new TrainingHarness().init(config).send({ type: 'step', count: 50 }).settle();
      const grid = h.ofType('data')[0].gridX;
      for (const [layer, index] of [
        [1, 3],
        [2, 6],
      ] as const) {
        h.send({ type: 'frame-options', patch: { hoveredNeuron: { run: 'B', layer, index } } }).settle();
        const frame = h.lastFrame();
        const run = frame.runs[0];
        const curve = run.neuronCurve;
        if (curve === null) throw new Error('no neuron curve');
        const reference: ReferenceNet = { sizes: frame.sizes, params: run.params, activation: config.activation, dropout: run.dropout, variant };
        let worst = 0;
        let largest = 0;
        grid.forEach((x, i) => {
          // Classic: (1 − p)·f(z), what the next layer is fed at test time; inverted: f(z).
          const expected = referenceForward(reference, x).a[layer - 1][index];
          largest = Math.max(largest, Math.abs(expected));
          worst = Math.max(worst, Math.abs(curve[i] - expected));
        });
        expect(largest, `neuron ${layer}:${index} is not dead`).toBeGreaterThan(0.05);
        expect(worst, `neuron ${layer}:${index}`).toBeLessThanOrEqual(1e-5 * (1 + largest));
      }
    },
  );

  it('step(n) pauses a playing run, then runs exactly n steps', () => {
    const h = new TrainingHarness().init(SMALL, {}, true).slices(3);
    const reached = h.lastFrame().runs[0].step;
    expect(reached).toBeGreaterThan(0);
    h.send({ type: 'step', count: 7 }).settle();
    expect(h.lastFrame().runs[0].step).toBe(reached + 7);
    expect(h.trainer.isPlaying).toBe(false);
  });

  it('play and pause', () => {
    const h = new TrainingHarness().init(SMALL).settle();
    h.send({ type: 'play' }).slices(5);
    const playing = h.lastFrame();
    expect(playing.playing).toBe(true);
    expect(playing.runs[0].step).toBeGreaterThan(0);
    h.send({ type: 'pause' }).settle();
    const paused = h.lastFrame().runs[0].step;
    h.slices(5);
    expect(h.lastFrame().runs[0].step).toBe(paused);
    expect(h.lastFrame().playing).toBe(false);
  });

  it('reset replays the run exactly: same data, same initial weights, same trajectory', () => {
    const h = new TrainingHarness().init(SMALL).settle();
    const initial = h.lastFrame().runs[0].params;
    h.send({ type: 'step', count: 50 }).settle();
    const after50 = h.lastFrame().runs[0];
    h.send({ type: 'reset' }).settle();
    expect(h.ofType('run-started').at(-1)).toMatchObject({ reason: 'reset' });
    expect(h.lastFrame().runs[0].step).toBe(0);
    expect(h.lastFrame().runs[0].params).toEqual(initial);
    h.send({ type: 'step', count: 50 }).settle();
    expect(h.lastFrame().runs[0].params).toEqual(after50.params);
  });

  it('live changes keep the weights; architecture, data and seed changes rebuild and say which field', () => {
    const h = new TrainingHarness().init(SMALL).send({ type: 'step', count: 20 }).settle();
    const before = h.lastFrame().runs[0].params;
    h.send({
      type: 'set',
      patch: {
        config: { learningRate: 0.05, dropout: [0.6, 0.1], variant: 'classic', l2: 0.01, optimizer: 'momentum', batchSize: 8 },
        playback: { speed: 30 },
      },
    }).settle();
    expect(h.ofType('run-started')).toHaveLength(1);
    expect(h.lastFrame().runs[0].params).toEqual(before);
    expect(h.lastFrame().runs[0].step).toBe(20);
    expect(h.lastFrame().runs[0].dropout).toEqual([0.6, 0.1]);

    const rebuilds: Array<[SettingsPatch, string]> = [
      [{ config: { hiddenLayers: [4, 4], dropout: [0, 0] } }, 'hiddenLayers'],
      [{ config: { activation: SMALL.activation === 'relu' ? 'tanh' : 'relu' } }, 'activation'],
      [{ config: { dataset: 'cubic' } }, 'dataset'],
      [{ config: { n: 40 } }, 'n'],
      [{ config: { noise: 0.1 } }, 'noise'],
      [{ config: { seed: 9 } }, 'seed'],
      [{ playback: { compare: true } }, 'compare'],
    ];
    for (const [patch, field] of rebuilds) {
      h.send({ type: 'set', patch }).settle();
      const started = h.ofType('run-started').at(-1);
      expect(started?.reason).toBe('rebuild');
      expect(started?.fields).toContain(field);
      expect(h.lastFrame().runs[0].step).toBe(0);
    }
  });

  it('refuses a bad change with the field and range, and keeps the run', () => {
    const h = new TrainingHarness().init(SMALL).send({ type: 'step', count: 5 }).settle();
    h.send({ type: 'set', patch: { config: { dropout: [1, 0.2] } } }).settle();
    h.send({ type: 'set', patch: { config: { hiddenLayers: [0, 8] } } }).settle();
    const rejected = h.ofType('rejected');
    expect(rejected.map((r) => r.field)).toEqual(['dropout[0]', 'hiddenLayers[0]']);
    expect(rejected[0].message).toContain('0 to 0.9');
    h.send({ type: 'step', count: 1 }).settle();
    expect(h.lastFrame().runs[0].step).toBe(6);
  });

  it('detects divergence, pauses with the step, and recovers on reset', () => {
    const wild: ExperimentConfig = { ...SMALL, optimizer: 'sgd', learningRate: 10, dropout: [0, 0] };
    const h = new TrainingHarness().init(wild, {}, true).slices(200);
    const diverged = h.ofType('diverged');
    expect(diverged).toHaveLength(1);
    const frame = h.lastFrame().runs[0];
    expect(frame.diverged).toBe(true);
    expect(frame.divergedAt).toBe(diverged[0].step);
    expect(h.trainer.isPlaying).toBe(false);
    h.send({ type: 'play' }).slices(3); // refuses to train on
    expect(h.lastFrame().runs[0].step).toBe(frame.step);
    h.send({ type: 'set', patch: { config: { learningRate: 0.01, optimizer: 'adam' } } })
      .send({ type: 'reset' })
      .send({ type: 'step', count: 100 })
      .settle();
    const recovered = h.lastFrame().runs[0];
    expect(recovered.diverged).toBe(false);
    expect(recovered.divergedAt).toBeNull();
    expect(Number.isFinite(recovered.testLoss)).toBe(true);
  });

  it('calls a run diverged as soon as its train MSE passes 100× its step-0 value, while the loss is still finite', () => {
    // SGD at lr = 1 on this net jumps to a train MSE near 1e7 and stays there, finite: dead units output a constant.
    const wild: ExperimentConfig = { ...SMALL, optimizer: 'sgd', learningRate: 1, dropout: [0, 0] };
    const h = new TrainingHarness().init(wild, {}, true).slices(400);
    const diverged = h.ofType('diverged');
    expect(diverged.length).toBeGreaterThan(0);
    const points = h.ofType('frame').flatMap((f) => Array.from(f.runs[0].history.step, (step, k) => ({ step, train: f.runs[0].history.train[k] })));
    const initial = points.find((p) => p.step === 0)?.train ?? Number.NaN;
    expect(Number.isFinite(initial)).toBe(true);
    const at = points.find((p) => p.step === diverged[0].step);
    expect(at).toBeDefined();
    if (at === undefined) return;
    // The rule fired on this point and on no earlier one.
    expect(!(at.train <= 100 * initial)).toBe(true);
    for (const p of points.filter((q) => q.step < at.step)) expect(p.train).toBeLessThanOrEqual(100 * initial);
  });

  it('auto-pauses at the stop step', () => {
    const h = new TrainingHarness().init(SMALL, { stopAt: 123 }, true).slices(500);
    expect(h.ofType('stopped-at')).toEqual([{ type: 'stopped-at', step: 123 }]);
    expect(h.lastFrame().runs[0].step).toBe(123);
    expect(h.trainer.isPlaying).toBe(false);
  });

  it('paces slow motion: at 4 steps/s, 10 s of clock give about 40 steps', () => {
    const h = new TrainingHarness(0).init(SMALL, { speed: 4 }, true);
    while (h.clock < 10_000) h.slices(1);
    const step = h.lastFrame().runs[0].step;
    expect(step).toBeGreaterThanOrEqual(39);
    expect(step).toBeLessThanOrEqual(41);
    // In slow motion every step gets its own frame and history point.
    expect(allHistory(h).step.slice(-5)).toEqual([step - 4, step - 3, step - 2, step - 1, step]);
  });

  it('never posts a second frame before the page acknowledges the first', () => {
    const h = new TrainingHarness().init(SMALL, {}, true);
    for (let i = 0; i < 50; i++) h.trainer.slice();
    expect(h.frames()).toHaveLength(1);
    h.send({ type: 'ack' });
    h.trainer.slice();
    expect(h.frames()).toHaveLength(2);
  });

  it('sends every loss point once, in order, starting at step 0', () => {
    const h = new TrainingHarness().init(SMALL, {}, true).slices(40).send({ type: 'pause' }).settle();
    const { step } = allHistory(h);
    expect(step[0]).toBe(0);
    for (let i = 1; i < step.length; i++) expect(step[i]).toBeGreaterThan(step[i - 1]);
    expect(step.at(-1)).toBe(h.lastFrame().runs[0].step);
  });

  it('compare mode trains twins from the same weights: A without dropout, B with it', () => {
    const h = new TrainingHarness().init(SMALL, { compare: true }).settle();
    const [a0, b0] = h.lastFrame().runs;
    expect([a0.run, b0.run]).toEqual(['A', 'B']);
    expect(a0.params).toEqual(b0.params);
    expect(a0.dropout).toEqual([0, 0]);
    expect(b0.dropout).toEqual([0.3, 0.3]);
    h.send({ type: 'step', count: 30 }).settle();
    const [a, b] = h.lastFrame().runs;
    expect(a.step).toBe(30);
    expect(b.step).toBe(30);
    expect(a.params).not.toEqual(b.params);
    expect(Array.from(a.keepFrequency).every((f) => f === 1)).toBe(true);
    expect(Array.from(b.keepFrequency).some((f) => f < 1)).toBe(true);
  });

  it('view options add MC band, thinned curves and a neuron curve without touching the run', () => {
    const h = new TrainingHarness().init(SMALL).send({ type: 'step', count: 10 }).settle();
    const params = h.lastFrame().runs[0].params;
    h.send({
      type: 'frame-options',
      patch: { mcBand: true, mcPasses: 8, thinnedCurves: 3, hoveredNeuron: { run: 'B', layer: 2, index: 5 }, maskExample: 1 },
    }).settle();
    const f = h.lastFrame().runs[0];
    const grid = f.prediction.length;
    expect(f.mcMean?.length).toBe(grid);
    expect(f.mcStd?.length).toBe(grid);
    expect(f.thinnedCurves?.length).toBe(3 * grid);
    expect(f.neuronCurve?.length).toBe(grid);
    expect(f.masks.map((m) => m.length)).toEqual([8, 8]);
    expect(f.params).toEqual(params);
    expect(f.step).toBe(10);
  });

  it.each(['gaussian', 'dropconnect'] as const)(
    '%s: frames carry its noise, thinned curves and an MC band, and the run trains as the kernel says',
    (scheme) => {
      const config: ExperimentConfig = { ...SMALL, activation: 'tanh', scheme };
      const h = new TrainingHarness().init(config).send({ type: 'step', count: 20 }).settle();
      h.send({ type: 'frame-options', patch: { mcBand: true, mcPasses: 8, thinnedCurves: 3 } }).settle();
      const f = h.lastFrame().runs[0];
      const grid = f.prediction.length;
      expect(f.mcStd?.length).toBe(grid);
      expect(Math.max(...(f.mcStd ?? [0]))).toBeGreaterThan(0);
      // Three different thinned networks: each curve has its own fixed noise.
      const curves = f.thinnedCurves ?? new Float32Array(0);
      expect(curves.length).toBe(3 * grid);
      expect(Array.from(curves.subarray(0, grid))).not.toEqual(Array.from(curves.subarray(grid, 2 * grid)));
      // No neuron is dropped: the noise is on the neurons' factors or on the weights.
      expect(f.masks.every((m) => m.every((k) => k === 1))).toBe(true);
      if (scheme === 'gaussian') {
        expect(f.keptEdges).toBeNull();
        expect(f.neuronFactors?.map((a) => a.length)).toEqual([8, 8]);
        expect(f.neuronFactors?.flatMap((a) => Array.from(a)).some((e) => e !== 1)).toBe(true);
      } else {
        expect(f.neuronFactors).toBeNull();
        // The weights reading hidden layers 1 and 2: 8 × 8 and 8 × 1, some dropped.
        expect(f.keptEdges?.map((a) => a.length)).toEqual([64, 8]);
        expect(f.keptEdges?.some((a) => a.includes(0))).toBe(true);
      }
    },
  );

  it('a live switch of scheme keeps the weights and changes the noise from the next step', () => {
    const h = new TrainingHarness()
      .init({ ...SMALL, activation: 'tanh' })
      .send({ type: 'step', count: 5 })
      .settle();
    const before = h.lastFrame().runs[0];
    h.send({ type: 'set', patch: { config: { scheme: 'dropconnect' } } }).settle();
    expect(h.lastFrame().runs[0].params).toEqual(before.params);
    h.send({ type: 'step', count: 1 }).settle();
    expect(h.lastFrame().runs[0].keptEdges).not.toBeNull();
  });
});
