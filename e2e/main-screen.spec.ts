import { expect, type Page, test } from '@playwright/test';
import { defaultSettings } from '../src/experiment/defaults';

async function readNumber(page: Page, testId: string): Promise<number> {
  return Number(((await page.getByTestId(testId).textContent()) ?? '').replace(/,/g, ''));
}

async function usePreset(page: Page, label: string): Promise<void> {
  await page.getByRole('group', { name: 'Presets' }).getByRole('button', { name: label, exact: true }).click();
}

/** Samples the hidden neurons of the network panel over several frames: [dropped, total]. */
/** Dropped and shown neurons over `samples` frames, of one run or both, in the given hidden layers (all when left out). */
async function sampleDropped(page: Page, samples: number, run?: 'A' | 'B', layers?: readonly number[]): Promise<[number, number]> {
  let dropped = 0;
  let total = 0;
  for (let i = 0; i < samples; i++) {
    const flags = await page.locator('[data-panel="network"] [data-neuron][data-dropped]').evaluateAll(
      (nodes, [wanted, only]) =>
        nodes
          .filter((n) => {
            const [layer] = (n.getAttribute('data-neuron') ?? '').split(':').map(Number);
            const last = Math.max(
              ...Array.from(document.querySelectorAll('[data-panel="network"] [data-neuron]'), (m) =>
                Number((m.getAttribute('data-neuron') ?? '0').split(':')[0]),
              ),
            );
            const hidden = layer > 0 && layer < last && (only === null || only.includes(layer));
            return hidden && (wanted === null || n.getAttribute('data-run') === wanted);
          })
          .map((n) => n.getAttribute('data-dropped') === 'true'),
      [run ?? null, layers ?? null] as const,
    );
    dropped += flags.filter(Boolean).length;
    total += flags.length;
    await page.waitForTimeout(120);
  }
  return [dropped, total];
}

test('loads with no console errors and training lowers the train loss', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/');
  await usePreset(page, 'Overfitting');
  await expect.poll(() => readNumber(page, 'step')).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => readNumber(page, 'step')).toBe(0);
  const initial = await readNumber(page, 'train-loss');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => readNumber(page, 'step'), { timeout: 20_000 }).toBeGreaterThan(2000);
  await expect.poll(() => readNumber(page, 'train-loss')).toBeLessThan(initial / 4);
  expect(errors).toEqual([]);
});

test('with p = 0.5 on hidden layer 2 about half of its neurons are dropped, none of layer 1; with p = 0 none', async ({ page }) => {
  await page.goto('/');
  await usePreset(page, 'Dropout fixes it');
  await expect(page.locator('[data-panel="network"] [data-dropped="true"]').first()).toBeVisible();
  const [droppedInFirst, shownInFirst] = await sampleDropped(page, 3, undefined, [1]);
  expect(shownInFirst).toBeGreaterThan(0);
  expect(droppedInFirst).toBe(0);
  const [dropped, total] = await sampleDropped(page, 8, undefined, [2]);
  expect(total).toBeGreaterThan(100);
  // Binomial(total, ½): the share lies within ±0.15 of ½ far beyond any plausible fluctuation.
  expect(dropped / total).toBeGreaterThan(0.35);
  expect(dropped / total).toBeLessThan(0.65);
  const first = page.locator('[data-panel="network"] [data-dropped="true"]').first();
  await expect(first).toHaveAttribute('aria-label', /dropped/);

  await usePreset(page, 'Overfitting');
  await expect.poll(async () => (await sampleDropped(page, 1))[0]).toBe(0);
  const [droppedAtZero, totalAtZero] = await sampleDropped(page, 5);
  expect(totalAtZero).toBeGreaterThan(0);
  expect(droppedAtZero).toBe(0);
});

test('compare mode draws both runs in every panel', async ({ page }) => {
  await page.goto('/');
  await usePreset(page, 'Compare');
  await expect(page.locator('[data-panel="network"] [data-run="A"]').first()).toBeVisible();
  await expect(page.locator('[data-panel="network"] [data-run="B"]').first()).toBeVisible();
  await expect(page.locator('[data-panel="fit"]').getByText('(a) no dropout')).toBeVisible();
  await expect(page.locator('[data-panel="network"]').getByText(/\(b\) After applying dropout/)).toBeVisible();
  await expect(page.locator('[data-panel="loss"]').getByText('no dropout', { exact: false }).first()).toBeVisible();
  const [droppedInA] = await sampleDropped(page, 3, 'A');
  const [droppedInB] = await sampleDropped(page, 3, 'B');
  expect(droppedInA).toBe(0);
  expect(droppedInB).toBeGreaterThan(0);
});

test('custom points can be added and removed by clicking the fit plot in drawing mode', async ({ page }) => {
  await page.goto('/');
  const plot = page.locator('[data-panel="fit"] .plot');
  const n = defaultSettings().config.n;
  await expect(plot).toHaveAttribute('data-train-points', String(n));
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Draw your own data' }).click();
  const box = await plot.boundingBox();
  if (box === null) throw new Error('no fit plot');
  // An empty spot near the top left of the plotting area.
  const spot = { x: box.x + box.width * 0.15, y: box.y + box.height * 0.12 };
  await page.mouse.click(spot.x, spot.y);
  const total = async () => Number(await plot.getAttribute('data-train-points')) + Number(await plot.getAttribute('data-test-points'));
  await expect.poll(total).toBe(n + 1);
  await page.mouse.click(spot.x, spot.y);
  await expect.poll(total).toBe(n);
});
