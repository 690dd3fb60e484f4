import { expect, type Page, test } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

const plotOf = (page: Page) => page.locator('[data-panel="fit"] .plot');

async function counts(page: Page): Promise<{ train: number; test: number }> {
  const plot = plotOf(page);
  return { train: Number(await plot.getAttribute('data-train-points')), test: Number(await plot.getAttribute('data-test-points')) };
}

/** An empty spot near the top left of the plotting area. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const box = await plotOf(page).boundingBox();
  if (box === null) throw new Error('no fit plot');
  return { x: box.x + box.width * 0.15, y: box.y + box.height * 0.12 };
}

/** What the fit plot painted on its canvas: "id:width" of each mark. */
const fitMarks = (page: Page) => page.locator('[data-panel="fit"] g[data-fit-marks]').first();

for (const size of [
  { width: 1280, height: 720 },
  { width: 360, height: 740 },
]) {
  test(`drawing your own data is an explicit mode that says what it does (${size.width}×${size.height})`, async ({ page }, testInfo) => {
    await page.setViewportSize(size);
    await page.goto('/');
    const plot = plotOf(page);
    await expect.poll(async () => (await counts(page)).train, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause' }).first().click();
    const generated = await counts(page);

    // Outside the mode a click on the plot changes nothing, and the plot says how to edit.
    const spot = await emptySpot(page);
    await page.mouse.click(spot.x, spot.y);
    await page.waitForTimeout(300);
    expect(await counts(page)).toEqual(generated);
    await expect(page.locator('#fit-status')).toContainText('Draw your own data');

    await page.getByRole('button', { name: 'Draw your own data' }).click();
    const note = page.getByTestId('fit-draw-note');
    await expect(note).toContainText('restarts training');
    await expect(note).toContainText('test points');
    const drawingShot = testInfo.outputPath(`drawing-${size.width}.png`);
    await page.screenshot({ path: drawingShot, fullPage: size.width < 700 });
    await testInfo.attach(`drawing-${size.width}.png`, { path: drawingShot, contentType: 'image/png' });

    // The first point makes the data the student's own: a quarter held out, the true curve kept, training from step 0.
    await plot.scrollIntoViewIfNeeded();
    const at = await emptySpot(page);
    await page.mouse.click(at.x, at.y);
    const total = generated.train + 1;
    const heldOut = Math.max(1, Math.floor(total / 4));
    await expect.poll(() => counts(page)).toEqual({ train: total - heldOut, test: heldOut });
    await expect(note).toContainText(`${heldOut} of your ${total} points`);
    await expect(page.getByTestId('step').first()).toHaveText('0');
    await expect(fitMarks(page)).toHaveAttribute('data-marks', /(^| )truth:/);
    await expect(page.locator('.fit-legend')).toContainText('true (original data)');
    await expect(page.getByRole('checkbox', { name: 'true function' })).toBeEnabled();
    await expect.poll(() => page.url()).toContain('data=custom');
    const editedShot = testInfo.outputPath(`drawn-${size.width}.png`);
    await page.screenshot({ path: editedShot, fullPage: size.width < 700 });
    await testInfo.attach(`drawn-${size.width}.png`, { path: editedShot, contentType: 'image/png' });

    // The same spot again removes the point.
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(async () => {
        const c = await counts(page);
        return c.train + c.test;
      })
      .toBe(generated.train);

    // Done: clicks stop editing.
    await page.getByRole('button', { name: 'Done drawing' }).click();
    const before = await counts(page);
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(300);
    expect(await counts(page)).toEqual(before);
  });
}

test('a link with custom points opens them with the held-out test points explained', async ({ page }) => {
  await page.goto('/');
  await expect.poll(async () => (await counts(page)).train, { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Draw your own data' }).click();
  const at = await emptySpot(page);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('fit-draw-note')).toContainText('of your');
  const drawn = await counts(page);
  // The link follows the state after a short pause.
  await expect.poll(() => page.url()).toContain('pts=');
  const link = page.url();

  const fresh = await page.context().newPage();
  await fresh.goto(link);
  await expect.poll(() => counts(fresh), { timeout: 30_000 }).toEqual(drawn);
  await expect(fresh.getByTestId('fit-draw-note')).toContainText(`${drawn.test} of your ${drawn.train + drawn.test} points`);
  // The link does not know which function the points came from: no true curve is claimed.
  await expect(fresh.getByRole('checkbox', { name: 'true function' })).toBeDisabled();
});
