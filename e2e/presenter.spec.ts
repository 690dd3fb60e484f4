import { expect, type Page, test, type TestInfo } from '@playwright/test';
import { measurePanel } from './chart-text';

test.describe.configure({ timeout: 120_000 });

/** Widths of the model curves the fit plots painted on their canvas (their data-marks: "id:width" each). */
async function fitCurveWidths(page: Page): Promise<number[]> {
  const lists = await page.locator('[data-panel="fit"] g[data-fit-marks]').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-marks') ?? ''));
  return lists.flatMap((list) =>
    list
      .split(' ')
      .filter((mark) => mark.startsWith('curve-'))
      .map((mark) => Number(mark.split(':')[1])),
  );
}

async function strokeWidths(page: Page, selector: string): Promise<number[]> {
  return page
    .locator(selector)
    .evaluateAll((paths) => paths.filter((p) => (p.getAttribute('d') ?? '') !== '').map((p) => parseFloat(getComputedStyle(p).strokeWidth)));
}

/** Some hundreds of steps drawn: every axis has its ticks (an embed without the readouts: the loss lines drawn). */
/** Every chart text of each panel at least 20 px, none clipped, none overlapping (and more than `moreThan` of them). */
async function expectPresenterText(page: Page, panels: readonly string[], moreThan = 0): Promise<void> {
  for (const panel of panels) {
    const text = await measurePanel(page, panel);
    expect(text.count, panel).toBeGreaterThan(moreThan);
    expect(text.smallest, `${panel}: smallest chart text`).toBeGreaterThanOrEqual(20);
    expect(text.clipped, `${panel}: clipped`).toEqual([]);
    expect(text.overlaps, `${panel}: overlapping`).toEqual([]);
  }
}

/** A screenshot attached to the report, for a person to look at. */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function waitForTraining(page: Page): Promise<void> {
  const readout = page.getByTestId('step').first();
  if ((await page.getByTestId('step').count()) > 0) {
    const step = async () => Number(((await readout.textContent()) ?? '').replace(/,/g, ''));
    await expect.poll(step, { timeout: 60_000 }).toBeGreaterThan(300);
  } else {
    // The step axis labelled past its start (500, 1k…).
    const labelled = page.locator('[data-panel="loss"] svg text').filter({ hasText: /^(\d{3,}|[\d.]+k)$/ });
    await expect(labelled.first()).toBeVisible({ timeout: 60_000 });
  }
  await page.waitForTimeout(300);
}

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`presenter mode at ${size.width}×${size.height}: fit and loss on one screen, all chart text ≥ 20 px, curves ≥ 3 px, nothing clipped or overlapping`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(size);
    await page.goto('/#presenter=1');
    await waitForTraining(page);

    const scroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(scroll, 'the page does not scroll').toBeLessThanOrEqual(0);
    for (const panel of ['fit', 'loss']) {
      const box = await page.locator(`[data-panel="${panel}"]`).boundingBox();
      expect(box, panel).not.toBeNull();
      if (box === null) continue;
      expect(box.y + box.height, `${panel} bottom`).toBeLessThanOrEqual(size.height);
      expect(box.x + box.width, `${panel} right`).toBeLessThanOrEqual(size.width);
      // Large enough to read, not a thumbnail.
      expect(box.height, `${panel} height`).toBeGreaterThan(size.height * 0.6);
      expect(box.width, `${panel} width`).toBeGreaterThan(size.width * 0.4);
    }

    await expectPresenterText(page, ['fit', 'loss'], 8);
    const readouts = await page.locator('.readouts dt, .readouts dd').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...readouts)).toBeGreaterThanOrEqual(20);

    const fitCurves = await fitCurveWidths(page);
    expect(fitCurves.length).toBeGreaterThan(0);
    for (const width of [...fitCurves, ...(await strokeWidths(page, '.loss-series'))]) expect(width).toBeGreaterThanOrEqual(3);

    await attachScreenshot(page, testInfo, `presenter-${size.width}.png`);

    // The network takes the loss panel's place, its labels as large.
    await page.getByRole('button', { name: 'Network', exact: true }).click();
    await expect(page.locator('[data-panel="network"]')).toBeVisible();
    await expect(page.locator('[data-panel="loss"]')).toHaveCount(0);
    await expectPresenterText(page, ['network']);
    const netBox = await page.locator('[data-panel="network"]').boundingBox();
    expect(netBox && netBox.y + netBox.height <= size.height).toBe(true);
    await attachScreenshot(page, testInfo, `presenter-network-${size.width}.png`);
  });
}

test('presenter mode in compare mode at 1024×768: both runs labelled at 20 px without overlaps', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#presenter=1&compare=1');
  await waitForTraining(page);
  await expectPresenterText(page, ['fit', 'loss']);
  await attachScreenshot(page, testInfo, 'presenter-compare-1024.png');
});

test('the presenter settings drawer holds every setting and closes with Escape; leaving presenter mode restores normal text', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#presenter=1');
  await expect(page.locator('#settings')).toBeHidden();
  await page.getByRole('button', { name: 'All settings' }).click();
  await expect(page.locator('#settings')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Overfitting' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#settings')).toBeHidden();

  await page.getByRole('button', { name: 'Exit presenter mode' }).click();
  await expect(page.locator('main.app.presenter')).toHaveCount(0);
  await waitForTraining(page);
  const fit = await measurePanel(page, 'fit');
  expect(fit.smallest).toBeLessThan(20);
  expect(fit.overlaps).toEqual([]);
});

test('presenter mode in a 700×600 embed: large chart text that still fits (short axis titles where the plot is short)', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 700, height: 600 });
  await page.goto('/#embed=1&panels=fit,loss&presenter=1');
  await waitForTraining(page);
  await expectPresenterText(page, ['fit', 'loss']);
  await attachScreenshot(page, testInfo, 'presenter-embed-700.png');
});
