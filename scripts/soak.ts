/**
 * `npm run soak -- --minutes 10`: trains the built page at full speed in Chromium
 * and reports the JS heap growth after warm-up (target under 20 MB) and the
 * frame rate over time. A report, not a test (the e2e suite runs 60 s of it).
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser-path';
import { soak } from './soak-core';

const flag = process.argv.indexOf('--minutes');
const minutes = flag >= 0 ? Number(process.argv[flag + 1]) : 10;
if (!Number.isFinite(minutes) || minutes <= 0) {
  console.error('soak: --minutes must be a positive number');
  process.exit(1);
}
const PORT = 4187;

const build = spawn('npx', ['vite', 'build'], { stdio: 'inherit' });
await new Promise((resolve) => build.on('exit', resolve));
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 2500));
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs() });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://localhost:${PORT}/`);
  const durationMs = minutes * 60_000;
  const warmupMs = Math.min(60_000, durationMs / 5);
  console.log(`soak: ${minutes} min at full speed, warm-up ${warmupMs / 1000} s, a sample every 15 s`);
  console.log('   t/s   heap/MB   fps     step');
  const result = await soak(page, durationMs, warmupMs, 15_000, (s) =>
    console.log(
      `${s.t.toFixed(0).padStart(6)} ${s.heapMb.toFixed(1).padStart(9)} ${s.fps.toFixed(1).padStart(5)} ${s.step.toLocaleString('en-US').padStart(10)}`,
    ),
  );
  console.log(`heap growth after warm-up: ${result.heapGrowthMb.toFixed(2)} MB (target < 20 MB: ${result.heapGrowthMb < 20 ? 'met' : 'MISSED'})`);
  console.log(`median frame rate after warm-up: ${result.fpsMedian.toFixed(1)} fps`);
  const last = result.samples[result.samples.length - 1];
  console.log(
    JSON.stringify({ minutes, heapGrowthMb: Number(result.heapGrowthMb.toFixed(2)), fpsMedian: Number(result.fpsMedian.toFixed(1)), steps: last?.step ?? 0 }),
  );
} finally {
  await browser.close();
  server.kill();
}
