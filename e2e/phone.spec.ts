import { expect, test } from '@playwright/test';

test('on a phone the drop probability stays in view beside the fit, and it works', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const fit = page.locator('[data-panel="fit"] svg').first();
  await fit.scrollIntoViewIfNeeded();
  const slider = page.locator('.phone-bar input[type="range"]');
  await expect(slider).toBeInViewport();
  await expect(fit).toBeInViewport({ ratio: 0.5 });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.phone-bar')).toContainText('p = 0.00');
});

test('on a wide screen the phone bar is not shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.locator('[data-panel="fit"]')).toBeVisible();
  await expect(page.locator('.phone-bar')).toBeHidden();
});
