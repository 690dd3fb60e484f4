import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';

async function exportSvg(page: Page, figure: string): Promise<string> {
  const menu = page.locator('details.export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `${figure}: SVG image` }).click();
  const path = await (await downloading).path();
  return readFile(path, 'utf8');
}

/** Edge segments ("M x y L x y") in the network export's bucket paths. */
function edgeCount(svg: string): number {
  const paths = svg.match(/<path[^>]*data-pair="\d+"[^>]*>/g) ?? [];
  return paths.reduce((n, path) => n + (/ d="([^"]*)"/.exec(path)?.[1].match(/M/g)?.length ?? 0), 0);
}

test('the network, drawn on a canvas on screen, exports its edges as vector paths', async ({ page }) => {
  await page.goto('/#compare=0');
  await expect.poll(async () => Number(((await page.getByTestId('step').textContent()) ?? '').replace(/,/g, ''))).toBeGreaterThan(0);
  await expect(page.locator('[data-panel="network"] canvas')).toHaveCount(1);
  // On screen the bucket paths stay empty: the canvas draws the edges.
  expect(await page.locator('[data-panel="network"] path[data-pair][d]').count()).toBe(0);
  await page.getByRole('button', { name: 'Pause' }).click();

  const svg = await exportSvg(page, 'Network');
  expect(svg).not.toMatch(/<canvas|<image|<foreignObject/);
  expect(edgeCount(svg)).toBeGreaterThan(40);
  // Neurons and labels are there too.
  expect(svg).toContain('data-neuron');
});

test('in compare mode both networks export their edges', async ({ page }) => {
  await page.goto('/#compare=1');
  await expect.poll(async () => Number(((await page.getByTestId('step').textContent()) ?? '').replace(/,/g, ''))).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  const svg = await exportSvg(page, 'Network');
  for (const run of ['A', 'B']) {
    const figure = new RegExp(`<g[^>]*data-figure="${run}"[\\s\\S]*?(?=<g[^>]*data-figure=|$)`).exec(svg)?.[0] ?? '';
    expect(edgeCount(figure)).toBeGreaterThan(20);
  }
});

test('the loss chart, whose curves and grid are on a canvas on screen, exports them as vector paths', async ({ page }) => {
  await page.goto('/#compare=1');
  await expect.poll(async () => Number(((await page.getByTestId('step').textContent()) ?? '').replace(/,/g, ''))).toBeGreaterThan(50);
  await expect(page.locator('[data-panel="loss"] canvas')).toHaveCount(1);
  expect(await page.locator('[data-panel="loss"] path[data-series][d]').count()).toBe(0);
  await page.getByRole('button', { name: 'Pause' }).click();

  const svg = await exportSvg(page, 'Loss curves');
  expect(svg).not.toMatch(/<canvas|<image|<foreignObject/);
  for (const series of ['A-train', 'A-test', 'B-train', 'B-test']) {
    const path = new RegExp(`<path[^>]*data-series="${series}"[^>]*>`).exec(svg)?.[0] ?? '';
    expect(path, series).toMatch(/ d="M[^"]*L[^"]*L/);
  }
  // The horizontal grid lines are there, and shown.
  const gridLines = svg.match(/<line[^>]*data-grid[^>]*>/g) ?? [];
  expect(gridLines.length).toBeGreaterThan(0);
  expect(gridLines.some((line) => !/visibility="hidden"/.test(line))).toBe(true);
});
