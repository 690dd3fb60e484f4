import { expect, type Page, test } from '@playwright/test';

async function stepCount(page: Page): Promise<number> {
  return Number(((await page.getByTestId('step').textContent()) ?? '').replace(/,/g, ''));
}

test('a preset starts a fresh run even when it changes only p, and offers Undo', async ({ page }) => {
  await page.goto('/#speed=300');
  await expect.poll(() => stepCount(page), { timeout: 15_000 }).toBeGreaterThan(600);
  await page.getByRole('button', { name: 'Pause' }).click();
  const before = await stepCount(page);
  // The default link already has the dropout preset's p: only a reset can give a fresh run here.
  await page.getByRole('button', { name: 'Dropout fixes it' }).click();
  await expect.poll(() => stepCount(page)).toBeLessThan(Math.min(300, before));
  await expect(page.locator('.notice')).toContainText('Dropout fixes it');
  await expect(page.locator('.notice').getByRole('button', { name: 'Undo' })).toBeVisible();
});
