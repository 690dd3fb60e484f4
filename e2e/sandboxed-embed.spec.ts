import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * A course site that embeds with sandbox="allow-scripts" (no allow-same-origin)
 * gives the lab an opaque origin. With the host's Access-Control-Allow-Origin
 * header (docs/embed.md) the page loads, and training still runs in a worker,
 * started from a blob: URL (src/threads/worker-url.ts), not on the main thread.
 */

const DIST = resolve('dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** dist/ with Access-Control-Allow-Origin: *, as docs/embed.md asks of a host serving sandboxed frames. */
function serveApp(): Promise<Server> {
  return listen(
    createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(DIST)) {
        response.writeHead(403).end();
        return;
      }
      readFile(file).then(
        (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' }).end(body),
        () => response.writeHead(404).end('not found'),
      );
    }),
  );
}

/** A course page on another origin: the sandboxed iframe, and a log of the lab's messages. */
function serveHost(app: string): Promise<Server> {
  const page = `<!doctype html><meta charset="utf-8"><title>Course</title>
<iframe id="lab" sandbox="allow-scripts" width="900" height="600" src="${app}/#embed=1&autoplay=1&panels=fit,loss"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (event) => { if (event.source === document.getElementById('lab').contentWindow) window.messages.push(event.data); });
</script>`;
  return listen(createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)));
}

function listen(server: Server): Promise<Server> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

function originOf(server: Server): string {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  return `http://127.0.0.1:${address.port}`;
}

const servers: Server[] = [];
test.afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

interface Message {
  type: string;
  step?: number;
}

test('an embed sandboxed with allow-scripts only loads from a host that sends Access-Control-Allow-Origin, and trains in a worker', async ({ page }) => {
  const app = await serveApp();
  servers.push(app);
  const host = await serveHost(originOf(app));
  servers.push(host);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.goto(originOf(host));
  const frame = page.frameLocator('#lab');
  const messages = () => page.evaluate(() => (window as unknown as { messages: Message[] }).messages);

  await expect.poll(async () => (await messages()).some((m) => m.type === 'dropout-lab:ready'), { timeout: 20_000 }).toBe(true);
  // The frame's origin is opaque.
  expect(await page.frames()[1]?.evaluate(() => self.origin)).toBe('null');
  // Training advances…
  const lastStep = async () => Math.max(0, ...(await messages()).filter((m) => m.type === 'dropout-lab:progress').map((m) => m.step ?? 0));
  await expect.poll(lastStep, { timeout: 20_000 }).toBeGreaterThan(200);
  // …in a worker started from a blob: URL (the page would say so if it had fallen back to its main thread).
  expect(workers.some((url) => url.startsWith('blob:'))).toBe(true);
  expect(await frame.locator('.notice').allTextContents()).toEqual([]);
  await expect(frame.getByText('cannot start a background worker')).toHaveCount(0);
  expect(errors).toEqual([]);
});
