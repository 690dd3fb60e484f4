import { expect, test } from '@playwright/test';

for (const size of [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 360, height: 740 },
]) {
  test(`no horizontal overflow at ${size.width}×${size.height}, every panel shown`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/');
    await expect(page.locator('[data-panel="fit"] svg').first()).toBeVisible();
    await page.waitForTimeout(1500);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const panel of ['fit', 'network', 'loss']) {
      const box = await page.locator(`[data-panel="${panel}"]`).boundingBox();
      expect(box, panel).not.toBeNull();
      if (box === null) continue;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      // On a projector all three panels and the training buttons are visible without scrolling.
      if (size.name === 'projector') expect(box.y + box.height, panel).toBeLessThanOrEqual(size.height);
    }
    if (size.name === 'projector') {
      for (const name of ['Pause', 'Step', 'Reset']) {
        const button = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(button && button.y + button.height <= size.height, name).toBe(true);
      }
    }
    // Kept as a test artifact in test-results/ for a look.
    const path = testInfo.outputPath(`${size.name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${size.name}.png`, { path, contentType: 'image/png' });
  });
}
