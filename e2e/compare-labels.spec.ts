import { expect, test } from '@playwright/test';
import { measurePanel } from './chart-text';

for (const view of [
  { name: 'laptop', width: 1280, height: 720, hash: '#compare=1' },
  { name: 'phone', width: 360, height: 740, hash: '#compare=1' },
  { name: 'presenter', width: 1024, height: 768, hash: '#compare=1&presenter=1' },
]) {
  test(`compare mode (${view.name}): the two "best test" labels never overlap each other, the axis titles or the ticks`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: view.width, height: view.height });
    test.setTimeout(120_000);
    await page.goto(`/${view.hash}`);
    const labels = page.locator('[data-panel="loss"] svg text').filter({ hasText: 'best test' });
    await expect(labels).toHaveCount(2);
    await expect(labels.nth(0)).toBeVisible({ timeout: 45_000 });
    await expect(labels.nth(1)).toBeVisible({ timeout: 45_000 });
    await page.locator('[data-panel="loss"]').scrollIntoViewIfNeeded();
    // The markers move as training goes on: look several times.
    for (let sample = 0; sample < 6; sample++) {
      const text = await measurePanel(page, 'loss');
      expect(text.overlaps, `sample ${sample}`).toEqual([]);
      expect(text.clipped, `sample ${sample}`).toEqual([]);
      await page.waitForTimeout(400);
    }
    const shot = testInfo.outputPath(`compare-${view.name}.png`);
    await page.locator('[data-panel="loss"]').screenshot({ path: shot });
    await testInfo.attach(`compare-${view.name}.png`, { path: shot, contentType: 'image/png' });
  });
}
