import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const net = (page: Page) => page.locator('[data-panel="network"]');
const readout = (page: Page) => page.getByTestId('knockout-readout');

/** Opens a link and waits until the run has paused at its stop step (numbers then hold still). */
async function openPaused(page: Page, hash: string): Promise<void> {
  await page.goto(`/#v=2&seed=1&stop=120${hash}`);
  await expect(page.getByRole('button', { name: 'Play', exact: true }).first()).toBeVisible({ timeout: 30_000 });
}

/** The "full → knocked out" test MSE pairs of the readout, one per run. */
async function readoutPairs(page: Page): Promise<[number, number][]> {
  const text = (await readout(page).textContent()) ?? '';
  return [...text.matchAll(/(\d+\.\d+) → (\d+\.\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

test('a neuron knocked out by keyboard changes the fit and the readout of both runs, and goes in the link', async ({ page }) => {
  await openPaused(page, '');
  // Knock-outs are a test-time change: their tools are in the test view.
  await expect(page.getByRole('button', { name: 'Knock out neurons' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Test view' }).click();
  await page.getByRole('button', { name: 'Knock out neurons' }).click();
  const neuronB = net(page).locator('[data-figure="B"] [data-neuron="1:0"]');
  await neuronB.focus();
  await page.keyboard.press('Enter');
  // Compare mode: the same neuron is knocked out in both networks, marked and named so.
  for (const run of ['A', 'B']) {
    const neuron = net(page).locator(`[data-figure="${run}"] [data-neuron="1:0"]`);
    await expect(neuron).toHaveAttribute('data-knocked', 'true');
    await expect(neuron).toHaveAttribute('aria-label', /knocked out/);
    await expect(net(page).locator(`[data-figure="${run}"] [data-neuron="1:1"]`)).toHaveAttribute('data-knocked', 'false');
  }
  // The focused neuron's tooltip says so too.
  await expect(net(page).getByRole('tooltip')).toContainText('knocked out');
  const curves = page.locator('[data-panel="fit"] .fit-knockout-curve');
  await expect(curves).toHaveCount(2);
  for (const curve of await curves.all()) await expect(curve).toHaveAttribute('d', /^M/);
  await expect(readout(page)).toContainText('1 neuron knocked out');
  await expect.poll(async () => (await readoutPairs(page)).length).toBe(2);
  // Removing a neuron changes each run's test MSE.
  for (const [full, knocked] of await readoutPairs(page)) expect(knocked).not.toBe(full);
  await expect.poll(() => decodeURIComponent(page.url())).toContain('knockout=1:0');

  // Enter again brings it back: no dashed curves, no readout, no key in the link.
  await neuronB.focus();
  await page.keyboard.press('Enter');
  await expect(net(page).locator('[data-figure="A"] [data-neuron="1:0"]')).toHaveAttribute('data-knocked', 'false');
  await expect(readout(page)).toHaveCount(0);
  await expect(curves).toHaveCount(0);
  await expect.poll(() => page.url()).not.toContain('knockout=');
});

test('a link with a knock-out list restores it; neurons behind "+N more" are reachable by number; Clear removes all', async ({ page }) => {
  await openPaused(page, '&knockout=1:3,2:10');
  await expect(net(page).locator('[data-figure="B"] [data-neuron="1:3"]')).toHaveAttribute('data-knocked', 'true');
  await expect(readout(page)).toContainText('2 neurons knocked out');
  await page.getByRole('button', { name: 'Test view' }).click();
  await net(page).getByText('2 neurons knocked out').click();
  await expect(net(page).getByRole('button', { name: 'Bring back layer 2, neuron 11' })).toBeVisible();

  // Neuron 60 of layer 2 is not drawn (64 neurons, "+N more"): pick it by number.
  await expect(net(page).locator('[data-figure="B"] [data-neuron="2:59"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Knock out neurons' }).click();
  const picker = page.getByRole('group', { name: 'Pick a neuron by number' });
  await picker.getByLabel('Layer').selectOption('2');
  await picker.getByLabel('Neuron').fill('60');
  await picker.getByRole('button', { name: 'Knock out' }).click();
  await expect(readout(page)).toContainText('3 neurons knocked out');
  await expect.poll(() => decodeURIComponent(page.url())).toContain('knockout=1:3,2:10,2:59');
  // Out of range: a message naming the allowed range, nothing knocked out.
  await picker.getByLabel('Neuron').fill('65');
  await expect(picker.getByRole('alert')).toContainText('from 1 to 64');

  await page.getByRole('button', { name: 'Clear knock-outs' }).click();
  await expect(readout(page)).toHaveCount(0);
  await expect.poll(() => page.url()).not.toContain('knockout=');
});

test('a knock-out the network does not have is dropped with a notice naming the field and its range', async ({ page }) => {
  await page.goto('/#v=2&seed=1&knockout=1:2,3:1');
  await expect(page.getByText(/knockout: .*layer 3 is outside 1–2/)).toBeVisible();
  await expect(net(page).locator('[data-figure="B"] [data-neuron="1:2"]')).toHaveAttribute('data-knocked', 'true');
});

test('the robustness curve draws for both runs in compare mode, with each run’s co-adaptation number', async ({ page }) => {
  await openPaused(page, '');
  await page.getByRole('button', { name: 'Robustness', exact: true }).click();
  const chart = page.getByTestId('robustness');
  for (const run of ['A', 'B']) {
    await expect(chart.locator(`.nn-robustness-run[data-run="${run}"] .nn-robustness-mean`)).toHaveAttribute('d', /^M[^L]*(L[^L]*){9}$/, { timeout: 30_000 });
    await expect(chart.getByTestId(`coadaptation-${run}`)).toContainText(/by layer: 1: .*, 2: /);
  }
  await expect(chart).toContainText('measured at step 120');
  await chart.getByLabel('Remove from').selectOption('2');
  await expect(chart).toContainText('fraction of hidden layer 2’s neurons removed', { timeout: 30_000 });
  // The numbers as a table too.
  await chart.getByText('Data table').click();
  await expect(chart.getByRole('table')).toContainText('fraction removed');
  // The lesson quotes the same measurement.
  await page.getByText('Lesson: overfitting and dropout').click();
  await expect(page.getByTestId('lesson-coadaptation')).toContainText('Measured at step 120');
});

test('axe finds no WCAG 2.1 A/AA violation in knock-out mode and in the robustness view', async ({ page }) => {
  const violations = async () =>
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .include('[data-panel="network"]')
        .include('[data-panel="fit"]')
        .analyze()
    ).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(' ')})`);
  await openPaused(page, '&knockout=1:3,2:10');
  await page.getByRole('button', { name: 'Test view' }).click();
  await page.getByRole('button', { name: 'Knock out neurons' }).click();
  await net(page).getByText('2 neurons knocked out').click();
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: 'Robustness', exact: true }).click();
  await expect(page.getByTestId('robustness').locator('.nn-robustness-mean')).toHaveCount(2, { timeout: 30_000 });
  await page.getByTestId('robustness').getByText('Data table').click();
  expect(await violations()).toEqual([]);
});
