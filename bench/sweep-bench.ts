/**
 * Sweep benchmark: wall time of the default p sweep (9 values × 5 seeds × the
 * sweep's default 3,000 steps = 45 runs, on the default experiment) in the BUILT app in Chromium, by
 * the size of the sweep's worker pool, with the main run paused. The page is
 * told it has N cores (navigator.hardwareConcurrency), so with the main run
 * paused its pool has N workers; each pool size is timed in a fresh page, the
 * sizes alternate over the rounds, and medians are reported. Speed-up is
 * against one worker in the same run. It reports; a missed target does not
 * fail it (exit code 0 unless it could not measure at all).
 *
 * With --kind=n it times the default N sweep instead (6 sizes × 2 series × 5
 * seeds = 60 runs of very different cost; its JSON lines say "sweep-n").
 *
 *   npx tsx bench/sweep-bench.ts [--workers=1,2] [--rounds=3] [--kind=n]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/browser-path';
import { buildApp } from './browser/build-site';
import { busyCores, sampleCpu } from './browser/cpu-load';
import { serveStatic, type StaticServer } from './browser/static-server';
import { sampleThreads, threadUse } from './browser/thread-cpu';
import { median } from './timing';
import type { SweepKind } from '../src/experiment/sweep-plan';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = { attempts: 3, retryDelayMs: 20_000 };
const TARGET_SPEEDUP_TWO = 1.6;
const SWEEP_TIMEOUT_MS = 10 * 60_000;

function listFlag(name: string, fallback: number[]): number[] {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (flag === undefined) return fallback;
  const values = flag
    .slice(name.length + 3)
    .split(',')
    .map((s) => Number.parseInt(s, 10));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v < 1)) throw new Error(`bad --${name}: ${flag}`);
  return values;
}

const loadText = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** In the page: clicks Run sweep and resolves with the time until the status says Done, the status and the pool's hint. */
const RUN_SWEEP_IN_PAGE = `new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Run sweep');
  if (button === undefined) return reject(new Error('no Run sweep button'));
  let workers = '';
  const t0 = performance.now();
  const timer = setTimeout(() => reject(new Error('the sweep did not finish in time')), TIMEOUT_MS);
  const observer = new MutationObserver(() => {
    const hint = document.querySelector('[data-testid="sweep-workers"]');
    if (hint !== null && hint.textContent) workers = hint.textContent;
    const status = document.querySelector('[data-testid="sweep-status"]');
    const text = status === null ? '' : status.textContent;
    if (/^Done:/.test(text)) {
      const ms = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms, text, workers });
    } else if (/^(Cancelled|The sweep stopped)/.test(text)) {
      observer.disconnect();
      clearTimeout(timer);
      reject(new Error(text));
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  button.click();
})`;

interface SweepTiming {
  readonly seconds: number;
  /** The pool's size as the page showed it. */
  readonly workersShown: string;
  readonly runs: number;
  /** Cores busy machine-wide during the sweep (all processes); null off Linux. */
  readonly busyCores: number | null;
  /** Cores the browser's worker threads kept busy (the sweep workers; the paused training worker idles); null off Linux. */
  readonly workerCores: number | null;
}

