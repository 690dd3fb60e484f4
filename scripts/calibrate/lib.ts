/**
 * Calibration harness for the overfitting / dropout presets (research only: it
 * imports the kernel from src/ but never changes it).
 *
 * A Candidate is an ExperimentConfig plus optional "extras" that the kernel
 * does not have yet (learning-rate schedule, gradient clipping, Adam ε, extra
 * targets). With no extras the loop below is step-for-step the kernel's
 * Training.trainStep (checked by scripts/calibrate/selfcheck.ts).
 */
import { OVERFITTING_DATA } from '../../src/data/config';
import { type Dataset, makeDataset } from '../../src/data/datasets';
import { sinPi, TRUE_FUNCTIONS } from '../../src/data/true-functions';
import { OVERFITTING_MODEL } from '../../src/model/config';
import { evalMse, predict } from '../../src/model/loss';
import { ForwardMode } from '../../src/model/mlp';
import { Rng, Stream } from '../../src/model/rng';
import { Training } from '../../src/model/training';
import type { ExperimentConfig } from '../../src/experiment/types';
import { createTraining } from '../../src/training/create-run';

export type Schedule =
  | { kind: 'constant' }
  /** lr · 0.5(1 + cos(π min(t, T)/T)), floored at lr·floor; T = `over` steps. */
  | { kind: 'cosine'; over: number; floor?: number }
  /** lr / (1 + t / tau) */
  | { kind: 'inverse'; tau: number }
  /** lr · decay^(t / every) */
  | { kind: 'exp'; decay: number; every: number };

export interface Extras {
  schedule?: Schedule;
  /** Clip the global gradient norm to this value (0 = off). */
  clipNorm?: number;
  /** Adam ε (kernel: 1e-8). Replaces the kernel optimizer by a copy with this ε. */
  adamEps?: number;
  /** AMSGrad: Adam's denominator uses the running maximum of v̂ (never shrinks), which stops late-run spikes. */
  amsgrad?: boolean;
  /** A target not in the kernel: 'sine2' = sin(2πx), 'sine15' = sin(1.5πx). */
  target?: 'sine2' | 'sine15';
  /**
   * First-layer biases b_o = −w_o·u_o with u_o ~ U(−r, r) from a new stream (id 9), so the first layer's
   * kinks (ReLU) / centres (tanh) are spread over the input range instead of all sitting at x = 0. r = this value.
   */
  spreadInit?: number;
}

export interface Candidate {
  name: string;
  config: ExperimentConfig;
  extras?: Extras;
  /** The lesson length L. */
  steps: number;
}

export const BASE: ExperimentConfig = { ...OVERFITTING_DATA, ...OVERFITTING_MODEL, dropout: [0.5, 0.5] };

const EXTRA_TARGETS: Record<NonNullable<Extras['target']>, (x: number) => number> = {
  sine2: (x) => sinPi(2 * x),
  sine15: (x) => sinPi(1.5 * x),
};

export function targetOf(c: Candidate): (x: number) => number {
  if (c.extras?.target) return EXTRA_TARGETS[c.extras.target];
  return TRUE_FUNCTIONS[c.config.dataset as Exclude<typeof c.config.dataset, 'custom'>];
}

/** The same sampling as src/data/datasets.ts, for an extra target. */
function sample(f: (x: number) => number, count: number, noise: number, rng: Rng) {
  const x = new Float32Array(count);
  const y = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const xi = Math.fround(rng.range(-1, 1));
    x[i] = xi;
    y[i] = f(xi) + noise * rng.gaussian();
  }
  return { x, y };
}

export function datasetOf(c: Candidate, seed: number): Dataset {
  const cfg = { ...c.config, seed };
  if (!c.extras?.target) return makeDataset(cfg);
  const f = EXTRA_TARGETS[c.extras.target];
  const tr = sample(f, cfg.n, cfg.noise, Rng.stream(seed, Stream.trainData));
  const te = sample(f, cfg.testCount, cfg.noise, Rng.stream(seed, Stream.testData));
  return { trainX: tr.x, trainY: tr.y, testX: te.x, testY: te.y, truth: f };
}

