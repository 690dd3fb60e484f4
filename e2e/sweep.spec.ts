import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** Sweeps (issues 6 and 13) in the production build: a pool of sweep workers trains every grid value and the chart fills in. */

const P_GRID = ['0', '0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8'];

async function openSweeps(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await page.getByRole('button', { name: 'Sweeps: test loss against p and N; regularizers compared' }).click();
  await expect(page.getByRole('button', { name: 'Run sweep' })).toBeVisible();
}

const status = (page: Page) => page.getByTestId('sweep-status');
const dropSlider = (page: Page) => page.getByRole('slider', { name: 'Drop probability p (hidden layer 2)' });

test('a p sweep runs to completion in sweep workers, one point per grid value; a click loads its p', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openSweeps(page, '#ssteps=200&sseeds=1');
  await expect(page.getByLabel('Steps per run')).toHaveValue('200');
  await expect(page.getByLabel('Seeds', { exact: true })).toHaveValue('1');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(status(page)).toHaveText(/^Done: 9 runs in /, { timeout: 45_000 });
  expect(workers.some((url) => url.includes('sweep.worker'))).toBe(true);

  const points = page.locator('[data-sweep-point]');
  await expect(points).toHaveCount(P_GRID.length);
  expect(await points.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-sweep-point')))).toEqual(P_GRID);
  await expect(page.getByText(/^Lowest mean test MSE at p = /)).toBeVisible();

  // The page opened with p = 0.5; a click on the p = 0.2 point loads it, Enter on a focused point too.
  await expect(dropSlider(page)).toHaveAttribute('aria-valuetext', 'p = 0.50 · keep = 0.50');
  await page.locator('[data-sweep-point="0.2"]').click();
  await expect(dropSlider(page)).toHaveAttribute('aria-valuetext', 'p = 0.20 · keep = 0.80');
  await expect(page.getByRole('status').filter({ hasText: 'Loaded p = 0.2 into the main view.' })).toBeVisible();
  await page.locator('[data-sweep-point="0.7"]').focus();
  await page.keyboard.press('Enter');
  await expect(dropSlider(page)).toHaveAttribute('aria-valuetext', 'p = 0.70 · keep = 0.30');

  // The settings stay in the link; the results table is the chart's text alternative.
  await expect.poll(() => page.url()).toContain('ssteps=200&sseeds=1');
  await page.getByText(/^Results table/).click();
  await expect(page.locator('.sweep-table tbody tr')).toHaveCount(P_GRID.length);

  const axe = await new AxeBuilder({ page }).include('.sweep-overlay').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
});

/** Makes the page see `cores` cores (navigator.hardwareConcurrency), before its scripts run. */
async function pretendCores(page: Page, cores: number): Promise<void> {
  await page.addInitScript((n) => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n, configurable: true }), cores);
}

const sweepWorkers = (page: Page) => page.workers().filter((w) => w.url().includes('sweep.worker'));

test('a running sweep beside the training main run: progress, time left, a worker per free core, cancel', async ({ page }) => {
  await pretendCores(page, 2);
  await openSweeps(page, '#ssteps=5000&sseeds=5');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(status(page)).toHaveText(/^\d+ of 45 runs · (about .+ left|estimating time left…)$/);
  // Two cores: the main run keeps one and goes on; the sweep has the other.
  await expect(page.getByTestId('sweep-workers')).toHaveText(
    'Running on 1 background worker; the main view keeps training (pause it to give the sweep every core).',
  );
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByText('Training in the main view is paused during the sweep and resumes after it.')).toHaveCount(0);
  await expect(status(page)).toHaveText(/ · about .+ left$/, { timeout: 20_000 });
  // Paused, the main run gives its core to the sweep.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByTestId('sweep-workers')).toHaveText('Running on 2 background workers.');
  await expect.poll(() => sweepWorkers(page).length).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText(/^Cancelled after \d+ of 45 runs\.$/);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run sweep' })).toBeVisible();
  // Escape closes the view; focus returns to its button.
  await page.keyboard.press('Escape');
  await expect(page.locator('.sweep-overlay')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sweeps: test loss against p and N; regularizers compared' })).toBeFocused();
});

test('on a one-core machine a sweep pauses the main run and resumes it when cancelled', async ({ page }) => {
  await pretendCores(page, 1);
  await openSweeps(page, '#ssteps=5000&sseeds=5');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(status(page)).toHaveText(/^\d+ of 45 runs( · about .+ left)?$/);
  await expect(page.getByText('Training in the main view is paused during the sweep and resumes after it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText(/^Cancelled after \d+ of 45 runs\.$/);
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
});

test('an N sweep in embed mode (panels=sweep) draws both series', async ({ page }) => {
  await page.goto('/#embed=1&panels=sweep&sweep=n&ssteps=100&sseeds=1');
  await expect(page.locator('[data-panel="sweep"]')).toBeVisible();
  await expect(page.locator('[data-panel="fit"]')).toHaveCount(0);
  await expect(page.getByLabel('Test loss against', { exact: true })).toHaveValue('n');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(status(page)).toHaveText(/^Done: 12 runs in /, { timeout: 45_000 });
  await expect(page.locator('[data-sweep-point][data-sweep-p="0"]')).toHaveCount(6);
  await expect(page.locator('[data-sweep-point][data-sweep-p="0.5"]')).toHaveCount(6);
  await expect(page.getByText(/^Dropout \(p = 0\.5\)/)).toBeVisible();
});

test('the time left is there from the start: "estimating…", then a number that moves', async ({ page }, testInfo) => {
  // Runs short enough that the estimate is in seconds (minutes are shown in half-minute steps and may not move within the test).
  await openSweeps(page, '#ssteps=1000');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  const seen: string[] = [];
  for (let i = 0; i < 60; i++) {
    const text = (await status(page).textContent()) ?? '';
    seen.push(text);
    if (/Done|Cancelled/.test(text)) break;
    await page.waitForTimeout(250);
  }
  // Never a bare run count while running: either an estimate or the word that one is coming.
  for (const text of seen.filter((t) => / of 45 runs/.test(t))) expect(text).toMatch(/ · (about [\d.]+ (s|min) left|estimating time left…)$/);
  const estimates = new Set(seen.map((t) => /about ([\d.]+ (s|min)) left/.exec(t)?.[1]).filter((v) => v !== undefined));
  expect(estimates.size, seen.join('\n')).toBeGreaterThanOrEqual(2);
  const shot = testInfo.outputPath('sweep-progress.png');
  await page.locator('.sweep-progress').screenshot({ path: shot });
  await testInfo.attach('sweep-progress.png', { path: shot, contentType: 'image/png' });
});
