import type { CDPSession, Page } from '@playwright/test';

export interface SoakSample {
  /** Seconds since the start. */
  t: number;
  /** Main-thread JS heap after a forced garbage collection, in MB. */
  heapMb: number;
  /** Animation frames per second over the last second. */
  fps: number;
  step: number;
}

export interface SoakResult {
  samples: SoakSample[];
  /** Heap at the end minus heap right after the warm-up, in MB. */
  heapGrowthMb: number;
  fpsMedian: number;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

/**
 * Animation frames counted over one second in the page. Written as a string:
 * runners such as tsx add helpers to named functions that do not exist in the page.
 */
const COUNT_FRAMES = `new Promise((resolve) => {
  let frames = 0;
  const start = performance.now();
  const tick = () => {
    frames++;
    if (performance.now() - start < 1000) requestAnimationFrame(tick);
    else resolve((frames * 1000) / (performance.now() - start));
  };
  requestAnimationFrame(tick);
})`;

async function framesPerSecond(page: Page): Promise<number> {
  return Number(await page.evaluate(COUNT_FRAMES));
}

async function currentStep(page: Page): Promise<number> {
  return Number(((await page.getByTestId('step').textContent()) ?? '0').replace(/,/g, ''));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)];
};

/** Trains the already-open page at full speed for `durationMs`, sampling heap (after GC), frame rate and step. */
export async function soak(page: Page, durationMs: number, warmupMs: number, sampleEveryMs: number, onSample?: (s: SoakSample) => void): Promise<SoakResult> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const start = Date.now();
  const samples: SoakSample[] = [];
  let warmHeap: number | null = null;
  while (Date.now() - start < durationMs) {
    const fps = await framesPerSecond(page);
    const sample: SoakSample = { t: (Date.now() - start) / 1000, heapMb: await heapAfterGc(cdp), fps, step: await currentStep(page) };
    samples.push(sample);
    onSample?.(sample);
    if (warmHeap === null && Date.now() - start >= warmupMs) warmHeap = sample.heapMb;
    await page.waitForTimeout(Math.max(0, sampleEveryMs - 1000));
  }
  const last = samples[samples.length - 1];
  return {
    samples,
    heapGrowthMb: warmHeap === null || last === undefined ? Number.NaN : last.heapMb - warmHeap,
    fpsMedian: median(samples.filter((s) => s.t * 1000 >= warmupMs).map((s) => s.fps)),
  };
}
