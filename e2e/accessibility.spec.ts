import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(' ')})`);
}

for (const mode of [
  { name: 'normal', hash: '' },
  { name: 'presenter', hash: '#presenter=1' },
  { name: 'embed', hash: '#embed=1&panels=fit,network,loss,controls,lesson' },
  { name: 'compare', hash: '#compare=1&band=1&ghosts=3' },
]) {
  test(`axe finds no WCAG 2.1 A/AA violation in ${mode.name} mode`, async ({ page }) => {
    await page.goto(`/${mode.hash}`);
    await expect(page.locator('[data-panel="fit"] svg').first()).toBeVisible();
    await page.waitForTimeout(1500);
    // Open the collapsed groups so that their contents are checked too.
    for (const summary of await page.locator('details > summary').all()) if (await summary.isVisible()) await summary.click();
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
  });
}

test('everything works by keyboard: shortcuts, and they stay out of text fields', async ({ page }) => {
  await page.goto('/');
  const step = async () => Number(((await page.getByTestId('step').textContent()) ?? '0').replace(/,/g, ''));
  await expect.poll(step).toBeGreaterThan(10);
  await page.locator('body').press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.waitForTimeout(300);
  const paused = await step();
  await page.locator('body').press('s');
  await expect.poll(step).toBe(paused + 1);
  await page.locator('body').press('r');
  await expect.poll(step).toBe(0);
  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  // Typing an "r" into the seed field must not reset anything.
  await page.getByText('Data, network and training').click();
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(step).toBe(1);
  const seed = page.getByLabel('Seed');
  await seed.focus();
  await page.keyboard.press('r');
  await expect(seed).toHaveValue(/r/);
  expect(await step()).toBe(1);
  // The presenter toggle by key.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.locator('main.app.presenter')).toBeVisible();
});
