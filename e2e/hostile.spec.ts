import { expect, type Page, test } from '@playwright/test';

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`unexpected dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

const step = async (page: Page) => Number(((await page.getByTestId('step').textContent()) ?? '0').replace(/,/g, ''));

test('a garbage hash: the page comes up with defaults, says so, and trains', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#%%%&&&===&v=banana&__proto__[x]=1&constructor=2&n=&&p=%E0%A4%A&layers=,,,');
  await expect(page.getByText(/Some settings in the link could not be used/)).toBeVisible();
  await expect.poll(() => step(page)).toBeGreaterThan(50);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).x)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('absurd values are clamped, each named in the notice, and nothing is injected', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#n=1e9&lr=-1&layers=0,999&p=1&act=<script>alert(1)</script>');
  const notice = page.getByText(/Some settings in the link could not be used/);
  await expect(notice).toBeVisible();
  for (const field of ['n:', 'lr:', 'layers:', 'p:', 'act:']) await expect(notice).toContainText(field);
  await expect(page.locator('[data-panel="fit"] .plot')).toHaveAttribute('data-train-points', '500');
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await expect.poll(() => step(page)).toBeGreaterThan(5);
  await expect(page).toHaveURL(/n=500/);
  expect(errors).toEqual([]);
});

test('SGD at lr = 10 diverges: the run pauses with a clear notice, the charts survive, reset recovers', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#opt=sgd&lr=10&p=0');
  await expect(page.getByText(/diverged at step \d+/).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const frozen = await step(page);
  await page.waitForTimeout(500);
  expect(await step(page)).toBe(frozen);
  // Lower the learning rate, reset: training runs again.
  await page.getByText('Data, network and training').click();
  const lr = page.getByLabel('Learning rate', { exact: true });
  await lr.focus();
  for (let i = 0; i < 6; i++) await lr.press('ArrowLeft');
  // The notice keeps its Reset while the learning rate is lowered, as it asks.
  await page.locator('.notice').getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => step(page)).toBeGreaterThan(50);
  await expect(page.getByTestId('test-loss')).not.toHaveText('—');
  expect(errors).toEqual([]);
});
