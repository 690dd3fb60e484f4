import { expect, type Page, test } from '@playwright/test';

/**
 * A narrow ReLU network with nearly all units dropped in both hidden layers: one of them dies within
 * some thousands of steps. Every setting that matters is in the link, so a change of the defaults or the
 * presets does not move it.
 */
const DYING =
  '#data=sine&n=16&noise=0.25&test=200&seed=1&layers=16,16&act=relu&p=0.9&variant=inverted&opt=adam&lr=0.01&batch=0&l2=0&halflife=0&compare=0&speed=0';

async function stepCount(page: Page): Promise<number> {
  return Number(((await page.getByTestId('step').first().textContent()) ?? '').replace(/,/g, ''));
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 360, height: 740 },
]) {
  test(`a dead layer pauses the run, says why in plain words, offers Reset, and Reset recovers (${size.width}×${size.height})`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await page.goto(`/${DYING}`);
    const notice = page.locator('.notice').filter({ hasText: 'outputs 0' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(notice).toContainText('flat line');
    await expect(notice).toContainText('lower p, then press Reset');
    // Paused: the step stands still (once the last frames drawn before the pause have landed).
    await expect(page.getByRole('button', { name: 'Play', exact: true }).first()).toBeVisible();
    await expect
      .poll(async () => {
        const before = await stepCount(page);
        await page.waitForTimeout(500);
        return (await stepCount(page)) - before;
      })
      .toBe(0);
    const shot = testInfo.outputPath(`dead-layer-${size.width}.png`);
    await page.screenshot({ path: shot });
    await testInfo.attach(`dead-layer-${size.width}.png`, { path: shot, contentType: 'image/png' });

    // p back down first (the notice says a dead layer does not come back by itself): D turns dropout off in every layer.
    await page.locator('body').press('d');
    await expect(page.getByRole('slider', { name: /Drop probability p/ }).first()).toHaveAttribute('aria-valuetext', /p = 0\.00/);
    // The notice stays, with its Reset, while the student follows its advice.
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Reset' }).click();
    await expect(notice).toHaveCount(0);
    await expect.poll(() => stepCount(page)).toBe(0);
    await page.getByRole('button', { name: 'Play', exact: true }).first().click();
    await expect.poll(() => stepCount(page), { timeout: 30_000 }).toBeGreaterThan(2000);
    // Alive: no new notice, and the prediction is no flat line (the fit's data table: its prediction spans a range of y).
    await expect(page.locator('.notice').filter({ hasText: 'outputs 0' })).toHaveCount(0);
    const table = page.locator('[data-panel="fit"] details.chart-data');
    await table.locator('summary').click();
    await expect(table.locator('tbody tr')).toHaveCount(11);
    const predictions = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.lastElementChild?.textContent)));
    expect(Math.max(...predictions) - Math.min(...predictions)).toBeGreaterThan(0.3);
  });
}