function lrAt(base: number, s: Schedule | undefined, t: number): number {
  if (!s || s.kind === 'constant') return base;
  if (s.kind === 'cosine') {
    const u = Math.min(t, s.over) / s.over;
    return base * Math.max(s.floor ?? 0, 0.5 * (1 + Math.cos(Math.PI * u)));
  }
  if (s.kind === 'inverse') return base / (1 + t / s.tau);
  return base * Math.pow(s.decay, t / s.every);
}

/** Adam with a configurable ε (otherwise identical to src/model/optimizers.ts). */
class AdamEps {
  private m: Float32Array;
  private v: Float32Array;
  private vmax: Float32Array | null;
  private b1p = 1;
  private b2p = 1;
  constructor(
    size: number,
    private eps: number,
    amsgrad = false,
  ) {
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
    this.vmax = amsgrad ? new Float32Array(size) : null;
  }
  step(params: Float32Array, grads: Float32Array, lr: number, l2: number, ranges: ReadonlyArray<readonly [number, number]>) {
    if (l2 > 0) for (const [a, b] of ranges) for (let k = a; k < b; k++) grads[k] += 2 * l2 * params[k];
    this.b1p *= 0.9;
    this.b2p *= 0.999;
    const c1 = 1 / (1 - this.b1p);
    const c2 = 1 / (1 - this.b2p);
    const { m, v, vmax } = this;
    for (let k = 0; k < params.length; k++) {
      const g = grads[k];
      const mk = 0.9 * m[k] + 0.1 * g;
      const vk = 0.999 * v[k] + 0.001 * g * g;
      m[k] = mk;
      v[k] = vk;
      let vh = vk * c2;
      if (vmax) {
        if (vh > vmax[k]) vmax[k] = vh;
        else vh = vmax[k];
      }
      params[k] -= (lr * mk * c1) / (Math.sqrt(vh) + this.eps);
    }
  }
}

/** Training.trainStep with the extras; returns nothing (the train-mode loss is not used). */
class Runner {
  readonly tr: Training;
  private readonly batch: Int32Array;
  private readonly adam: AdamEps | null;
  t = 0;
  constructor(
    readonly c: Candidate,
    config: ExperimentConfig,
    ds: Dataset,
    noDropout: boolean,
  ) {
    this.tr = createTraining(noDropout ? { ...config, dropout: config.dropout.map(() => 0) } : config, ds);
    if (c.extras?.spreadInit) {
      const rng = new Rng(config.seed, 9);
      const { w, b } = this.tr.net.layers[0];
      const r = c.extras.spreadInit;
      for (let o = 0; o < b.length; o++) b[o] = -w[o] * rng.range(-r, r);
    }
    this.batch = new Int32Array(ds.trainX.length);
    const eps = c.extras?.adamEps;
    const ams = !!c.extras?.amsgrad;
    this.adam = (eps !== undefined || ams) && config.optimizer === 'adam' ? new AdamEps(this.tr.net.params.length, eps ?? 1e-8, ams) : null;
  }
  step(): void {
    const { tr, batch } = this;
    const ex = this.c.extras;
    if (!ex || (!ex.schedule && !ex.clipNorm && !this.adam)) {
      tr.trainStep();
      this.t++;
      return;
    }
    const net = tr.net;
    const count = tr.sampler.next(batch);
    net.zeroGrads();
    const dScale = 2 / count;
    for (let b = 0; b < count; b++) {
      const i = batch[b];
      const x = tr.train.x[i];
      const d = net.forward(x, ForwardMode.train, tr.maskRng, b) - tr.train.y[i];
      net.backward(x, dScale * d);
    }
    if (ex.clipNorm) {
      const g = net.grads;
      let s = 0;
      for (let k = 0; k < g.length; k++) s += g[k] * g[k];
      const norm = Math.sqrt(s);
      if (norm > ex.clipNorm) {
        const f = ex.clipNorm / norm;
        for (let k = 0; k < g.length; k++) g[k] *= f;
      }
    }
    const lr = lrAt(this.c.config.learningRate, ex.schedule, this.t);
    if (this.adam) this.adam.step(net.params as Float32Array, net.grads as Float32Array, lr, this.c.config.l2, net.weightRanges);
    else {
      tr.optimizer.configure({ ...this.c.config, learningRate: lr });
      tr.optimizer.step(net.params, net.grads, net.weightRanges, 0);
    }
    tr.step++;
    this.t++;
  }
}

