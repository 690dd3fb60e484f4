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

test('DropConnect’s dropped weights are in the network export as on screen', async ({ page }) => {
  // Edge buckets are drawn in the order faded, cut (dropped weights), kept: eight each (4 strengths × 2 signs).
  const cutEdges = (svg: string) =>
    (svg.match(/<path[^>]*data-pair="\d+"[^>]*>/g) ?? [])
      .filter((path) => {
        const bucket = Number(/data-bucket="(\d+)"/.exec(path)?.[1]);
        return bucket >= 8 && bucket < 16;
      })
      .reduce((n, path) => n + (/ d="([^"]*)"/.exec(path)?.[1].match(/M/g)?.length ?? 0), 0);

  await page.goto('/#compare=0&scheme=dropconnect&p=0.5');
  const figure = page.locator('[data-panel="network"] [data-figure]');
  await expect.poll(async () => Number(await figure.getAttribute('data-edges-cut'))).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // The paused run's last frame may still be on its way: read the edges once they stay put.
  const readEdges = async () => `${await figure.getAttribute('data-edges-cut')}/${await figure.getAttribute('data-edges-drawn')}`;
  let previous = '';
  await expect.poll(async () => previous === (previous = await readEdges()), { intervals: [300] }).toBe(true);
  const onScreen = Number(previous.split('/')[0]);
  expect(cutEdges(await exportSvg(page, 'Network'))).toBe(onScreen);
});

test('Gaussian dropout’s noise factors are in the network export as on screen', async ({ page }) => {
  await page.goto('/#compare=0&scheme=gaussian&p=0.5');
  const noisy = page.locator('[data-panel="network"] [data-noise]');
  await expect.poll(() => noisy.count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // The paused run's last frame may still be on its way: read the factors once they stay put.
  const readFactors = () => noisy.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-factor')).join(' '));
  let previous = '';
  await expect.poll(async () => previous === (previous = await readFactors()), { intervals: [300] }).toBe(true);
  const factors = previous.split(' ');
  const svg = await exportSvg(page, 'Network');
  // Each noisy neuron's body (its third circle) keeps its fill by |factor|: |factor| / 2, capped at 1 (an
  // opacity equal to the parent's, 1, is not written).
  const exported = [...svg.matchAll(/<g[^>]*data-factor="([^"]+)"[^>]*>([\s\S]*?)<\/g>/g)].map(([, factor, inner]) => {
    const body = inner.match(/<circle[^>]*>/g)?.[2] ?? '';
    return { factor, opacity: Number(/fill-opacity="([\d.]+)"/.exec(body)?.[1] ?? 1) };
  });
  expect(exported.map((e) => e.factor)).toEqual(factors);
  // data-factor and the fill are each rounded to 2 decimals: within 0.0025 + 0.005 of each other.
  for (const { factor, opacity } of exported) expect(Math.abs(opacity - Math.min(1, Math.abs(Number(factor)) / 2))).toBeLessThanOrEqual(0.0076);
});

test('the fit plots, whose points and curves are on a canvas on screen, export them as vector paths', async ({ page }) => {
  await page.goto('/#compare=1&band=1&ghosts=2&n=24');
  await expect.poll(async () => Number(((await page.getByTestId('step').textContent()) ?? '').replace(/,/g, ''))).toBeGreaterThan(50);
  await expect(page.locator('[data-panel="fit"] canvas')).toHaveCount(1);
  // On screen the SVG holds no marks: the canvas paints them.
  expect(await page.locator('[data-panel="fit"] g[data-fit-marks] path').count()).toBe(0);
  await page.getByRole('button', { name: 'Pause' }).click();

  const svg = await exportSvg(page, 'Fit plot');
  expect(svg).not.toMatch(/<canvas|<image|<foreignObject/);
  const mark = (id: string) => svg.match(new RegExp(`<path[^>]*data-mark="${id}"[^>]*>`, 'g')) ?? [];
  // Both plots (side by side): each its points, its true function and its run's curve; run B's plot its band and thinned networks.
  expect(mark('train-points')).toHaveLength(2);
  expect(mark('truth')).toHaveLength(2);
  expect(mark('curve-A-0')).toHaveLength(1);
  expect(mark('curve-B-0')).toHaveLength(1);
  expect(mark('band')).toHaveLength(1);
  expect(mark('thinned-1')).toHaveLength(1);
  for (const path of [...mark('curve-A-0'), ...mark('curve-B-0')]) expect(path).toMatch(/ d="M[^"]*L[^"]*L/);
  // 24 training points (n=24): a circle (two arcs) each.
  expect((/ d="([^"]*)"/.exec(mark('train-points')[0] ?? '')?.[1].match(/a/g) ?? []).length).toBe(2 * 24);
});
