import { expect, test } from '@playwright/test';

test('the built page loads without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page).toHaveTitle('Dropout Lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Dropout Lab' })).toBeVisible();
  await expect(page.locator('.tagline')).toContainText('drop probability');
  expect(errors).toEqual([]);
});
