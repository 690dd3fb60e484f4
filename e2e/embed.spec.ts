import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

/**
 * The embed API end to end: docs/example-host.html, served from a second
 * origin, embeds the production build (baseURL, port 4173) and drives it
 * through its buttons and postMessage.
 */

const APP = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
const DOCS = resolve('docs');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.md': 'text/markdown; charset=utf-8' };

/** A static server for docs/ only, on a free port. */
function serveDocs(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(DOCS, path);
    if (!file.startsWith(DOCS)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end('not found'),
    );
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, 'localhost', () => done(server));
  });
}

function originOf(server: Server): string {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the docs server has no port');
  return `http://localhost:${address.port}`;
}

const servers: Server[] = [];
/** The host page's origin, and a second origin serving the same page. */
let HOST = '';
let OTHER = '';

test.beforeAll(async () => {
  servers.push(await serveDocs(), await serveDocs());
  [HOST, OTHER] = servers.map(originOf);
});

test.afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

type Message = Record<string, unknown> & { type: string };

/** The host page at `host`, embedding the app with the given hash. */
async function openHost(page: Page, host: string, hash: string) {
  await page.goto(`${host}/example-host.html?app=${encodeURIComponent(`${APP}/${hash}`)}`);
  return page.frameLocator('#lab');
}

async function received(page: Page): Promise<Message[]> {
  return page.locator('#log li').evaluateAll((items) => items.map((li) => JSON.parse(li.textContent ?? '{}') as Message));
}

/** Waits for a received message that satisfies `match` and returns it. */
async function waitFor(page: Page, what: string, match: (m: Message) => boolean): Promise<Message> {
  let found: Message | undefined;
  await expect
    .poll(
      async () => {
        found = (await received(page)).find(match);
        return found !== undefined;
      },
      { message: what, timeout: 20_000 },
    )
    .toBe(true);
  if (found === undefined) throw new Error(what);
  return found;
}

const ofType = (type: string) => (m: Message) => m.type === `dropout-lab:${type}`;
const runsP = (m: Message) => (Array.isArray(m.runs) ? (m.runs as Array<{ p: number[] }>).map((r) => r.p) : []);

/** The step the loss panel reports to screen readers (it is updated on every paused frame). */
async function lossStep(frame: ReturnType<Page['frameLocator']>): Promise<number | null> {
  const label = await frame.locator('[data-panel="loss"] svg[aria-label]').first().getAttribute('aria-label');
  const match = /at step ([\d,]+)/.exec(label ?? '');
  return match ? Number(match[1].replace(/,/g, '')) : null;
}

