import { expect, type Page, test } from '@playwright/test';

const step = async (page: Page) => Number(((await page.getByTestId('step').textContent()) ?? '0').replace(/,/g, ''));

test('where no Worker can be created, the same trainer runs on the page and the page says so', async ({ page }) => {
  await page.addInitScript(() => {
    // As in some sandboxed iframes: constructing a Worker throws.
    Object.defineProperty(window, 'Worker', {
      value: function Unavailable() {
        throw new Error('Workers are not allowed here');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByText(/cannot start a background worker/)).toBeVisible();
  await expect.poll(() => step(page)).toBeGreaterThan(50);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForTimeout(300);
  const paused = await step(page);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => step(page)).toBe(paused + 1);
});

test('training rests while the tab is hidden and resumes when it is back', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => step(page)).toBeGreaterThan(50);
  const setHidden = (hidden: boolean) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'visibilityState', { value: h ? 'hidden' : 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await page.waitForTimeout(500);
  const resting = await step(page);
  await page.waitForTimeout(800);
  expect(await step(page)).toBe(resting);
  // The user's choice to play is kept: back in view, it trains on.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await setHidden(false);
  await expect.poll(() => step(page)).toBeGreaterThan(resting);
});
