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

test('the built page carries a Content-Security-Policy and breaks none of it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  await expect.poll(async () => Number(((await page.getByTestId('step').textContent()) ?? '0').replace(/,/g, ''))).toBeGreaterThan(50);
  expect(violations).toEqual([]);
});
