/**
 * `npm run bench:tti`: time to interactive of the built app on the preview
 * server — from navigation start until the controls are rendered and the first
 * training frame is drawn — the median of several cold loads. A report, not a test.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/browser-path';
import { median } from './timing';

const PORT = 4188;
const LOADS = 9;

const build = spawn('npx', ['vite', 'build'], { stdio: 'ignore' });
await new Promise((resolve) => build.on('exit', resolve));
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 2500));
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs() });
try {
  const times: number[] = [];
  const paints: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/`);
    await page.waitForFunction(() => {
      const step = Number((document.querySelector('[data-testid="step"]')?.textContent ?? '0').replace(/,/g, ''));
      const button = document.querySelector('button.primary');
      return step > 0 && button !== null && document.querySelector('[data-panel="fit"] svg path') !== null;
    });
    const [interactive, firstPaint] = await page.evaluate(() => [
      performance.now(),
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    ]);
    times.push(interactive);
    paints.push(firstPaint);
    await context.close();
  }
  const tti = median(times);
  console.log(`loads: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`first contentful paint, median: ${median(paints).toFixed(0)} ms`);
  console.log(
    `time to interactive (controls + first training frame drawn), median of ${LOADS}: ${tti.toFixed(0)} ms (target < 1000 ms: ${tti < 1000 ? 'met' : 'MISSED'})`,
  );
  console.log(JSON.stringify({ ttiMedianMs: Math.round(tti), fcpMedianMs: Math.round(median(paints)), loads: LOADS }));
} finally {
  await browser.close();
  server.kill();
}
