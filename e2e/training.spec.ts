import { expect, type Page, test } from '@playwright/test';

async function stepCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('step').textContent()) ?? '';
  return Number(text.replace(/,/g, ''));
}

test('the built page trains in a worker and shows its speed', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await expect.poll(() => stepCount(page), { timeout: 15_000 }).toBeGreaterThan(100);
  await expect.poll(async () => Number(((await page.getByTestId('steps-per-sec').textContent()) ?? '0').replace(/,/g, ''))).toBeGreaterThan(0);
  expect(workers.some((url) => url.includes('trainer.worker'))).toBe(true);
  await expect(page.getByTestId('test-loss')).not.toHaveText('—');
});

test('pause stops training, step runs exactly one step, reset goes back to step 0', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => stepCount(page)).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // The count settles once the last frame lands, then stays.
  await expect
    .poll(async () => {
      const a = await stepCount(page);
      await page.waitForTimeout(300);
      return (await stepCount(page)) - a;
    })
    .toBe(0);
  const paused = await stepCount(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => stepCount(page)).toBe(paused + 1);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => stepCount(page)).toBe(0);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(0);
});
