/**
 * The ensemble view's costs, in Node (a shared machine: medians, and ratios measured in one run):
 *   1. the exact average of a 1-8-8-1 network over the view's 441 points (grid + test set),
 *      against brute force (65,536 fixed-mask forwards per point, timed on a few points);
 *   2. a whole ensemble job (scaling rule, exact average, 1000 MC passes at 441 points) on the
 *      small preset and on the main preset's 64-64 network;
 *   3. the main preset's training rate in the TrainingHost with and without an ensemble job
 *      always running (the worker's slices; real clock).
 * It reports; it never fails.
 *   npx tsx bench/ensemble-bench.ts
 */
import { loadavg } from 'node:os';
import { ENSEMBLE_PRESET, OVERFITTING_PRESET, DROPOUT_PRESET_P } from '../src/experiment/presets';
import type { ExperimentConfig } from '../src/experiment/types';
import { ForwardMode, Mlp } from '../src/model/mlp';
import { exactThinnedAverage, thinnedViewOf } from '../src/model/thinned-ensemble';
import { createRun } from '../src/training/create-run';
import { EnsembleJob } from '../src/training/thread/ensemble-job';
import { makeGrid } from '../src/training/thread/grid';
import { TrainingHost } from '../src/training/thread/training-host';
import type { FromWorker } from '../src/training/protocol';
import { DEFAULT_FRAME_OPTIONS } from '../src/experiment/defaults';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

function trainedNet(config: ExperimentConfig, steps: number) {
  const run = createRun(config);
  for (let s = 0; s < steps; s++) run.training.trainStep();
  return run;
}

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (a shared machine: compare ratios within this run)\n`,
);

// 1. Enumeration.
{
  const { dataset, training } = trainedNet(ENSEMBLE_PRESET, 500);
  const net = new Mlp({ hiddenLayers: ENSEMBLE_PRESET.hiddenLayers, activation: 'relu', precision: 'f64' });
  net.params.set(training.net.params);
  net.setDropout(ENSEMBLE_PRESET.dropout, ENSEMBLE_PRESET.variant);
  const points = Float64Array.from([...makeGrid(), ...dataset.testX]);
  const out = new Float64Array(points.length);
  const view = thinnedViewOf(net, ENSEMBLE_PRESET.variant);
  const times: number[] = [];
  for (let r = 0; r < 21; r++) {
    const t0 = performance.now();
    exactThinnedAverage(view, points, out);
    times.push(performance.now() - t0);
  }
  const masks = [new Uint8Array(8), new Uint8Array(8)];
  const brutePoints = 3;
  const t0 = performance.now();
  for (let i = 0; i < brutePoints; i++) {
    for (let pattern = 0; pattern < 65536; pattern++) {
      for (let o = 0; o < 8; o++) {
        masks[0][o] = (pattern >> o) & 1;
        masks[1][o] = (pattern >> (8 + o)) & 1;
      }
      net.forward(points[i], ForwardMode.fixedMask, null, 0, masks);
    }
  }
  const brutePerPoint = (performance.now() - t0) / brutePoints;
  const exactMs = median(times);
  console.log(`1. exact average, 1-8-8-1, ${points.length} points: ${ms(exactMs)} (median of 21)`);
  console.log(
    `   brute force (65,536 fixed-mask forwards a point): ${ms(brutePerPoint)} a point, ${ms(brutePerPoint * points.length)} for ${points.length} (extrapolated): ${(
      (brutePerPoint * points.length) /
      exactMs
    ).toFixed(0)}× slower\n`,
  );
}

// 2. Whole jobs.
for (const [name, config] of [
  ['small preset (1-8-8-1 ReLU)', ENSEMBLE_PRESET],
  ['main preset (64-64 tanh)', { ...OVERFITTING_PRESET, dropout: [...DROPOUT_PRESET_P] }],
] as Array<[string, ExperimentConfig]>) {
  const { dataset, training } = trainedNet(config, 500);
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    const job = new EnsembleJob({
      run: 'B',
      step: 500,
      runVersion: 1,
      config,
      params: training.net.params,
      grid: makeGrid(),
      testX: dataset.testX,
      testY: dataset.testY,
    });
    job.advance(Infinity, () => 0);
    job.result();
    times.push(performance.now() - t0);
  }
  console.log(`2. ensemble job, ${name}: ${ms(median(times))} of computing (median of 5)`);
}

// 3. Training rate with and without ensemble work in the slices (2 s windows, alternating).
{
  const config = { ...OVERFITTING_PRESET, dropout: [...DROPOUT_PRESET_P] };
  const rates: Array<[number, number]> = [];
  for (let r = 0; r < 3; r++) {
    const counts: number[] = [];
    for (const ensemble of [false, true]) {
      let last = 0;
      const host = new TrainingHost({
        post: (message: FromWorker) => {
          if (message.type === 'frame') last = message.runs[0].step;
          if (message.type === 'ensemble' && ensemble) queueMicrotask(() => host.handle({ type: 'ensemble' }));
        },
        now: () => performance.now(),
      });
      host.handle({
        type: 'init',
        config,
        playback: { speed: 0, stopAt: 0, compare: false },
        frameOptions: { ...DEFAULT_FRAME_OPTIONS },
        playing: true,
        restore: null,
      });
      if (ensemble) host.handle({ type: 'ensemble' });
      const end = performance.now() + 2000;
      while (performance.now() < end) {
        host.slice();
        host.handle({ type: 'ack' });
      }
      host.handle({ type: 'pause' });
      host.slice();
      counts.push(last / 2);
    }
    rates.push([counts[0], counts[1]]);
  }
  const ratios = rates.map(([a, b]) => b / a);
  console.log(
    `\n3. main preset training, steps/s over 2 s windows: without ensemble work ${rates.map((r) => r[0].toFixed(0)).join(', ')}; with a job always running ${rates
      .map((r) => r[1].toFixed(0))
      .join(', ')}; median ratio ${median(ratios).toFixed(2)}`,
  );
}
