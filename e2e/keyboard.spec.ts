import { expect, test } from '@playwright/test';

test('Space on a focused checkbox ticks it and leaves training running; on the page it pauses', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const compare = page.getByRole('checkbox', { name: 'Compare with and without dropout' });
  const before = await compare.isChecked();
  await compare.focus();
  await page.keyboard.press(' ');
  await expect(compare).toBeChecked({ checked: !before });
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await compare.evaluate((element) => (element as HTMLElement).blur());
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
