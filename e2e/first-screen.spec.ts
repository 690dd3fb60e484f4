import { expect, test, type Page } from '@playwright/test';

/**
 * The first screen tells the whole story with no click: the page opens on the
 * comparison, and soon the run without dropout has climbed past its best test
 * MSE (≥ 1.2×) while the run with dropout sits below it. The time it took is
 * reported, not asserted (the 5 s is for a quiet machine).
 */

type Point = { step: number; test: number };

async function lossTable(page: Page): Promise<Record<string, Point>> {
  const rows = await page
    .locator('[data-panel="loss"] details.chart-data tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? '')));
  return Object.fromEntries(rows.map((r) => [r[0], { step: Number(r[1].replace(/,/g, '')), test: Number(r[3]) }]));
}

test('the default page shows overfitting without dropout beside a lower test loss with it, with no click', async ({ page }) => {
  const start = Date.now();
  await page.goto('/');
  // Opening the loss panel's data table (its text alternative) is a reading aid, not a click on the lab.
  await page.locator('[data-panel="loss"] details.chart-data > summary').click();
  let story = false;
  let last: Record<string, Point> = {};
  for (let i = 0; i < 60 && !story; i++) {
    await page.waitForTimeout(500);
    last = await lossTable(page);
    const bestA = last['A (no dropout): best test'];
    const latestA = last['A (no dropout): latest'];
    const latestB = last['B (dropout): latest'];
    story = bestA !== undefined && latestA !== undefined && latestB !== undefined && latestA.test >= 1.2 * bestA.test && latestB.test < latestA.test;
  }
  test
    .info()
    .annotations.push({ type: 'first-screen', description: `story on screen after ${((Date.now() - start) / 1000).toFixed(1)} s: ${JSON.stringify(last)}` });
  expect(story, JSON.stringify(last)).toBe(true);
});
