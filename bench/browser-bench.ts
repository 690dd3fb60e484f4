/**
 * Browser benchmark: the BUILT app in Chromium. Reports
 *   1. the app worker's training steps/s at the default page (overfitting
 *      preset, dropout 0.5, speed max),
 *   2. the same kernel stepped bare in a worker of the same browser, and the
 *      ratio of the two (what frames, messages and drawing cost),
 *   3. the page's animation-frame rate while training and while paused,
 *   4. the longest main-thread task while training.
 * App and bare windows alternate within one browser session; medians are
 * reported. It reports; a missed target does not fail it (exit code 0).
 *
 * On Linux it also reads CPU time from /proc, because on a small or busy
 * machine the app's page (main thread, raster threads, compositor) competes
 * with its own worker: machine-wide busy cores flag other processes, and
 * per-thread use (renderer/DedicatedWorker is the training thread,
 * renderer/chromium the page's main thread) separates CPU starvation from
 * the worker's own overhead ("ratio per worker CPU-second"). Slow frames are
 * explained from 'long-animation-frame' entries where Chromium has them.
 *
 *   npx tsx bench/browser-bench.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/browser-path';
import { buildApp, buildBarePage, bundleProbe } from './browser/build-site';
import { type AppRound, type BareRound, measureApp, measureBare, type RoundTiming } from './browser/rounds';
import { serveStatic, type StaticServer } from './browser/static-server';
import type { ThreadUse } from './browser/thread-cpu';
import { median } from './timing';

const ROUNDS = 3;
const TIMING: RoundTiming = { warmupMs: 3000, windowMs: 6000, idleSettleMs: 1000, idleMs: 3000 };
const BUILD = { attempts: 3, retryDelayMs: 20_000 };
const VIEWPORT = { width: 1280, height: 800 };

/** Above this many cores busy with other work during the windows, the numbers are flagged as noisy. */
const BUSY_OTHERS_CORES = 0.3;

const TARGET_RATIO = 0.8;
const TARGET_FPS_RATIO = 0.9;
const TARGET_LONGEST_TASK_MS = 50;

/** Set on Ctrl-C or SIGTERM, while the handler cleans up and exits. */
let interrupted = false;

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Round {
  readonly app: AppRound;
  readonly bare: BareRound;
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits));
const count = (v: number): string => Math.round(v).toLocaleString('en-US');
const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');
const loadText = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const elapsed = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function appRate(app: AppRound): number {
  return app.training.stepsPerSec ?? 0;
}

function bareRate(bare: BareRound): number {
  return median(bare.result.windowRates);
}

const cores = (v: number | null): string => (v === null ? '?' : v.toFixed(1));

/** The busiest browser threads, in cores: "renderer/DedicatedWorker 0.92, renderer/chromium 0.14, …". */
function topThreads(threads: readonly ThreadUse[], limit = 5): string {
  const shown = threads.filter((t) => t.cores >= 0.02).slice(0, limit);
  return shown.length === 0 ? 'none above 0.02 cores' : shown.map((t) => `${t.thread} ${t.cores.toFixed(2)}`).join(', ');
}

/** Cores used by the dedicated worker thread(s) of a window; null without thread data. */
function workerCores(threads: readonly ThreadUse[]): number | null {
  const worker = threads.filter((t) => t.thread.endsWith('/DedicatedWorker'));
  return worker.length === 0 ? null : worker.reduce((sum, t) => sum + t.cores, 0);
}

/** Cores used by every other browser thread (page main thread, raster, compositor, GPU process…). */
function pageCores(threads: readonly ThreadUse[]): number {
  return threads.filter((t) => !t.thread.endsWith('/DedicatedWorker')).reduce((sum, t) => sum + t.cores, 0);
}

/** Cores other processes kept busy, estimated from the windows whose own use is known: ~1 (bare worker) and ~0 (paused app). */
function othersCores({ app, bare }: Round): number | null {
  const estimates: number[] = [];
  if (bare.machineBusyCores !== null) estimates.push(bare.machineBusyCores - 1);
  if (app.machineBusyCores.idle !== null) estimates.push(app.machineBusyCores.idle);
  return estimates.length === 0 ? null : Math.max(0, ...estimates);
}

function describeRound(i: number, { app, bare }: Round): string {
  const t = app.training;
  const busy = app.machineBusyCores;
  const lines = [
    `round ${i + 1}`,
    `  app   ${count(appRate(app))} steps/s (steps ${count(t.firstStep)}→${count(t.lastStep)}, ${t.readoutChanges} readout changes); ` +
      `rAF ${t.fps.toFixed(1)} Hz training, ${app.idle.fps.toFixed(1)} Hz paused; max rAF gap ${t.maxFrameGapMs.toFixed(1)} ms; ` +
      `long tasks ${t.longTasks} (longest ${t.longestTaskMs.toFixed(0)} ms)`,
  ];
  if (t.longestFrameCause !== null) lines.push(`        longest animation frame ${t.longestFrameMs.toFixed(0)} ms: ${t.longestFrameCause}`);
  lines.push(
    `  bare  ${count(bareRate(bare))} steps/s (last loss ${bare.result.lastLoss.toFixed(4)})`,
    `  CPU   machine busy cores: app training ${cores(busy.training)}, app paused ${cores(busy.idle)}, bare ${cores(bare.machineBusyCores)}`,
    `        threads, app training: ${topThreads(app.threads.training)}`,
    `        threads, app paused:   ${topThreads(app.threads.idle)}`,
    `        threads, bare:         ${topThreads(bare.threads)}`,
  );
  return lines.join('\n');
}

