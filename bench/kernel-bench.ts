/**
 * Kernel benchmark: optimizer steps per second of our training kernel on three
 * workloads at p = 0 and 0.5, against the TensorFlow.js CPU backend and this
 * machine's scalar matvec peak, all in one run, measured on HEALTHY networks:
 * every timed window restores the freshly initialised network (step 0) and
 * takes a few steps, so ReLU units have no time to die (the wide workload,
 * trained on, loses most of its second layer within a few hundred steps, and
 * the kernel, which skips zeros, then does a small share of the work).
 *
 * Rates are per second of this process's CPU time (median over the windows):
 * on a machine shared with other work the wall clock also counts the time the
 * others had the core; wall-clock rates are printed beside them.
 *
 * Two FLOP figures per case:
 *   nominal   — the dense count 6 · batch · Σ(in·out) per step, whatever the
 *               kernel skips: what a dense implementation must do;
 *   effective — 2 × the multiply-adds the kernel really executed
 *               (macsPerStep, counted by bench/mac-count.ts on the same steps).
 * It reports; it never fails (exit code 0).
 *
 * The dropout schemes get a row each at p = 0.5 (Gaussian dropout, DropConnect;
 * Bernoulli is the main table's row), with their rate against Bernoulli's.
 * TensorFlow.js has no per-example weight mask in its layers, so DropConnect has
 * no tfjs row of its own; the targets compare it with tfjs's Bernoulli loop (≥ 5×).
 *
 *   npx tsx bench/kernel-bench.ts [--peak-sizes=64,128] [--only=wide] [--window-steps=8] [--no-schemes]
 */
import { cpus, loadavg } from 'node:os';
import { meanBatchSize, nominalFlopsPerStep } from './flops';
import { nominalMacsPerStep } from './mac-count';
import { measurePeak } from './peak';
import type { TimingOptions, WindowOptions } from './timing';
import { DROPOUT_RATES, measureOurs, type OursResult, type TrainData, type Workload, WORKLOADS, workloadData, type WorkloadName } from './workloads';

/** Steps per timed window, from step 0: short, so the networks stay healthy (the start and end active fractions are printed). */
const DEFAULT_WINDOW_STEPS = 8;
const STEP_TIMING: WindowOptions = { warmupMs: 500, windows: 40, minTotalMs: 700 };
const PEAK_TIMING: TimingOptions = { warmupMs: 300, windowMs: 150, windows: 7 };
/** Nominal GFLOP/s on wide at p = 0 against the scalar peak: skipping zeros must pay for itself. */
const PEAK_TARGET = 1;

interface Measurement {
  workload: WorkloadName;
  p: number;
  windowSteps: number;
  stepsPerSec: number;
  wallStepsPerSec: number;
  nominalMacsPerStep: number;
  macsPerStep: number;
  nominalGflops: number;
  effectiveGflops: number;
  tfjsStepsPerSec: number;
  tfjsWallStepsPerSec: number;
  ratioVsTfjs: number;
  ratioVsTfjsWall: number;
  peakGflops: number;
  nominalVsPeak: number;
  effectiveVsPeak: number;
  activeStart: number[];
  activeEnd: number[];
}

/** DropConnect against TensorFlow.js's Bernoulli dropout loop (it has no per-example weight mask of its own), from the issue. */
const DROPCONNECT_TFJS_TARGET = 5;

/**
 * Steps per CPU-second of Gaussian dropout and DropConnect beside Bernoulli's (the p = 0.5 rows of `ours`).
 * Returns a checksum and DropConnect's rate per workload.
 */
function printSchemeRows(
  ours: readonly OursResult[],
  cases: ReadonlyArray<{ w: Workload; p: number; data: TrainData }>,
  steps: number,
): { sink: number; dropConnect: Map<WorkloadName, number> } {
  let sink = 0;
  const dropConnect = new Map<WorkloadName, number>();
  console.log('# schemes at p = 0.5 (steps per CPU-second, median; the ratio is to Bernoulli measured in this run):');
  cases.forEach(({ w, p, data }, k) => {
    if (p !== 0.5) return;
    const bernoulli = ours[k].rate.cpuPerSec;
    console.log(`#   ${w.name.padEnd(8)} bernoulli    ${bernoulli.toFixed(0).padStart(8)}`);
    for (const scheme of ['gaussian', 'dropconnect'] as const) {
      const r = measureOurs(w, p, data, steps, STEP_TIMING, scheme);
      sink += r.lossSum;
      const rate = r.rate.cpuPerSec;
      if (scheme === 'dropconnect') dropConnect.set(w.name, rate);
      console.log(`#   ${w.name.padEnd(8)} ${scheme.padEnd(12)} ${rate.toFixed(0).padStart(8)}  ×${(rate / bernoulli).toFixed(2)} of Bernoulli`);
    }
  });
  return { sink, dropConnect };
}

