import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

async function stepCount(page: Page): Promise<number> {
  return Number(((await page.getByTestId('step').textContent()) ?? '').replace(/,/g, ''));
}

test('on the small preset the ensemble view draws the three curves and the k plot, and k changes the MC readout', async ({ page }) => {
  await page.goto('/#speed=300');
  await page.getByRole('button', { name: 'Small ensemble' }).click();
  await expect.poll(() => stepCount(page), { timeout: 15_000 }).toBeGreaterThan(300);
  await page.getByRole('button', { name: 'Pause' }).click();

  await page.getByRole('button', { name: 'Ensemble', exact: true }).click();
  const view = page.getByTestId('ensemble-view');
  await expect(view.getByTestId('ensemble-test-mse')).toContainText('exact', { timeout: 15_000 });
  // The answer is about the paused run's weights.
  await expect(view).toHaveAttribute('data-step', String(await stepCount(page)));

  const curves = view.getByTestId('ensemble-curves');
  for (const curve of ['scaling', 'mc', 'exact']) {
    await expect(curves.locator(`path[data-curve="${curve}"]`)).toHaveAttribute('d', /^M.{200,}/);
  }
  const kPlot = view.getByTestId('ensemble-k-plot');
  await expect(kPlot.locator('path[data-line="mc"]')).toHaveAttribute('d', /^M/);
  await expect(kPlot.locator('line[data-line="scaling"]')).toHaveCount(1);
  await expect(kPlot.locator('line[data-line="exact"]')).toHaveCount(1);
  await expect(view.getByTestId('ensemble-meeting')).toContainText(/k ≈ \d|never/);

  const readout = view.getByTestId('ensemble-mc-mse');
  const mcPath = curves.locator('path[data-curve="mc"]');
  const before = { text: await readout.textContent(), d: await mcPath.getAttribute('d') };
  const slider = view.getByRole('slider', { name: /thinned networks averaged/ });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(view.getByTestId('ensemble-k')).toHaveText('k = 1');
  await expect(readout).toContainText('MC (k = 1)');
  expect(await readout.textContent()).not.toBe(before.text);
  expect(await mcPath.getAttribute('d')).not.toBe(before.d);

  // The text alternatives: the predictions at eleven x values, and the k plot's thirteen k.
  // Each toggle says which table it opens (two toggles named alike would be ambiguous to a screen reader).
  const summaries = view.locator('details.chart-data > summary');
  await expect(summaries).toHaveText(['Data table: the three curves', 'Data table: test MSE against k']);
  for (const summary of await summaries.all()) await summary.click();
  const tables = view.locator('details.chart-data table');
  await expect(tables.nth(0).locator('tbody tr')).toHaveCount(11);
  await expect(tables.nth(1).locator('tbody tr')).toHaveCount(13);

  const axe = await new AxeBuilder({ page }).include('[data-testid="ensemble-view"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);

  // Back to the fit, as it was.
  await page.getByRole('button', { name: 'Ensemble', exact: true }).click();
  await expect(view).toHaveCount(0);
  await expect(page.locator('.fit-plot')).toBeVisible();
});

test('a link opens the ensemble view and the robustness view with its layer, and switching view writes the link', async ({ page }) => {
  // Both views load lazily: the link must still open them.
  await page.goto('/#v=2&seed=1&speed=300&ensemble=1&robustness=1&rlayer=2');
  const ensembleButton = page.getByRole('button', { name: 'Ensemble', exact: true });
  const robustnessButton = page.getByRole('button', { name: 'Robustness', exact: true });
  await expect(page.getByTestId('ensemble-view')).toBeVisible();
  await expect(ensembleButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.fit-plot')).toBeHidden();
  const robustness = page.getByTestId('robustness');
  await expect(robustness).toBeVisible();
  await expect(robustnessButton).toHaveAttribute('aria-pressed', 'true');
  await expect(robustness.getByLabel('Remove from')).toHaveValue('2');
  // The run trains meanwhile.
  await expect.poll(() => stepCount(page), { timeout: 15_000 }).toBeGreaterThan(0);

  const hash = () => page.evaluate(() => window.location.hash);
  await ensembleButton.click();
  await expect(page.getByTestId('ensemble-view')).toHaveCount(0);
  await expect(page.locator('.fit-plot')).toBeVisible();
  await expect.poll(hash).not.toContain('ensemble=');
  await page.getByRole('button', { name: 'Training view' }).click();
  await expect(robustness).toHaveCount(0);
  await expect.poll(hash).not.toContain('robustness=');

  await robustnessButton.click();
  await page.getByTestId('robustness').getByLabel('Remove from').selectOption('1');
  await ensembleButton.click();
  await expect.poll(hash).toMatch(/&ensemble=1&robustness=1&rlayer=1(&|$)/);

  // The written link opens the same views.
  await page.goto(`/${await hash()}`);
  await page.reload();
  await expect(page.getByTestId('ensemble-view')).toBeVisible();
  await expect(page.getByTestId('robustness').getByLabel('Remove from')).toHaveValue('1');
});

test('a link with bad view values drops them with a notice naming each field, keeps the rest and trains', async ({ page }) => {
  await page.goto('/#v=2&seed=1&speed=300&n=40&ensemble=2&robustness=1&rlayer=7');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('ensemble: 2 is not 0 or 1; using the default 0.');
  await expect(notice).toContainText('rlayer: 7 is not 0 (every hidden layer) or a hidden layer 1–2; using the default 0.');
  await expect(page.getByTestId('ensemble-view')).toHaveCount(0);
  await expect(page.getByTestId('robustness').getByLabel('Remove from')).toHaveValue('0');
  await expect.poll(() => stepCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('n=40');
});
