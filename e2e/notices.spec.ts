import { expect, type Page, test } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of every chart (SVG and canvas) inside the panels. */
async function chartBoxes(page: Page): Promise<Box[]> {
  return page.locator('[data-panel] svg, [data-panel] canvas').evaluateAll((elements) =>
    elements
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 40 && r.height > 40)
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
  );
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`one notice at a time, over no chart, gone within seconds (${size.width}×${size.height})`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await expect(page.locator('[data-panel="fit"] svg').first()).toBeVisible();
    await page.getByRole('button', { name: 'More data' }).click();
    await page.getByRole('button', { name: 'Too little capacity' }).click();
    const notices = page.locator('.notice');
    await expect(notices).toHaveCount(1);
    await expect(notices.first()).toContainText('Too little capacity');
    const box = await notices.first().boundingBox();
    expect(box).not.toBeNull();
    if (box !== null) for (const chart of await chartBoxes(page)) expect(overlaps(box, chart), JSON.stringify({ box, chart })).toBe(false);
    await expect(notices).toHaveCount(0, { timeout: 8_000 });
  });
}

test('the next action clears a notice', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'More data' }).click();
  await expect(page.locator('.notice')).toHaveCount(1);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('an embed shows no notices unless its host turns them on; a bad origin always shows', async ({ page }) => {
  await page.goto('/#embed=1&panels=fit,loss&n=99999');
  await expect(page.locator('[data-panel="fit"] svg').first()).toBeVisible();
  await expect(page.locator('.notice')).toHaveCount(0);
  await page.goto('/#embed=1&panels=fit,loss&n=99999&notices=1');
  await page.reload();
  await expect(page.locator('.notice')).toHaveCount(1);
  await page.goto('/#embed=1&panels=fit,loss&origin=not-an-origin');
  await page.reload();
  await expect(page.locator('.notice')).toContainText('origin');
});