/** Matrix sizes for the peak loop, read at run time so the JIT cannot fold them. */
function peakSizes(argv: readonly string[]): number[] {
  const flag = argv.find((a) => a.startsWith('--peak-sizes='));
  const text = flag === undefined ? (process.env.PEAK_SIZES ?? '64,128') : flag.slice('--peak-sizes='.length);
  const sizes = text.split(',').map((s) => Number.parseInt(s.trim(), 10));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad peak sizes: ${text}`);
  return sizes;
}

const spread = (rates: readonly number[]): string => `${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)}`;

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function windowSteps(argv: readonly string[]): number {
  const flag = argv.find((a) => a.startsWith('--window-steps='));
  if (flag === undefined) return DEFAULT_WINDOW_STEPS;
  const n = Number.parseInt(flag.slice('--window-steps='.length), 10);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bad ${flag}`);
  return n;
}

const percents = (values: readonly number[]): string => values.map((v) => `${(100 * v).toFixed(0)}%`).join('/');

async function main(): Promise<void> {
  const started = performance.now();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `# kernel bench — node ${process.version}, ${cpus().length} cores (${cpu}), load avg ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const sizes = peakSizes(process.argv.slice(2));
  const steps = windowSteps(process.argv.slice(2));
  const peak = measurePeak(sizes, PEAK_TIMING);
  console.log(`# scalar peak: ${peak.entries.map((e) => `${e.kernel}@${e.n} ${e.gflops.toFixed(3)}`).join(', ')} GFLOP/s`);
  console.log(`# best: ${peak.best.kernel} n=${peak.best.n} → ${peak.gflops.toFixed(3)} GFLOP/s`);
  console.log(
    `# every window: restore the freshly initialised network, then ${steps} steps from step 0; ` +
      `${STEP_TIMING.warmupMs} ms of untimed windows, then at least ${STEP_TIMING.windows} windows and ${STEP_TIMING.minTotalMs} ms timed; medians`,
  );

  const results: Measurement[] = [];
  const notes: string[] = [];
  let sink = peak.checksum;
  const onlyFlag = process.argv.find((a) => a.startsWith('--only='));
  const only = onlyFlag === undefined ? null : onlyFlag.slice('--only='.length).split(',');
  const cases = WORKLOADS.filter((w) => only === null || only.includes(w.name)).flatMap((w) => DROPOUT_RATES.map((p) => ({ w, p, data: workloadData(w) })));

  // Our kernel first: loading tfjs replaces the global typed-array constructors
  // (a polyfill), and arrays made from those afterwards are slower to index.
  const ours = cases.map(({ w, p, data }) => measureOurs(w, p, data, steps, STEP_TIMING));
  const schemes = process.argv.includes('--no-schemes') ? null : printSchemeRows(ours, cases, steps);
  sink += schemes?.sink ?? 0;
  const { initTfjs, measureTfjs } = await import('./tfjs-workloads');
  const backend = await initTfjs();
  console.log(`# tfjs backend "${backend}"`);

  cases.forEach(({ w, p, data }, k) => {
    const mine = ours[k];
    const theirs = measureTfjs(w, p, data, steps, STEP_TIMING);
    const batch = meanBatchSize(w.n, w.batchSize);
    const nominalFlops = nominalFlopsPerStep(w.hiddenLayers, batch);
    sink += mine.lossSum + theirs.checksum;
    if (!Number.isFinite(mine.lastLoss)) console.log(`# warning: ${w.name} p=${p}: our loss is ${mine.lastLoss}`);
    if (theirs.tensorsAtEnd !== theirs.tensorsAfterWarmup) {
      console.log(`# warning: ${w.name} p=${p}: tfjs tensors grew ${theirs.tensorsAfterWarmup} → ${theirs.tensorsAtEnd}`);
    }
    notes.push(
      `${w.name} p=${p}: ${mine.rate.windowRates.length} windows, ours ${spread(mine.rate.cpuWindowRates)} steps/CPU-s (wall ${spread(mine.rate.windowRates)}), ` +
        `tfjs ${spread(theirs.rate.cpuWindowRates)} (wall ${spread(theirs.rate.windowRates)}); ` +
        `active (non-zero, eval mode) per hidden layer at the start ${percents(mine.densityStart)}, at the end ${percents(mine.densityEnd)}`,
    );
    const rate = mine.rate.cpuPerSec;
    const nominalGflops = (rate * nominalFlops) / 1e9;
    const effectiveGflops = (rate * 2 * mine.macsPerStep) / 1e9;
    results.push({
      workload: w.name,
      p,
      windowSteps: steps,
      stepsPerSec: round(rate, 1),
      wallStepsPerSec: round(mine.rate.perSec, 1),
      nominalMacsPerStep: Math.round(nominalMacsPerStep(w.hiddenLayers, batch)),
      macsPerStep: Math.round(mine.macsPerStep),
      nominalGflops: round(nominalGflops, 4),
      effectiveGflops: round(effectiveGflops, 4),
      tfjsStepsPerSec: round(theirs.rate.cpuPerSec, 1),
      tfjsWallStepsPerSec: round(theirs.rate.perSec, 1),
      ratioVsTfjs: round(rate / theirs.rate.cpuPerSec, 3),
      ratioVsTfjsWall: round(mine.rate.perSec / theirs.rate.perSec, 3),
      peakGflops: round(peak.gflops, 4),
      nominalVsPeak: round(nominalGflops / peak.gflops, 3),
      effectiveVsPeak: round(effectiveGflops / peak.gflops, 3),
      activeStart: mine.densityStart.map((d) => round(d, 3)),
      activeEnd: mine.densityEnd.map((d) => round(d, 3)),
    });
  });

  console.log('');
  console.log(
    table(
      [
        'workload',
        'p',
        'our steps/s',
        'MACs/step nominal',
        'executed',
        'GFLOP/s nominal',
        'effective',
        'tfjs steps/s',
        'ratio vs tfjs',
        '(wall)',
        'nominal vs peak',
        'effective vs peak',
      ],
      results.map((r) => [
        r.workload,
        r.p.toFixed(1),
        r.stepsPerSec.toFixed(0),
        r.nominalMacsPerStep.toLocaleString('en-US'),
        `${r.macsPerStep.toLocaleString('en-US')} (${((100 * r.macsPerStep) / r.nominalMacsPerStep).toFixed(0)}%)`,
        r.nominalGflops.toFixed(3),
        r.effectiveGflops.toFixed(3),
        r.tfjsStepsPerSec.toFixed(0),
        `${r.ratioVsTfjs.toFixed(2)}×`,
        `${r.ratioVsTfjsWall.toFixed(2)}×`,
        `${(100 * r.nominalVsPeak).toFixed(1)}%`,
        `${(100 * r.effectiveVsPeak).toFixed(1)}%`,
      ]),
    ),
  );
  console.log("# steps/s and GFLOP/s per second of this process's CPU time (the peak too); (wall): the ratio by the wall clock.");
  console.log('# nominal: the dense count, 6 · batch · Σ(in·out) FLOPs per step (batch = mean examples per step; wide: 200/7 ≈ 28.6),');
  console.log('#   the work a dense implementation such as tfjs must do; above 100% of the scalar peak it means zeros were skipped.');
  console.log('# effective: 2 × the multiply-adds our kernel really executed on these steps (bench/mac-count.ts): real arithmetic.');
  for (const note of notes) console.log(`#   ${note}`);
  console.log('');

  console.log(JSON.stringify({ workload: 'peak', gflops: round(peak.gflops, 4) }));
  for (const r of results) console.log(JSON.stringify(r));

  console.log('');
  console.log('# targets (ratios from this run, healthy networks):');
  for (const r of results) {
    const target = WORKLOADS.find((w) => w.name === r.workload)?.tfjsTarget ?? Number.NaN;
    const met = r.ratioVsTfjs >= target;
    console.log(`#   ${r.workload} p=${r.p}: ≥${target}× tfjs — ${r.ratioVsTfjs.toFixed(2)}× ${met ? 'MET' : 'NOT MET'}`);
  }
  for (const [workload, rate] of schemes?.dropConnect ?? []) {
    const tfjs = results.find((r) => r.workload === workload && r.p === 0.5)?.tfjsStepsPerSec ?? Number.NaN;
    const ratio = rate / tfjs;
    console.log(
      `#   ${workload} DropConnect p=0.5: ≥${DROPCONNECT_TFJS_TARGET}× tfjs's Bernoulli loop at p=0.5 — ${ratio.toFixed(2)}× ${ratio >= DROPCONNECT_TFJS_TARGET ? 'MET' : 'NOT MET'}`,
    );
  }
  const widePeak = results.find((r) => r.workload === 'wide' && r.p === 0);
  if (widePeak !== undefined) {
    const met = widePeak.nominalVsPeak >= PEAK_TARGET;
    console.log(
      `#   wide p=0: nominal ≥${100 * PEAK_TARGET}% of scalar peak — ${(100 * widePeak.nominalVsPeak).toFixed(1)}% ${met ? 'MET' : 'NOT MET'} ` +
        `(effective ${(100 * widePeak.effectiveVsPeak).toFixed(1)}%)`,
    );
  }
  console.log(`# checksum ${sink.toPrecision(6)}; total ${((performance.now() - started) / 1000).toFixed(1)} s; load avg at end ${loadavg()[0].toFixed(2)}`);
}

main().catch((error: unknown) => {
  // A report, not a test: say what broke, but exit 0.
  console.log(`# bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});
