/**
 * Deterministic screenshots of a built app, to prove that a change altered nothing visible:
 *   npx vite build && npx tsx scripts/screens.ts --out DIR [--dist DIR]
 * Serves DIR (default dist/) on a free port and saves one PNG per view in SHOTS, each trained from
 * seed 1 at a fixed pace and paused by the link's `stop` at STOP_STEP (about 2½ minutes in all).
 * The steps/s readout is masked and toasts are hidden. Compare two folders with scripts/pixel-diff.ts.
 */
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';

/** Every view is paused here by the link's `stop`. */
const STOP_STEP = 300;
/**
 * The worker records a loss point at most every 12 ms, so at full speed which steps get one depends
 * on timing. At this pace every step gets its point, and the loss curves repeat exactly.
 */
const STEPS_PER_SECOND = 10;
/** The page opens paused (autoplay=0) and is started once loaded, so that loading cannot delay steps. */
const LINK = `v=1&seed=1&speed=${STEPS_PER_SECOND}&stop=${STOP_STEP}&autoplay=0`;
const TIMEOUT_MS = 60_000;

interface Shot {
  name: string;
  width: number;
  height: number;
  hash: string;
}

const SHOTS: readonly Shot[] = [
  { name: 'main', width: 1280, height: 720, hash: LINK },
  { name: 'compare', width: 1280, height: 720, hash: `${LINK}&compare=1` },
  { name: 'presenter', width: 1024, height: 768, hash: `${LINK}&presenter=1` },
  { name: 'embed', width: 700, height: 600, hash: `${LINK}&embed=1&panels=fit,loss` },
];

/** Time-varying text, painted over by Playwright. */
const MASKED = ['[data-testid="steps-per-sec"]'];
/** Toasts fade after a timeout, so whether one still shows depends on timing: hide them. */
const HIDE_CSS = '.notices, .notices * { visibility: hidden !important; }';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** A static server for the built folder, on a free port. */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = resolve(root, `.${path}`);
      if (file !== root && !file.startsWith(root + sep)) file = root;
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) file = join(file, 'index.html');
      else if (info === null) file = join(root, 'index.html');
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle'); // the lazy chunks (lesson, export menu)
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
  });
}

/** Starts training with the play/pause shortcut (no click, so no focus ring) and waits for the pause at STOP_STEP. */
async function trainUntilPaused(page: Page): Promise<void> {
  await settle(page);
  await page.waitForTimeout(500);
  await page.keyboard.press('Space');
  // The notice the `stop` pause posts, then the frame it shows.
  await page.getByText(`Paused at step ${STOP_STEP},`).first().waitFor({ state: 'attached', timeout: TIMEOUT_MS });
  // The loss panel names the step of the frame it shows; the toolbar readout, where shown, must agree.
  await page.waitForFunction(
    (step) => {
      const label = document.querySelector('[data-panel="loss"] svg[aria-label]')?.getAttribute('aria-label') ?? '';
      const shown = /at step ([\d,]+)/.exec(label)?.[1]?.replace(/,/g, '');
      const readout = document.querySelector('[data-testid="step"]')?.textContent?.replace(/,/g, '');
      return shown === String(step) && (readout === undefined || readout === String(step));
    },
    STOP_STEP,
    { timeout: TIMEOUT_MS },
  );
  await settle(page);
}

/** Screenshots until two in a row match, so that a late repaint cannot slip into the file. */
async function stableScreenshot(page: Page, path: string): Promise<void> {
  const options = { animations: 'disabled', caret: 'hide', mask: MASKED.map((s) => page.locator(s)), style: HIDE_CSS } as const;
  let previous = await page.screenshot(options);
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.waitForTimeout(250);
    const next = await page.screenshot({ ...options, path });
    if (next.equals(previous)) return;
    previous = next;
  }
  throw new Error(`${path}: the page kept changing`);
}

const { values } = parseArgs({ options: { out: { type: 'string' }, dist: { type: 'string', default: 'dist' } } });
if (values.out === undefined) {
  console.error('usage: npx tsx scripts/screens.ts --out DIR [--dist DIR]');
  process.exit(2);
}
const outDir = resolve(values.out);
const distDir = resolve(values.dist);
await stat(join(distDir, 'index.html')); // fails clearly when the app is not built
await mkdir(outDir, { recursive: true });

const { server, origin } = await serve(distDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    ...['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    // Re-rastering only the changed part of a tile anti-aliases the dashed lines differently from run to run.
    ...['--disable-partial-raster', '--disable-gpu-rasterization', '--font-render-hinting=none'],
  ],
});
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      colorScheme: 'light',
      locale: 'en-US',
      timezoneId: 'UTC',
      bypassCSP: true, // the page's CSP would block the styles Playwright injects to hide things and stop animations
    });
    const page = await context.newPage();
    const url = `${origin}/#${shot.hash}`;
    await page.goto(url);
    await trainUntilPaused(page);
    const path = join(outDir, `${shot.name}.png`);
    await stableScreenshot(page, path);
    console.log(`${shot.name}: ${url} -> ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
