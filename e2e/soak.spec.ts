import { expect, test } from '@playwright/test';
import { soak } from '../scripts/soak-core';

test('a minute at full speed: the page heap grows less than 20 MB after warm-up', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const result = await soak(page, 60_000, 15_000, 5_000);
  console.log(`soak 60 s: heap growth ${result.heapGrowthMb.toFixed(2)} MB, median ${result.fpsMedian.toFixed(1)} fps, step ${result.samples.at(-1)?.step}`);
  expect(result.samples.at(-1)?.step ?? 0).toBeGreaterThan(1000);
  expect(result.heapGrowthMb).toBeLessThan(20);
});
