/**
 * The ensemble behind test-time scaling, measured on seeds nobody picked (301–310):
 * for each configuration, train LESSON_STEPS steps, then compare on the test set the
 * weight-scaling rule, the exact average over every thinned network (≤ 16 hidden neurons)
 * and the Monte-Carlo average of k thinned networks. Prints a table per configuration.
 *   npx tsx scripts/ensemble-table.ts [from-to] [config ids, comma-separated]
 *
 * "k to match": the smallest k at which the MC average's expected test MSE, E + v̄/k
 * (E = the exact average's test MSE, v̄ = the thinned networks' variance averaged over
 * the test points), is within one standard deviation of a k-sample MC estimate of the
 * scaling rule's test MSE S, i.e. within the MC's own noise. When E > S the two meet only
 * while that noise hides the gap; "never" when they do not meet by k = 100,000.
 * "k within 1%": the ensemble view's criterion, E + v̄/k ≤ 1.01·S ("never" when E ≥ 1.01·S).
 */
import { ENSEMBLE_PRESET, LESSON_STEPS, OVERFITTING_PRESET, DROPOUT_PRESET_P } from '../src/experiment/presets';
import type { ExperimentConfig } from '../src/experiment/types';
import { createRun } from '../src/training/create-run';
import { McCheckpointRun } from '../src/model/mc-dropout';
import { ForwardMode, Mlp } from '../src/model/mlp';
import { Rng, Stream } from '../src/model/rng';
import { exactAverageAvailable, exactThinnedAverage, thinnedViewOf } from '../src/model/thinned-ensemble';
import { ENSEMBLE_CHECKPOINTS } from '../src/training/thread/ensemble-job';
import { makeGrid } from '../src/training/thread/grid';

const CONFIGS: Record<string, ExperimentConfig> = {
  'ensemble-preset': ENSEMBLE_PRESET,
  'small-tanh': { ...ENSEMBLE_PRESET, activation: 'tanh' },
  'small-relu-p0.3': { ...ENSEMBLE_PRESET, dropout: [0.3, 0.3] },
  'small-relu-layer2-only': { ...ENSEMBLE_PRESET, dropout: [0, 0.5] },
  'main-preset': { ...OVERFITTING_PRESET, dropout: [...DROPOUT_PRESET_P] },
  'main-preset-both-layers': { ...OVERFITTING_PRESET, dropout: [0.5, 0.5] },
};

const [from, to] = (process.argv[2] ?? '301-310').split('-').map(Number);
const ids = process.argv[3]?.split(',') ?? Object.keys(CONFIGS);
const seeds = Array.from({ length: to - from + 1 }, (_, i) => from + i);
const f = (x: number, d = 4) => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(d));
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

interface Row {
  seed: number;
  scaling: number;
  exact: number | null;
  mc: number[];
  thinnedVariance: number;
  gridRms: number | null;
  kMatch: number | null;
  /** The ensemble view's criterion: the expected MC test MSE within 1% of the scaling rule's. */
  kWithin1: number | null;
}

