import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

const PORT = 4176;
const PREFIX = '/courses/ml-101/dropout-lab/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

let server: Server;

test.beforeAll(async () => {
  // Any static host at any sub-path: here a bare file server that knows nothing of the app.
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]);
    if (!path.startsWith(PREFIX)) {
      res.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(PREFIX.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    const file = join('dist', relative);
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(PORT, resolve));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the static build works from a sub-path and keeps working offline after it has loaded', async ({ page, context }) => {
  await page.goto(`http://localhost:${PORT}${PREFIX}`);
  const step = async () => Number(((await page.getByTestId('step').textContent()) ?? '0').replace(/,/g, ''));
  await expect.poll(step).toBeGreaterThan(50);
  await page.waitForTimeout(3500); // the lazy parts are prefetched once the page is idle
  await context.setOffline(true);
  const before = await step();
  await expect.poll(step).toBeGreaterThan(before);
  await page.getByText('Lesson: overfitting and dropout').click();
  await expect(page.getByText('Why dropout', { exact: false }).first()).toBeVisible();
  await page.getByText('Export and load').click();
  await expect(page.getByRole('button', { name: /Loss history/ })).toBeVisible();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog', { name: 'Share and embed' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Share and embed' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Take the tour' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Watch it overfit' })).toBeVisible();
  await expect(page.getByText('Guided tour · 1 of 5')).toBeVisible();
  await context.setOffline(false);
});
