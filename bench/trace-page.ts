/**
 * A Chromium trace of the built app in one bench case: what the main thread
 * does per second while training (style recalcs, layouts, paints, scripts by
 * function), and where the time of a p-slider keystroke and pointer click goes
 * (the trace's EventDispatch and the work until the next frame is presented).
 * Prints a summary; `--out file.json` keeps the raw trace for chrome://tracing.
 *
 *   npx vite build && npx tsx bench/trace-page.ts [--throttle 4] [--view compare] [--n 500] [--warmup 60] [--out trace.json]
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/browser-path';
import { caseHash, type View } from './browser/cases';
import { serveStatic } from './browser/static-server';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string; functionName?: string; url?: string; frame?: string }; [key: string]: unknown };
}

const WINDOW_MS = 5000;
const P_SLIDER = /^Drop probability p/;
const DIST = fileURLToPath(new URL('../dist', import.meta.url));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** A CPU profile of `during`, printed as self time by function (the build should be unminified: vite build --minify false). */
async function profile(cdp: CDPSession, during: () => Promise<void>, under: string | null): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await during();
  const { profile: result } = await cdp.send('Profiler.stop');
  const nodes = new Map<number, ProfileNode>(result.nodes.map((node) => [node.id, node as ProfileNode]));
  const self = new Map<string, number>();
  const deltas = result.timeDeltas ?? [];
  (result.samples ?? []).forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    if (frame === undefined) return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  // Inclusive time of every function (or of those under `under`, e.g. React's discrete-event dispatch: what an input's own handler runs).
  const parent = new Map<number, number>();
  for (const node of nodes.values()) for (const child of node.children ?? []) parent.set(child, node.id);
  const underInput = new Map<string, number>();
  (result.samples ?? []).forEach((id, i) => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) names.add(nodes.get(at)?.callFrame.functionName ?? '');
    if (under !== null && !names.has(under)) return;
    for (const name of names) if (name !== '') underInput.set(name, (underInput.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  if (underInput.size > 0) {
    console.log(`inclusive time ${under === null ? 'of every function' : `under ${under}`} (ms):`);
    for (const [name, ms] of [...underInput.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`self time by function (ms, of ${total.toFixed(0)} ms sampled):`);
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${key}`);
}

async function record(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] },
  });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The renderer main thread: the thread with the most complete UpdateLayoutTree events. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const counts = new Map<string, number>();
  for (const e of events) if (e.name === 'UpdateLayoutTree' || e.name === 'Layout') counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '0:0';
  const [pid, tid] = best.split(':').map(Number);
  return { pid, tid };
}

function summarise(events: TraceEvent[], seconds: number): void {
  const { pid, tid } = mainThread(events);
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const byName = new Map<string, { count: number; ms: number }>();
  for (const e of mine) {
    const entry = byName.get(e.name) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += (e.dur ?? 0) / 1000;
    byName.set(e.name, entry);
  }
  const rows = [...byName.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 18);
  console.log(`main thread per second over ${seconds.toFixed(1)} s (count/s, ms/s):`);
  for (const [name, { count, ms }] of rows)
    console.log(`  ${name.padEnd(28)} ${(count / seconds).toFixed(1).padStart(7)} ${(ms / seconds).toFixed(1).padStart(8)}`);
  const functions = new Map<string, number>();
  for (const e of mine) {
    if (e.name !== 'FunctionCall' && e.name !== 'TimerFire' && e.name !== 'FireAnimationFrame' && e.name !== 'EventDispatch') continue;
    const data = e.args?.data;
    const key = `${e.name} ${data?.type ?? ''} ${data?.functionName ?? ''} ${(data?.url ?? '').split('/').pop() ?? ''}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  console.log('scripts by entry point (ms/s):');
  for (const [key, ms] of [...functions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${(ms / seconds).toFixed(1).padStart(7)}  ${key}`);
  const inputs = mine.filter(
    (e) => e.name === 'EventDispatch' && ['keydown', 'input', 'pointerdown', 'pointerup', 'click', 'change'].includes(e.args?.data?.type ?? ''),
  );
  if (inputs.length > 0) {
    const ms = inputs.map((e) => `${e.args?.data?.type} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
    console.log(`input dispatch (ms): ${ms.join(', ')}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      throttle: { type: 'string', default: '4' },
      view: { type: 'string', default: 'compare' },
      n: { type: 'string' },
      out: { type: 'string' },
      dist: { type: 'string' },
      profile: { type: 'boolean' },
      warmup: { type: 'string', default: '3' },
    },
  });
  const throttle = Number(values.throttle);
  const view = (values.view === 'single' ? 'single' : 'compare') as View;
  const n = values.n === undefined ? null : Number(values.n);
  const server = await serveStatic(values.dist ?? DIST);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs() });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${server.origin}/${caseHash({ view, n })}`);
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="step"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.waitForTimeout(Number(values.warmup) * 1000);
    if (values.profile === true) {
      const slider = page.getByLabel(P_SLIDER).first();
      await slider.focus();
      console.log(`\n== ${throttle}× ${view}: training ${WINDOW_MS} ms with no input`);
      await profile(cdp, () => page.waitForTimeout(WINDOW_MS), null);
      console.log(`\n== 10 arrow keys on the p slider`);
      await profile(
        cdp,
        async () => {
          for (let i = 0; i < 10; i++) {
            await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
            await page.waitForTimeout(300);
          }
        },
        'dispatchDiscreteEvent',
      );
      return;
    }
    const training = await record(cdp, () => page.waitForTimeout(WINDOW_MS));
    console.log(`\n== ${throttle}× ${view}${n === null ? '' : ` N=${n}`}: training, no input`);
    summarise(training, WINDOW_MS / 1000);
    const slider = page.getByLabel(P_SLIDER).first();
    await slider.focus();
    const box = await slider.boundingBox();
    const started = performance.now();
    const input = await record(cdp, async () => {
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
        await page.waitForTimeout(300);
      }
      if (box !== null) {
        for (let i = 0; i < 6; i++) {
          await page.mouse.click(box.x + box.width * (i % 2 === 0 ? 0.3 : 0.55), box.y + box.height / 2);
          await page.waitForTimeout(300);
        }
      }
    });
    console.log(`\n== the same, with 6 keys and 6 clicks on the p slider`);
    summarise(input, (performance.now() - started) / 1000);
    if (values.out !== undefined) await writeFile(values.out, JSON.stringify({ traceEvents: [...training, ...input] }));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