function measure(config: ExperimentConfig, seed: number): Row {
  const { dataset, training } = createRun({ ...config, seed });
  for (let s = 0; s < LESSON_STEPS; s++) training.trainStep();
  const source = training.net;
  const net = new Mlp({ hiddenLayers: config.hiddenLayers, activation: config.activation, precision: 'f64' });
  net.params.set(source.params);
  net.setDropout(config.dropout, config.variant);
  const { testX, testY } = dataset;
  const n = testX.length;
  const scaled = Float64Array.from(testX, (x) => net.forward(x, ForwardMode.eval));
  const mse = (ys: ArrayLike<number>) => Array.from(testY, (t, i) => (ys[i] - t) ** 2).reduce((a, b) => a + b, 0) / n;
  const checkpoints = ENSEMBLE_CHECKPOINTS;
  const mc = new McCheckpointRun(net, testX, checkpoints, Rng.stream(seed, Stream.monteCarlo));
  mc.run(Infinity);
  const { means, variances: sampleVar } = mc;
  const last = checkpoints.length - 1;
  let mu: Float64Array = means.slice(last * n);
  let v: Float64Array = sampleVar;
  let exact: number | null = null;
  let gridRms: number | null = null;
  if (exactAverageAvailable(net.sizes, config.dropout)) {
    const view = thinnedViewOf(net, config.variant);
    mu = new Float64Array(n);
    v = new Float64Array(n);
    exactThinnedAverage(view, testX, mu, v);
    exact = mse(mu);
    const grid = makeGrid();
    const g = new Float64Array(grid.length);
    exactThinnedAverage(view, grid, g);
    gridRms = Math.sqrt(Array.from(grid, (x, i) => (g[i] - net.forward(x, ForwardMode.eval)) ** 2).reduce((a, b) => a + b, 0) / grid.length);
  }
  const vBar = v.reduce((a, b) => a + b, 0) / n;
  // Without enumeration E is estimated from the 1000-sample average, less its own expected excess.
  const e = exact ?? mse(mu) - vBar / checkpoints[last];
  const s = mse(scaled);
  const sdAt = (k: number) =>
    Math.sqrt(Array.from(mu, (m, i) => (4 * (m - testY[i]) ** 2 * v[i]) / k + (2 * v[i] ** 2) / (k * k)).reduce((a, b) => a + b, 0)) / n;
  let kMatch: number | null = null;
  for (let k = 1; k <= 100_000; k = k < 10 ? k + 1 : Math.ceil(k * 1.05)) {
    if (Math.abs(e + vBar / k - s) <= sdAt(k)) {
      kMatch = k;
      break;
    }
  }
  const kWithin1 = e < 1.01 * s ? Math.max(1, Math.ceil(vBar / (1.01 * s - e))) : null;
  return { seed, kWithin1, scaling: s, exact, mc: checkpoints.map((_, c) => mse(means.subarray(c * n, (c + 1) * n))), thinnedVariance: vBar, gridRms, kMatch };
}

for (const id of ids) {
  const config = CONFIGS[id];
  if (config === undefined) throw new Error(`no configuration ${id}; one of ${Object.keys(CONFIGS).join(', ')}`);
  const rows = seeds.map((seed) => measure(config, seed));
  const shown = [1, 10, 50, 100, 1000];
  console.log(
    `\n### ${id}: ${config.hiddenLayers.join('-')} ${config.activation}, p = ${config.dropout.join(', ')} (${config.variant}), ${LESSON_STEPS} steps`,
  );
  console.log(
    `| seed | test MSE scaling rule | exact average | ${shown.map((k) => `MC k = ${k}`).join(' | ')} | thinned var v̄ | RMS exact − rule (grid) | k to match | k within 1% |`,
  );
  console.log(`| ---: | ---: | ---: | ${shown.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: |`);
  for (const r of rows) {
    const mcShown = shown.map((k) => f(r.mc[ENSEMBLE_CHECKPOINTS.indexOf(k)]));
    console.log(
      `| ${r.seed} | ${f(r.scaling)} | ${f(r.exact ?? Number.NaN)} | ${mcShown.join(' | ')} | ${f(r.thinnedVariance)} | ${f(r.gridRms ?? Number.NaN)} | ${r.kMatch ?? 'never'} | ${r.kWithin1 ?? 'never'} |`,
    );
  }
  const matched = rows.filter((r) => r.kMatch !== null).map((r) => r.kMatch as number);
  const within = rows.filter((r) => r.kWithin1 !== null).map((r) => r.kWithin1 as number);
  const exactBetter = rows.filter((r) => r.exact !== null && r.exact < r.scaling - 1e-9).length;
  console.log(
    `\nmedian k to match: ${matched.length ? median(matched) : 'never'} (matched on ${matched.length}/${rows.length}); ` +
      `median k within 1%: ${within.length ? median(within) : 'never'} (on ${within.length}/${rows.length}); ` +
      (rows[0].exact !== null
        ? `exact average below the scaling rule on ${exactBetter}/${rows.length}; median RMS exact − rule ${f(median(rows.map((r) => r.gridRms ?? 0)))}; ` +
          `median test MSE exact − rule ${f(median(rows.map((r) => (r.exact ?? 0) - r.scaling)))}`
        : 'no exact average (more than 16 hidden neurons)'),
  );
}