/** One default sweep (p, or N with kind 'n') in a fresh page that believes it has `cores` cores, with the main run paused. */
async function timeSweep(context: BrowserContext, origin: string, cores: number, kind: SweepKind): Promise<SweepTiming> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    // Scripts for the page go as text: tsx's helpers (__name) do not exist there.
    await page.addInitScript({ content: `Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${cores}, configurable: true });` });
    await page.goto(`${origin}/${kind === 'n' ? '#sweep=n' : ''}`);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Sweeps: test loss against p and N' }).click();
    const run = page.getByRole('button', { name: 'Run sweep' });
    await run.waitFor();
    const cpu = sampleCpu();
    const threads = sampleThreads();
    const measured = (await page.evaluate(RUN_SWEEP_IN_PAGE.replace('TIMEOUT_MS', String(SWEEP_TIMEOUT_MS)))) as { ms: number; text: string; workers: string };
    const busy = busyCores(cpu, sampleCpu());
    const threadsAfter = sampleThreads();
    const workerThreads = threadUse(threads, threadsAfter).filter((t) => t.thread.includes('DedicatedWorker'));
    const workerCores = threads === null || threadsAfter === null ? null : workerThreads.reduce((sum, t) => sum + t.cores, 0);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const runs = Number(/^Done: (\d+) runs/.exec(measured.text)?.[1] ?? Number.NaN);
    return { seconds: measured.ms / 1000, workersShown: measured.workers, runs, busyCores: busy, workerCores };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const sizes = listFlag('workers', [1, 2]);
  const [rounds] = listFlag('rounds', [3]);
  const kind: SweepKind = process.argv.includes('--kind=n') ? 'n' : 'p';
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('no Chromium found: install Debian chromium or set CHROMIUM_PATH');
  console.log(`# sweep bench — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load avg ${loadText()}`);

  const siteDir = await mkdtemp(join(tmpdir(), 'dropout-lab-bench-sweep-'));
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    await rm(siteDir, { recursive: true, force: true });
  };
  try {
    await buildApp(REPO_ROOT, siteDir, { ...BUILD, log: (line) => console.log(line) });
    server = await serveStatic(siteDir);
    browser = await chromium.launch({ executablePath, args: chromiumArgs(), headless: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    console.log(
      `# Chromium ${browser.version()}, headless; the default ${kind} sweep, main run paused; pool sizes ${sizes.join(', ')}, ${rounds} rounds alternating`,
    );

    const times = new Map<number, SweepTiming[]>(sizes.map((n) => [n, []]));
    for (let round = 0; round < rounds; round++) {
      for (const n of sizes) {
        const timing = await timeSweep(context, server.origin, n, kind);
        times.get(n)?.push(timing);
        const busy =
          timing.busyCores === null || timing.workerCores === null
            ? ''
            : `; its workers had ${timing.workerCores.toFixed(2)} cores, ${timing.busyCores.toFixed(2)} busy machine-wide`;
        console.log(
          `# round ${round + 1}, ${n} worker(s): ${timing.runs} runs in ${timing.seconds.toFixed(2)} s ("${timing.workersShown}")${busy}; load avg ${loadText()}`,
        );
      }
    }

    const medianOf = (n: number) => median((times.get(n) ?? []).map((t) => t.seconds));
    const base = medianOf(sizes[0]);
    const baseWorkers = sizes[0];
    if (baseWorkers !== 1) console.log(`# note: speed-up is against ${baseWorkers} workers (the first size asked for), not one`);
    for (const n of sizes) {
      const seconds = medianOf(n);
      console.log(
        JSON.stringify({
          workload: kind === 'p' ? 'sweep' : 'sweep-n',
          workers: n,
          seconds: Number(seconds.toFixed(3)),
          speedup: Number((base / seconds).toFixed(3)),
        }),
      );
    }
    if (sizes.includes(1) && sizes.includes(2)) {
      const speedup = medianOf(1) / medianOf(2);
      console.log(`# target: ≥ ${TARGET_SPEEDUP_TWO}× with two workers — ${speedup.toFixed(2)}× ${speedup >= TARGET_SPEEDUP_TWO ? 'MET' : 'NOT MET'}`);
    }
    const workerCores = (n: number) => median((times.get(n) ?? []).map((t) => t.workerCores ?? Number.NaN));
    const workerCpuSeconds = (n: number) => median((times.get(n) ?? []).map((t) => t.seconds * (t.workerCores ?? Number.NaN)));
    console.log(
      `# cores the sweep workers got (median): ${sizes.map((n) => `${n} worker(s) ${workerCores(n).toFixed(2)}`).join(', ')}; below N, other processes had the rest`,
    );
    console.log(
      `# the workers' CPU time for the sweep (median): ${sizes.map((n) => `${n} worker(s) ${workerCpuSeconds(n).toFixed(1)} s`).join(', ')}; ` +
        'equal CPU time means the pool adds no work, so the wall-clock speed-up follows the cores the machine gives it',
    );
    const busiest = Math.max(...[...times.values()].flat().map((t) => t.busyCores ?? 0));
    console.log(
      `# the machine was shared: up to ${busiest.toFixed(2)} of ${cpus().length} cores busy during a sweep (the sweep's own workers and page included); total ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
