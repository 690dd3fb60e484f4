import { expect, type Page, test } from '@playwright/test';

async function stepCount(page: Page): Promise<number> {
  return Number(((await page.getByTestId('step').textContent()) ?? '').replace(/,/g, ''));
}

test('a worker failure is recovered: a new worker resumes from the last step, and the page says so', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => stepCount(page), { timeout: 15_000 }).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(300);
  const before = await stepCount(page);
  await page.evaluate(() => (window as unknown as { __dropoutLabTest: { crashWorker(): void } }).__dropoutLabTest.crashWorker());
  await expect(page.getByText(/restarted and your run resumed from step/)).toBeVisible();
  // Paused before the failure, still paused after it, at the same step.
  await page.waitForTimeout(300);
  expect(await stepCount(page)).toBe(before);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(before);
});