test('a host page on another origin drives the embed through the message API', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lab = await openHost(page, HOST, `#embed=1&panels=fit,loss&autoplay=0&origin=${HOST}`);

  const ready = await waitFor(page, 'ready', ofType('ready'));
  expect(ready).toMatchObject({ version: 1, appVersion: expect.any(String), lessonSteps: expect.any(Number) });
  expect(ready.params).toMatchObject({
    v: 2,
    embed: true,
    panels: ['fit', 'loss'],
    origin: HOST,
    autoplay: false,
    p: expect.any(Array),
    seed: expect.any(Number),
  });

  // The embed: no masthead, only the panels asked for.
  await expect(lab.locator('[data-panel="fit"]')).toBeVisible();
  await expect(lab.locator('h1')).toHaveCount(0);
  await expect(lab.locator('.masthead')).toHaveCount(0);
  expect(await lab.locator('[data-panel]').evaluateAll((els) => els.map((el) => el.getAttribute('data-panel')))).toEqual(['fit', 'loss']);

  // The height follows the content.
  const resize = await waitFor(page, 'resize', ofType('resize'));
  expect(resize.height).toBeGreaterThan(100);
  // The host sizes its iframe to the reported height; that settles (no resize loop).
  const latestHeight = async () =>
    (await received(page))
      .filter(ofType('resize'))
      .map((m) => Number(m.height))
      .at(-1);
  await expect
    .poll(async () => Math.abs((await page.locator('#lab').evaluate((el) => el.clientHeight)) - ((await latestHeight()) ?? 0)))
    .toBeLessThanOrEqual(1);

  // Paused after ready (autoplay=0): Step 10 ends at step 10.
  await page.getByRole('button', { name: 'Step 10' }).click();
  const stepped = await waitFor(page, 'progress at step 10', (m) => ofType('progress')(m) && m.step === 10);
  expect(stepped).toMatchObject({ running: false, diverged: false, divergedAt: null });
  expect(typeof stepped.trainLoss).toBe('number');
  expect(typeof stepped.testLoss).toBe('number');
  await expect.poll(() => lossStep(lab)).toBe(10);

  // set p=0.2: the next progress and the state show it.
  await page.getByRole('button', { name: 'Set p=0.2' }).click();
  await waitFor(page, 'progress with p 0.2', (m) => ofType('progress')(m) && runsP(m).some((p) => p.length > 0 && p.every((x) => x === 0.2)));
  await page.getByRole('button', { name: 'Get' }).click();
  const state = await waitFor(page, 'state', ofType('state'));
  expect(state.id).toMatch(/^host-\d+$/);
  expect(state).toMatchObject({ step: 10, running: false });
  expect((state.params as { p: number[] }).p.every((x) => x === 0.2)).toBe(true);

  // Play, then Pause: a paused progress follows.
  await page.getByRole('button', { name: 'Play' }).click();
  await waitFor(page, 'running progress', (m) => ofType('progress')(m) && m.running === true && Number(m.step) > 10);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await waitFor(page, 'paused progress', (m) => ofType('progress')(m) && m.running === false && Number(m.step) > 10);
  await page.getByRole('button', { name: 'Reset' }).click();
  await waitFor(page, 'progress after reset', (m) => ofType('progress')(m) && m.step === 0);
  expect(Number(paused.step)).toBeGreaterThan(10);

  // A warning when set clamps a value.
  await page.evaluate(() => {
    const frame = document.querySelector('iframe');
    frame?.contentWindow?.postMessage({ type: 'dropout-lab:command', command: 'set', params: { p: 1.5 }, id: 'clamp' }, '*');
  });
  const warning = await waitFor(page, 'warning', (m) => ofType('warning')(m) && m.id === 'clamp');
  expect(warning.fields).toEqual(['p']);

  // 500 malformed messages: the app stays up and still answers get.
  await page.evaluate(() => {
    const target = document.querySelector('iframe')?.contentWindow;
    if (!target) throw new Error('no iframe');
    const junk: unknown[] = [
      null,
      42,
      'dropout-lab:command',
      [],
      { type: 'dropout-lab:command' },
      { type: 'dropout-lab:command', command: 'explode' },
      { type: 'dropout-lab:command', command: 'step', steps: 'many' },
      { type: 'dropout-lab:command', command: 'set', params: 'p=0.9' },
      { type: 'dropout-lab:command', command: 'set', params: [1, 2] },
      { type: 'dropout-lab:nonsense' },
      { type: 'dropout-lab:command', command: 'play', id: { nested: true } },
      JSON.parse('{"type":"dropout-lab:command","command":"__proto__","__proto__":{"polluted":1}}'),
      { type: 'other-app:command', command: 'play' },
    ];
    for (let i = 0; i < 500; i++) target.postMessage(junk[i % junk.length], '*');
    target.postMessage({ type: 'dropout-lab:command', command: 'get', id: 'after-burst' }, '*');
  });
  const after = await waitFor(page, 'state after the burst', (m) => ofType('state')(m) && m.id === 'after-burst');
  expect(after).toMatchObject({ step: 0, running: false });
  expect((after.params as { p: number[] }).p.every((x) => x === 0.9)).toBe(true);
  const log = await received(page);
  expect(log.filter(ofType('error')).length).toBeGreaterThanOrEqual(300);
  expect(log.filter(ofType('resize')).length).toBeLessThan(10);
  await expect(lab.locator('[data-panel="loss"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('an embed ignores a host on another origin than its origin parameter', async ({ page }) => {
  // A host on OTHER embedding the app whose link names HOST: nothing is accepted, nothing reaches it.
  const lab = await openHost(page, OTHER, `#embed=1&panels=fit,loss&autoplay=0&origin=${HOST}`);
  await expect.poll(() => lossStep(lab), { timeout: 20_000 }).toBe(0);
  await page.getByRole('button', { name: 'Step 10' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Get' }).click();
  await page.waitForTimeout(1500);
  expect(await lossStep(lab)).toBe(0);
  expect(await received(page)).toEqual([]);

  // The same host, named in the link, is listened to (so the check above could have failed).
  const trusted = await openHost(page, OTHER, `#embed=1&panels=fit,loss&autoplay=0&origin=${OTHER}`);
  await waitFor(page, 'ready', ofType('ready'));
  await page.getByRole('button', { name: 'Step 10' }).click();
  await waitFor(page, 'progress at step 10', (m) => ofType('progress')(m) && m.step === 10);
  await expect.poll(() => lossStep(trusted)).toBe(10);
});

test('an origin parameter that is not an origin makes the embed accept nothing', async ({ page }) => {
  const lab = await openHost(page, HOST, `#embed=1&panels=fit,loss&autoplay=0&origin=${HOST.replace('http://', '')}`);
  await expect.poll(() => lossStep(lab), { timeout: 20_000 }).toBe(0);
  await page.getByRole('button', { name: 'Step 10' }).click();
  await page.getByRole('button', { name: 'Get' }).click();
  await page.waitForTimeout(1500);
  expect(await lossStep(lab)).toBe(0);
  expect(await received(page)).toEqual([]);
});

for (const width of [700, 400]) {
  test(`the documented embed (fit and loss) fits 600 px at ${width} px wide, plays by itself and links out`, async ({ page }) => {
    await page.setViewportSize({ width, height: 600 });
    await page.goto('/#embed=1&panels=fit,loss');
    await expect(page.locator('[data-panel="loss"]')).toBeVisible();
    // Autoplay: the step advances with no click.
    const step = async () =>
      /at step ([\d,]+)/.exec((await page.locator('[data-panel="loss"] svg[aria-label]').first().getAttribute('aria-label')) ?? '')?.[1] ?? '0';
    await expect.poll(async () => Number((await step()).replace(/,/g, '')), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    for (const panel of ['fit', 'loss']) {
      const box = await page.locator(`[data-panel="${panel}"]`).boundingBox();
      expect(box !== null && box.y >= 0 && box.y + box.height <= 600, panel).toBe(true);
    }
    await expect(page.getByRole('link', { name: /Open in Dropout Lab/ })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeInViewport();
  });
}
