/**
 * One measurement round on each side, each in a fresh page of the same
 * browser context: the app training at full speed (then paused, for the idle
 * frame rate), and the bare kernel in a worker.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { BARE_DIR } from './build-site';
import { busyCores, sampleCpu } from './cpu-load';
import type { AppWindow, BareResult } from './protocol';
import { sampleThreads, threadUse, type ThreadUse } from './thread-cpu';

export interface RoundTiming {
  /** Training after the first step shows, before the window (the JIT tiers up). */
  readonly warmupMs: number;
  /** Length of the training window (app) and of the timed window (bare). */
  readonly windowMs: number;
  /** After Pause, before the idle window. */
  readonly idleSettleMs: number;
  readonly idleMs: number;
}

export interface AppRound {
  readonly training: AppWindow;
  readonly idle: AppWindow;
  /** Longest task before the training window (page load, first renders). */
  readonly startupLongestTaskMs: number;
  readonly longTasksSupported: boolean;
  /** The steps/s readout's title: says whether training runs in a worker. */
  readonly mode: string;
  readonly pageErrors: readonly string[];
  /** Cores busy machine-wide during the training and the paused window; null off Linux. */
  readonly machineBusyCores: { readonly training: number | null; readonly idle: number | null };
  /** Browser threads by cores used during the training and the paused window, busiest first (empty off Linux). */
  readonly threads: { readonly training: readonly ThreadUse[]; readonly idle: readonly ThreadUse[] };
}

const LOAD_TIMEOUT_MS = 20_000;

async function withPage<T>(context: BrowserContext, use: (page: Page, errors: string[]) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    return await use(page, errors);
  } finally {
    await page.close();
  }
}

interface Measured<T> {
  readonly value: T;
  readonly busy: number | null;
  readonly threads: readonly ThreadUse[];
}

/** Runs `measure` between two samples of the machine's and the browser threads' CPU time. */
async function withCpu<T>(measure: () => Promise<T>): Promise<Measured<T>> {
  const cpu = sampleCpu();
  const threads = sampleThreads();
  const value = await measure();
  const threadsAfter = sampleThreads();
  return { value, busy: busyCores(cpu, sampleCpu()), threads: threadUse(threads, threadsAfter) };
}

function measureWindow(page: Page, durationMs: number): Promise<Measured<AppWindow>> {
  return withCpu(() =>
    page.evaluate((ms) => {
      const probe = window.__dropoutLabProbe;
      if (probe === undefined) throw new Error('the probe script did not load');
      return probe.measure(ms);
    }, durationMs),
  );
}

export function measureApp(context: BrowserContext, origin: string, probeScript: string, timing: RoundTiming): Promise<AppRound> {
  return withPage(context, async (page, pageErrors) => {
    await page.addInitScript({ content: probeScript });
    await page.goto(`${origin}/`);
    // The default page autoplays at full speed: wait for the first steps to show.
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="step"]')?.textContent ?? ''), undefined, { timeout: LOAD_TIMEOUT_MS });
    const mode = (await page.getAttribute('[data-testid="steps-per-sec"]', 'title')) ?? 'unknown';
    await page.waitForTimeout(timing.warmupMs);
    const probeInfo = await page.evaluate(() => {
      const probe = window.__dropoutLabProbe;
      if (probe === undefined) throw new Error('the probe script did not load');
      return { supported: probe.longTasksSupported, startup: probe.longestTaskSoFar() };
    });
    const training = await measureWindow(page, timing.windowMs);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: LOAD_TIMEOUT_MS });
    await page.waitForTimeout(timing.idleSettleMs);
    const idle = await measureWindow(page, timing.idleMs);
    return {
      training: training.value,
      idle: idle.value,
      startupLongestTaskMs: probeInfo.startup,
      longTasksSupported: probeInfo.supported,
      mode,
      pageErrors,
      machineBusyCores: { training: training.busy, idle: idle.busy },
      threads: { training: training.threads, idle: idle.threads },
    };
  });
}

export interface BareRound {
  readonly result: BareResult;
  /** Cores busy machine-wide while the bare worker ran (it keeps one busy itself); null off Linux. */
  readonly machineBusyCores: number | null;
  /** Browser threads by cores used during the warm-up and the window, busiest first (empty off Linux). */
  readonly threads: readonly ThreadUse[];
}

export function measureBare(context: BrowserContext, origin: string, timing: RoundTiming): Promise<BareRound> {
  return withPage(context, async (page) => {
    await page.goto(`${origin}/${BARE_DIR}/`);
    await page.waitForFunction(() => window.__dropoutLabBare !== undefined, undefined, { timeout: LOAD_TIMEOUT_MS });
    const request = { warmupMs: timing.warmupMs, windowMs: timing.windowMs, windows: 1 };
    const measured = await withCpu(() =>
      page.evaluate((r) => {
        const bare = window.__dropoutLabBare;
        if (bare === undefined) throw new Error('the bare page script did not load');
        return bare.run(r);
      }, request),
    );
    return { result: measured.value, machineBusyCores: measured.busy, threads: measured.threads };
  });
}
