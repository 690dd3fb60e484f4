/**
 * One measurement of each side, each in a fresh page of the same browser
 * context: the app in one case (throttled, training at full speed, driven
 * with keyboard and pointer input on the p slider, then paused for the idle
 * frame rate), and the bare kernel in a worker.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { BARE_DIR } from './build-site';
import { type BenchCase, caseHash } from './cases';
import { busyCores, sampleCpu } from './cpu-load';
import type { AppWindow, BareResult, InputWindow } from './protocol';
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

/** Main-thread work per second of the training window, from CDP Performance.getMetrics (durations in ms per s). */
export interface MainThreadWork {
  readonly layoutsPerSec: number;
  readonly styleRecalcsPerSec: number;
  readonly scriptMsPerSec: number;
  readonly layoutMsPerSec: number;
  readonly styleMsPerSec: number;
  readonly taskMsPerSec: number;
}

export interface AppRound {
  readonly training: AppWindow;
  readonly work: MainThreadWork;
  readonly input: InputWindow;
  /** Navigation start to the first frame rendered with a step on screen. */
  readonly firstStepMs: number | null;
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

const LOAD_TIMEOUT_MS = 60_000;
/** Scripted input while training: key presses, then pointer clicks, on the p slider. */
const INPUT = { keys: 8, clicks: 8, gapMs: 300 } as const;
/** The main p slider's label starts so (it names the layers it sets). */
const P_SLIDER = /^Drop probability p/;

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

/** Keyboard (arrows, alternating) and pointer (clicks at two places of the track) on the p slider, timed by the probe. */
async function driveInput(page: Page): Promise<InputWindow> {
  const slider = page.getByLabel(P_SLIDER).first();
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  await slider.focus();
  await page.evaluate(() => window.__dropoutLabProbe?.startInputs());
  for (let i = 0; i < INPUT.keys; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(INPUT.gapMs);
  }
  if (box !== null) {
    for (let i = 0; i < INPUT.clicks; i++) {
      await page.mouse.click(box.x + box.width * (i % 2 === 0 ? 0.3 : 0.55), box.y + box.height / 2);
      await page.waitForTimeout(INPUT.gapMs);
    }
  }
  return page.evaluate(() => {
    const probe = window.__dropoutLabProbe;
    if (probe === undefined) throw new Error('the probe script did not load');
    return probe.stopInputs();
  });
}

type Metrics = Map<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((m) => [m.name, m.value]));
}

function workBetween(before: Metrics, after: Metrics): MainThreadWork {
  const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
  const seconds = Math.max(1e-3, delta('Timestamp'));
  return {
    layoutsPerSec: delta('LayoutCount') / seconds,
    styleRecalcsPerSec: delta('RecalcStyleCount') / seconds,
    scriptMsPerSec: (1000 * delta('ScriptDuration')) / seconds,
    layoutMsPerSec: (1000 * delta('LayoutDuration')) / seconds,
    styleMsPerSec: (1000 * delta('RecalcStyleDuration')) / seconds,
    taskMsPerSec: (1000 * delta('TaskDuration')) / seconds,
  };
}

export function measureApp(context: BrowserContext, origin: string, probeScript: string, benchCase: BenchCase, timing: RoundTiming): Promise<AppRound> {
  return withPage(context, async (page, pageErrors) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: benchCase.throttle });
    await cdp.send('Performance.enable');
    await page.addInitScript({ content: probeScript });
    await page.goto(`${origin}/${caseHash(benchCase)}`);
    // The default page autoplays at full speed: wait for the first steps to show.
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="step"]')?.textContent ?? ''), undefined, { timeout: LOAD_TIMEOUT_MS });
    await page.waitForFunction(() => window.__dropoutLabProbe?.firstStepDrawnMs() !== null, undefined, { timeout: LOAD_TIMEOUT_MS });
    const firstStepMs = await page.evaluate(() => window.__dropoutLabProbe?.firstStepDrawnMs() ?? null);
    const mode = (await page.getAttribute('[data-testid="steps-per-sec"]', 'title')) ?? 'unknown';
    await page.waitForTimeout(timing.warmupMs);
    const probeInfo = await page.evaluate(() => {
      const probe = window.__dropoutLabProbe;
      if (probe === undefined) throw new Error('the probe script did not load');
      return { supported: probe.longTasksSupported, startup: probe.longestTaskSoFar() };
    });
    const metricsBefore = await metrics(cdp);
    const training = await measureWindow(page, timing.windowMs);
    const work = workBetween(metricsBefore, await metrics(cdp));
    const input = await driveInput(page);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: LOAD_TIMEOUT_MS });
    await page.waitForTimeout(timing.idleSettleMs);
    const idle = await measureWindow(page, timing.idleMs);
    await cdp.detach();
    return {
      training: training.value,
      work,
      input,
      firstStepMs,
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

export function measureBare(context: BrowserContext, origin: string, benchCase: Pick<BenchCase, 'view' | 'n'>, timing: RoundTiming): Promise<BareRound> {
  return withPage(context, async (page) => {
    await page.goto(`${origin}/${BARE_DIR}/`);
    await page.waitForFunction(() => window.__dropoutLabBare !== undefined, undefined, { timeout: LOAD_TIMEOUT_MS });
    const request = { hash: caseHash(benchCase), warmupMs: timing.warmupMs, windowMs: timing.windowMs, windows: 1 };
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
