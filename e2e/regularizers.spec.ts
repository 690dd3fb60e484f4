import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { measurePanel } from './chart-text';

/** The fair comparison of regularizers (issue 16) at a reduced size: 2 seeds, 2 folds, 2 grid values, runs of 100 steps. */

const METHODS = ['none', 'early-stopping', 'l2', 'bernoulli', 'gaussian', 'dropconnect', 'data-4x', 'data-16x'];

/** The font size of the comparison chart's x tick labels (the numbers under the plot), px. */
async function tickTextSize(page: Page): Promise<number> {
  const tick = page
    .locator('.comparison-plot svg text')
    .filter({ hasText: /^[0-9.e−-]+$/ })
    .first();
  return tick.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

test('a small comparison shows every method’s points; a point loads that run, by click and by keyboard', async ({ page }) => {
  await page.goto('/#sweep=regularizers&ssteps=100&sseeds=2&sfolds=2&sgrid=2&autoplay=0');
  await page.getByRole('button', { name: 'Sweeps: test loss against p and N; regularizers compared' }).click();
  await expect(page.getByRole('heading', { name: 'Sweep: a fair comparison of regularizers' })).toBeVisible();
  await expect(page.getByLabel('Folds')).toHaveValue('2');
  await expect(page.getByLabel('Grid size')).toHaveValue('2');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  // 2 seeds × (2 folds × (1 + 4 × 2) tuning runs + 8 final runs).
  await expect(page.getByTestId('sweep-status')).toHaveText(/^Done: 52 runs in /, { timeout: 90_000 });

  const points = page.locator('[data-comparison-point]');
  await expect(points).toHaveCount(METHODS.length * 2);
  const shown = await points.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-comparison-point')));
  expect([...new Set(shown.map((s) => s?.split(':')[0]))]).toEqual(METHODS);
  await expect(page.getByTestId('comparison-summary')).toContainText('lowest mean test MSE');
  await expect(page.getByTestId('comparison-summary')).toContainText('paired 95% confidence interval');

  // A click on L2's first seed loads its λ and seed into the main view.
  const l2 = page.locator('[data-comparison-point="l2:0"]');
  const lambda = /λ = ([0-9.e-]+)/.exec((await l2.getAttribute('aria-label')) ?? '')?.[1];
  expect(lambda).toBeDefined();
  await l2.click();
  await expect(page.getByRole('status').filter({ hasText: /^Loaded L2 \(λ = .*\), seed 1, into the main view/ })).toBeVisible();
  await expect.poll(() => decodeURIComponent(page.url())).toMatch(/[#&]l2=/);

  // Enter on a focused Bernoulli point loads its p.
  const bernoulli = page.locator('[data-comparison-point="bernoulli:1"]');
  const p = /p = ([0-9.]+)/.exec((await bernoulli.getAttribute('aria-label')) ?? '')?.[1];
  await bernoulli.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Loaded Bernoulli dropout \(p = .*\), seed 2/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Drop probability p (hidden layer 2)' })).toHaveAttribute('aria-valuetext', new RegExp(`^p = ${p}`));

  // The table is the chart's text alternative; the CSV has a row per method and seed.
  await page.getByText(/^Results table/).click();
  await expect(page.locator('.sweep-table tbody tr')).toHaveCount(METHODS.length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.trim().split('\n')).toHaveLength(1 + METHODS.length * 2);

  // The lesson reads the result out with its numbers.
  await page.getByText('Lesson: overfitting and dropout').click();
  await expect(page.getByTestId('lesson-regularizers')).toContainText('In your comparison (N = 24, 2 seeds), the mean test MSE was');

  const axe = await new AxeBuilder({ page }).include('.sweep-overlay').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);

  // On a projector (presenter mode at 1024×768) the chart's text is as large as the other charts'; its rows grow so no labels overlap.
  const normalTick = await tickTextSize(page);
  await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('button', { name: 'All settings' }).click();
  await expect(page.locator('.comparison-plot')).toBeVisible();
  expect(await tickTextSize(page)).toBeGreaterThan(normalTick);
  const presenter = await measurePanel(page, 'sweep');
  expect(presenter.count).toBeGreaterThan(METHODS.length);
  expect(presenter.smallest).toBeGreaterThanOrEqual(20);
  expect(presenter.overlaps).toEqual([]);
  expect(presenter.clipped).toEqual([]);
});
