import { expect, type Locator, type Page, test } from '@playwright/test';

/**
 * Every part loaded after the first render sits behind its own error boundary:
 * when its chunk cannot be downloaded (a flaky network, a stale tab after a
 * redeploy), that part shows a message with Retry and the lab keeps training.
 */

interface Part {
  /** The chunk's file name in dist/assets (before the hash). */
  chunk: string;
  /** The part's name in the message (STRINGS.lazyPart.names). */
  name: string;
  /** The page to open. */
  hash: string;
  /** What makes the part load, after the page has started. */
  open?: (page: Page) => Promise<void>;
  /** Something the part shows once loaded (after Retry). */
  loaded: (page: Page) => Promise<Locator>;
}

const PARTS: Part[] = [
  { chunk: 'LessonPanel', name: 'lesson', hash: '', loaded: async (page) => page.locator('details.lesson > summary') },
  { chunk: 'ExportMenu', name: 'export menu', hash: '', loaded: async (page) => page.locator('details.export-menu > summary') },
  {
    // The tour's card is mounted with the page (closed); once loaded, the tour button opens it.
    chunk: 'Tour',
    name: 'guided tour',
    hash: '',
    loaded: async (page) => {
      // The card listens for the button once its chunk has loaded (a click before that starts nothing): click until it opens.
      const card = page.locator('.tour-card');
      await expect(async () => {
        await page.getByRole('button', { name: 'Take the tour' }).first().click();
        await expect(card).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 15_000 });
      return card;
    },
  },
  {
    chunk: 'ShareDialog',
    name: 'share dialog',
    hash: '',
    open: (page) => page.getByRole('button', { name: 'Share', exact: true }).click(),
    loaded: async (page) => page.getByRole('button', { name: /copy/i }).first(),
  },
  {
    chunk: 'SweepView',
    name: 'sweep view',
    hash: '',
    open: (page) => page.getByRole('button', { name: 'Sweeps: test loss against p and N; regularizers compared' }).click(),
    loaded: async (page) => page.getByRole('button', { name: 'Run sweep' }),
  },
  {
    chunk: 'EnsembleView',
    name: 'ensemble view',
    hash: '',
    open: (page) => page.getByRole('button', { name: 'Ensemble', exact: true }).click(),
    loaded: async (page) => page.getByTestId('ensemble-view'),
  },
  {
    chunk: 'RobustnessChart',
    name: 'robustness view',
    hash: '',
    open: (page) => page.getByRole('button', { name: 'Robustness', exact: true }).click(),
    loaded: async (page) => page.getByLabel('Remove from'),
  },
  {
    chunk: 'SweepPanel',
    name: 'sweep panel',
    hash: '#embed=1&autoplay=1&panels=fit,loss,sweep',
    loaded: async (page) => page.getByRole('button', { name: 'Run sweep' }),
  },
];

/** The step the loss panel reports (its description is updated with every frame). */
async function lossStep(page: Page): Promise<number> {
  const label = await page.locator('[data-panel="loss"] svg[aria-label]').first().getAttribute('aria-label');
  const match = /at step ([\d,]+)/.exec(label ?? '');
  return match ? Number(match[1].replace(/,/g, '')) : 0;
}

for (const part of PARTS) {
  test(`when the ${part.name} chunk fails to load, it says so with Retry and the lab still trains`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const pattern = new RegExp(`/assets/${part.chunk}-[\\w-]+\\.js$`);
    let blocked = 0;
    await page.route(pattern, (route) => {
      blocked++;
      return route.abort('failed');
    });
    await page.goto(`/${part.hash}`);
    await part.open?.(page);
    const message = page.locator(`[data-part-error="${part.name}"]`);
    await expect(message).toBeVisible({ timeout: 15_000 });
    await expect(message).toContainText('could not be loaded');
    expect(blocked).toBeGreaterThan(0);

    // The main screen is still there and training.
    await expect(page.locator('[data-panel="loss"] svg').first()).toBeVisible();
    const before = await lossStep(page);
    await expect.poll(() => lossStep(page), { timeout: 15_000 }).toBeGreaterThan(before + 50);
    expect(errors).toEqual([]);

    // Once the network is back, Retry loads the part.
    await page.unroute(pattern);
    await message.getByRole('button', { name: 'Retry' }).click();
    await expect(message).toHaveCount(0);
    await expect(await part.loaded(page)).toBeVisible({ timeout: 15_000 });
  });
}