/** Anything that makes a round's numbers suspect. */
function warnings(rounds: readonly Round[]): string[] {
  const notes = new Set<string>();
  for (const { app, bare } of rounds) {
    if (app.training.stepsPerSec === null) notes.add('the step readout did not move during a training window (diverged? paused?): its rate counts as 0');
    if (app.idle.lastStep !== app.idle.firstStep) notes.add('the step readout moved during an idle window: Pause may not have stopped training');
    if (!app.mode.includes('worker')) notes.add(`the app is not training in a worker (readout title: "${app.mode}")`);
    if (!Number.isFinite(bare.result.lastLoss)) notes.add('the bare run diverged (non-finite loss)');
    for (const error of app.pageErrors) notes.add(`page error: ${error}`);
  }
  return [...notes];
}

async function main(): Promise<void> {
  const started = performance.now();
  // The bench itself keeps about two threads busy, so only the load before it says whether others compete.
  const [loadAtStart] = loadavg();
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('no Chromium found: install Debian chromium or set CHROMIUM_PATH');
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`# browser bench — node ${process.version}, ${cpus().length} cores (${cpu}), load avg ${loadText()}`);

  const siteDir = await mkdtemp(join(tmpdir(), 'dropout-lab-bench-browser-'));
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    await rm(siteDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    console.log(`# ${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const buildStart = performance.now();
    await buildApp(REPO_ROOT, siteDir, { ...BUILD, log: (line) => console.log(line) });
    await buildBarePage(siteDir);
    const probeScript = await bundleProbe();
    console.log(`# built the app (vite) and the bare-kernel page (esbuild) into ${siteDir} in ${elapsed(buildStart)}`);

    server = await serveStatic(siteDir);
    browser = await chromium.launch({ executablePath, args: chromiumArgs(), headless: true });
    const context = await browser.newContext({ viewport: VIEWPORT });
    console.log(`# Chromium ${browser.version()} (${executablePath}), headless, served at ${server.origin}`);
    console.log(
      `# ${ROUNDS} rounds, each: app (warm-up ${TIMING.warmupMs / 1000} s, training window ${TIMING.windowMs / 1000} s, Pause, idle window ${TIMING.idleMs / 1000} s), ` +
        `then bare (warm-up ${TIMING.warmupMs / 1000} s, window ${TIMING.windowMs / 1000} s)`,
    );

    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const app = await measureApp(context, server.origin, probeScript, TIMING);
      const bare = await measureBare(context, server.origin, TIMING);
      rounds.push({ app, bare });
      console.log(describeRound(i, rounds[i]));
    }
    await cleanup();
    browser = null;
    server = null;

    const workerStepsPerSec = median(rounds.map((r) => appRate(r.app)));
    const bareStepsPerSec = median(rounds.map((r) => bareRate(r.bare)));
    const ratio = bareStepsPerSec > 0 ? workerStepsPerSec / bareStepsPerSec : 0;
    const fpsTraining = median(rounds.map((r) => r.app.training.fps));
    const fpsIdle = median(rounds.map((r) => r.app.idle.fps));
    const fpsRatio = fpsIdle > 0 ? fpsTraining / fpsIdle : 0;
    const longestTaskMs = Math.max(...rounds.map((r) => r.app.training.longestTaskMs));
    const longTaskCount = rounds.reduce((n, r) => n + r.app.training.longTasks, 0);
    const maxGapMs = Math.max(...rounds.map((r) => r.app.training.maxFrameGapMs));
    const startupTaskMs = Math.max(...rounds.map((r) => r.app.startupLongestTaskMs));
    const longTasksSupported = rounds.every((r) => r.app.longTasksSupported);
    const roundRatios = rounds.map((r) => appRate(r.app) / bareRate(r.bare));

    const taskNote = !longTasksSupported
      ? 'this Chromium does not report long tasks; see the max rAF gap'
      : longTaskCount === 0
        ? `no long task (≥ 50 ms) observed in ${ROUNDS} × ${TIMING.windowMs / 1000} s of training`
        : `${longTaskCount} long task(s) ≥ 50 ms in ${ROUNDS} × ${TIMING.windowMs / 1000} s of training`;

    const slowest = rounds.map((r) => r.app.training).reduce((x, y) => (y.longestFrameMs > x.longestFrameMs ? y : x));
    const perRound = (values: readonly number[], format: (v: number) => string) => `rounds: ${values.map(format).join(', ')}`;
    const rows: (readonly [string, string, string])[] = [
      [
        'app worker steps/s (default page, speed max)',
        count(workerStepsPerSec),
        perRound(
          rounds.map((r) => appRate(r.app)),
          count,
        ),
      ],
      [
        'bare kernel steps/s (same config, a worker)',
        count(bareStepsPerSec),
        perRound(
          rounds.map((r) => bareRate(r.bare)),
          count,
        ),
      ],
      ['ratio app / bare', ratio.toFixed(3), `target ≥ ${TARGET_RATIO}: ${verdict(ratio >= TARGET_RATIO)}; ${perRound(roundRatios, (v) => v.toFixed(3))}`],
      [
        'rAF callbacks/s while training',
        fpsTraining.toFixed(1),
        perRound(
          rounds.map((r) => r.app.training.fps),
          (v) => v.toFixed(1),
        ),
      ],
      [
        'rAF callbacks/s while paused',
        fpsIdle.toFixed(1),
        `${perRound(
          rounds.map((r) => r.app.idle.fps),
          (v) => v.toFixed(1),
        )} (headless Chromium's pace)`,
      ],
      ['rAF ratio training / paused', fpsRatio.toFixed(3), `target ≥ ${TARGET_FPS_RATIO}: ${verdict(fpsRatio >= TARGET_FPS_RATIO)}`],
      [
        'longest main-thread task while training',
        `${longestTaskMs.toFixed(0)} ms`,
        `target < ${TARGET_LONGEST_TASK_MS} ms: ${verdict(longestTaskMs < TARGET_LONGEST_TASK_MS)}; ${taskNote}`,
      ],
      ['max gap between rAF callbacks while training', `${maxGapMs.toFixed(1)} ms`, 'for information'],
      ['longest task during page load', `${startupTaskMs.toFixed(0)} ms`, 'not counted'],
    ];
    const appWorker = rounds.map((r) => workerCores(r.app.threads.training));
    const bareWorker = rounds.map((r) => workerCores(r.bare.threads));
    if (appWorker.every((v) => v !== null) && bareWorker.every((v) => v !== null)) {
      const perCore = rounds.map((r, i) => appRate(r.app) / Math.max(0.01, appWorker[i] ?? 0) / (bareRate(r.bare) / Math.max(0.01, bareWorker[i] ?? 0)));
      const coresOf = (values: readonly (number | null)[]) => values.map((v) => v?.toFixed(2) ?? '?').join(', ');
      rows.push(
        [
          'worker thread CPU: app training / bare',
          `${median(appWorker.map((v) => v ?? 0)).toFixed(2)} / ${median(bareWorker.map((v) => v ?? 0)).toFixed(2)}`,
          `cores; rounds: ${coresOf(appWorker)} / ${coresOf(bareWorker)}`,
        ],
        [
          'other browser threads while training',
          median(rounds.map((r) => pageCores(r.app.threads.training))).toFixed(2),
          'cores: page main thread, raster, compositor, GPU process',
        ],
        [
          'ratio app / bare per worker CPU-second',
          median(perCore).toFixed(3),
          `for information: the worker's own overhead, CPU starvation set aside; ${perRound(perCore, (v) => v.toFixed(3))}`,
        ],
      );
    }
    if (slowest.longestFrameCause !== null)
      rows.push(['longest animation frame while training', `${slowest.longestFrameMs.toFixed(0)} ms`, slowest.longestFrameCause]);
    const labelWidth = Math.max(...rows.map((r) => r[0].length));
    const valueWidth = Math.max(...rows.map((r) => r[1].length));
    console.log('');
    console.log(`Summary (medians over ${ROUNDS} rounds)`);
    for (const [label, value, note] of rows) console.log(`  ${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}   ${note}`);
    for (const note of warnings(rounds)) console.log(`# warning: ${note}`);
    const others = rounds.map(othersCores);
    const worstOthers = Math.max(...others.map((v) => v ?? 0));
    if (others.every((v) => v === null) ? loadAtStart > BUSY_OTHERS_CORES : worstOthers > BUSY_OTHERS_CORES) {
      const what = others.every((v) => v === null)
        ? `load average ${loadAtStart.toFixed(2)} before the run`
        : `up to ${worstOthers.toFixed(1)} cores busy with other processes during the rounds`;
      console.log(`# warning: ${what} (of ${cpus().length}): these numbers are noisy; rerun on a quiet machine`);
    }
    console.log(`# total ${elapsed(started)}, load avg at end ${loadText()}`);
    console.log(
      JSON.stringify({
        workerStepsPerSec: round(workerStepsPerSec, 1),
        bareStepsPerSec: round(bareStepsPerSec, 1),
        ratio: round(ratio, 3),
        fpsTraining: round(fpsTraining, 2),
        fpsIdle: round(fpsIdle, 2),
        fpsRatio: round(fpsRatio, 3),
        longestTaskMs: round(longestTaskMs, 1),
      }),
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

main().catch((error: unknown) => {
  // Chromium gets the same Ctrl-C and dies first; the page calls then fail noisily, which says nothing new.
  if (interrupted) return;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