export interface RunResult {
  /** Eval-mode train and test MSE at steps 10, 20, …, total. */
  train: Float64Array;
  test: Float64Array;
  /** Snapshot metrics at each requested checkpoint (step count). */
  at: Record<number, Snapshot>;
}

export interface Snapshot {
  train: number;
  test: number;
  /** Best test MSE over checks up to here. */
  bestTest: number;
  /** Worst jump ratio of the train MSE between consecutive checks after 10% of [0, step]. */
  maxJump: number;
  /** Fraction of grid intervals (true |f′| ≥ 0.1) where the predicted |slope| < 0.1. */
  flatFrac: number;
}

const GRID = 241;

export function flatFraction(net: Training['net'], f: (x: number) => number): number {
  const xs = new Float64Array(GRID);
  for (let i = 0; i < GRID; i++) xs[i] = -1 + (2 * i) / (GRID - 1);
  const ys = new Float64Array(GRID);
  predict(net, xs, ys);
  const h = 2 / (GRID - 1);
  let n = 0;
  let flat = 0;
  for (let i = 0; i + 1 < GRID; i++) {
    const tSlope = (f(xs[i + 1]) - f(xs[i])) / h;
    if (Math.abs(tSlope) < 0.1) continue;
    n++;
    if (Math.abs((ys[i + 1] - ys[i]) / h) < 0.1) flat++;
  }
  return n > 0 ? flat / n : 0;
}

function maxJump(train: Float64Array, upto: number, floor: number): number {
  // checks k = 0.. correspond to steps 10(k+1); only after the first 10% of the run.
  const last = upto / 10 - 1;
  const first = Math.ceil((0.1 * upto) / 10);
  let worst = 1;
  for (let k = Math.max(first, 1); k <= last; k++) {
    const prev = Math.max(train[k - 1], floor);
    const cur = train[k];
    if (cur < floor) continue;
    worst = Math.max(worst, cur / prev);
  }
  return worst;
}

/** One run of the candidate (with its dropout, or run A with p = 0) for `total` steps. */
export function runOne(c: Candidate, seed: number, noDropout: boolean, checkpoints: number[], pOverride?: number[]): RunResult {
  const config: ExperimentConfig = { ...c.config, seed, dropout: pOverride ?? c.config.dropout };
  const ds = datasetOf(c, seed);
  const f = targetOf(c);
  const r = new Runner(c, config, ds, noDropout);
  const total = Math.max(...checkpoints);
  const checks = total / 10;
  const train = new Float64Array(checks);
  const test = new Float64Array(checks);
  const at: Record<number, Snapshot> = {};
  const floor = 1e-4 * c.config.noise * c.config.noise;
  let best = Infinity;
  for (let k = 0; k < checks; k++) {
    for (let s = 0; s < 10; s++) r.step();
    const net = r.tr.net;
    train[k] = evalMse(net, ds.trainX, ds.trainY);
    test[k] = evalMse(net, ds.testX, ds.testY);
    if (test[k] < best) best = test[k];
    const stepNow = (k + 1) * 10;
    if (checkpoints.includes(stepNow)) {
      at[stepNow] = {
        train: train[k],
        test: test[k],
        bestTest: best,
        maxJump: maxJump(train, stepNow, floor),
        flatFrac: flatFraction(net, f),
      };
    }
  }
  return { train, test, at };
}

export interface PairStats {
  seed: number;
  a: Snapshot;
  b: Snapshot;
}

export function runPair(c: Candidate, seed: number, step: number[]): Record<number, PairStats> {
  const A = runOne(c, seed, true, step);
  const B = runOne(c, seed, false, step);
  const out: Record<number, PairStats> = {};
  for (const s of step) out[s] = { seed, a: A.at[s], b: B.at[s] };
  return out;
}

export interface Summary {
  seeds: number;
  /** No-dropout run: train < 0.5σ² & test ≥ 2.5 train & test ≥ 1.2 best. */
  overfitRate: number;
  trainOk: number;
  gapOk: number;
  riseOk: number;
  /** Dropout beats run A on final test MSE. */
  winRate: number;
  geoRatio: number;
  /** Dropout's best-test MSE lower than run A's. */
  bestWinRate: number;
  flatMeanB: number;
  flatMeanA: number;
  /** Both runs: no >10× train jump after the first 10%. */
  noSpikeRate: number;
  noSpikeA: number;
  noSpikeB: number;
  meanTestA: number;
  meanTestB: number;
  meanTrainA: number;
  meanTrainB: number;
}

export function summarize(rows: PairStats[], sigma: number): Summary {
  const n = rows.length;
  const frac = (pred: (r: PairStats) => boolean) => rows.filter(pred).length / n;
  const mean = (g: (r: PairStats) => number) => rows.reduce((s, r) => s + g(r), 0) / n;
  const trainOk = (r: PairStats) => r.a.train < 0.5 * sigma * sigma;
  const gapOk = (r: PairStats) => r.a.test >= 2.5 * r.a.train;
  const riseOk = (r: PairStats) => r.a.test >= 1.2 * r.a.bestTest;
  return {
    seeds: n,
    overfitRate: frac((r) => trainOk(r) && gapOk(r) && riseOk(r)),
    trainOk: frac(trainOk),
    gapOk: frac(gapOk),
    riseOk: frac(riseOk),
    winRate: frac((r) => r.b.test < r.a.test),
    geoRatio: Math.exp(mean((r) => Math.log(r.b.test / r.a.test))),
    bestWinRate: frac((r) => r.b.bestTest < r.a.bestTest),
    flatMeanB: mean((r) => r.b.flatFrac),
    flatMeanA: mean((r) => r.a.flatFrac),
    noSpikeRate: frac((r) => r.a.maxJump <= 10 && r.b.maxJump <= 10),
    noSpikeA: frac((r) => r.a.maxJump <= 10),
    noSpikeB: frac((r) => r.b.maxJump <= 10),
    meanTestA: mean((r) => r.a.test),
    meanTestB: mean((r) => r.b.test),
    meanTrainA: mean((r) => r.a.train),
    meanTrainB: mean((r) => r.b.train),
  };
}

export function fmt(s: Summary): string {
  const p = (x: number) => (100 * x).toFixed(0).padStart(3) + '%';
  const g = (x: number) => x.toPrecision(3);
  return (
    `overfit ${p(s.overfitRate)} (train ${p(s.trainOk)} gap ${p(s.gapOk)} rise ${p(s.riseOk)}) | ` +
    `win ${p(s.winRate)} geo ${g(s.geoRatio)} bestWin ${p(s.bestWinRate)} | flatB ${p(s.flatMeanB)} flatA ${p(s.flatMeanA)} | ` +
    `noSpike ${p(s.noSpikeRate)} (A ${p(s.noSpikeA)} B ${p(s.noSpikeB)}) | test A ${g(s.meanTestA)} B ${g(s.meanTestB)} train A ${g(s.meanTrainA)} B ${g(s.meanTrainB)}`
  );
}

export function seedRange(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
