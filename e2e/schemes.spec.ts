import { expect, type Locator, type Page, test } from '@playwright/test';

/**
 * The dropout scheme (issue 16) end to end: the Scheme select by keyboard,
 * the link, each scheme's marks in the network panel (read from the data
 * attributes and names the panel writes, not from pixels), the notice for
 * classic scaling with another scheme, the embed API, and bad values.
 */

const APP = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

const step = async (page: Page) => Number(((await page.getByTestId('step').textContent()) ?? '0').replace(/,/g, ''));

/** What the network panel shows of the noise now: dropped neurons (X), noisy neurons (Gaussian), cut edges (DropConnect). */
async function marks(network: Locator) {
  const figure = network.locator('[data-figure]').first();
  return {
    dropped: await network.locator('[data-dropped="true"]').count(),
    noisy: await network.locator('[data-noise]').count(),
    cut: Number((await figure.getAttribute('data-edges-cut')) ?? 0),
  };
}

/** Waits until the panel shows the marks of `scheme`, and only those. */
async function expectMarksOf(network: Locator, scheme: 'bernoulli' | 'gaussian' | 'dropconnect') {
  const only = { bernoulli: 'dropped', gaussian: 'noisy', dropconnect: 'cut' }[scheme];
  await expect
    .poll(async () => {
      const shown = await marks(network);
      return Object.entries(shown)
        .filter(([, count]) => count > 0)
        .map(([kind]) => kind)
        .join(',');
    })
    .toBe(only);
}

test('the Scheme select, by keyboard: each scheme goes into the link and the network panel shows its noise', async ({ page }) => {
  await page.goto('/#compare=0&p=0.5&seed=3');
  const network = page.locator('[data-panel="network"]');
  const select = page.getByLabel('Scheme', { exact: true });
  await expect(select).toHaveValue('bernoulli');
  await expectMarksOf(network, 'bernoulli');
  await expect(network.getByText('weight dropped')).toHaveCount(0);

  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('gaussian');
  await expect(page).toHaveURL(/[#&]scheme=gaussian(&|$)/);
  await expectMarksOf(network, 'gaussian');
  // A noisy neuron's name gives its factor, as does its data-factor.
  const noisy = network.locator('[data-noise]').first();
  await expect(noisy).toHaveAttribute('aria-label', /^hidden layer \d+, neuron \d+, output × −?\d+\.\d\d \(Gaussian noise\)$/);
  await expect(noisy).toHaveAttribute('data-factor', /^-?\d+\.\d\d$/);
  await expect(network.getByText('fill ∝ |factor|', { exact: false })).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('dropconnect');
  await expect(page).toHaveURL(/[#&]scheme=dropconnect(&|$)/);
  await expectMarksOf(network, 'dropconnect');
  await expect(network.getByText('weight dropped')).toBeVisible();

  // The test view shows no noise, whatever the scheme.
  await network.getByRole('button', { name: 'Test view' }).click();
  await expect.poll(() => marks(network)).toEqual({ dropped: 0, noisy: 0, cut: 0 });
  await network.getByRole('button', { name: 'Training view' }).click();

  await select.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue('bernoulli');
  await expect(page).not.toHaveURL(/scheme=(gaussian|dropconnect)/);
  await expectMarksOf(network, 'bernoulli');
  await expect.poll(() => step(page)).toBeGreaterThan(0);
});

test('a link with scheme=gaussian and variant=classic shows the notice, and trains with Gaussian dropout', async ({ page }) => {
  await page.goto('/#compare=0&p=0.5&scheme=gaussian&variant=classic');
  await expect(page.locator('.notice')).toContainText('classic scaling applies to Bernoulli dropout only');
  await expect(page.getByLabel('Scheme', { exact: true })).toHaveValue('gaussian');
  await expectMarksOf(page.locator('[data-panel="network"]'), 'gaussian');
});

test('a bad scheme in a link: a message names the field and the allowed values; the rest of the link is kept and the run trains', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/#compare=0&p=0.3&seed=11&scheme=Gauss%3Cb%3E');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('scheme:');
  await expect(notice).toContainText('bernoulli, gaussian, dropconnect');
  await expect(page.getByLabel('Scheme', { exact: true })).toHaveValue('bernoulli');
  await expect(page).toHaveURL(/p=0\.3/);
  await expect(page).toHaveURL(/seed=11/);
  await expect.poll(() => step(page)).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

type Message = Record<string, unknown> & { type: string };

/**
 * A blank host page framing the app (no origin in its link, so the app talks to any parent), logging what
 * the app sends; the listener is in place before the frame loads, so no early message is missed.
 */
async function embedHost(page: Page, hash: string): Promise<void> {
  await page.setContent(
    `<script>window.received = []; window.addEventListener('message', (event) => window.received.push(event.data));</script>` +
      `<iframe id="lab" width="900" height="700" src="${APP}/${hash}"></iframe>`,
  );
}

async function send(page: Page, message: Record<string, unknown>): Promise<void> {
  await page.evaluate((m) => document.querySelector('iframe')?.contentWindow?.postMessage(m, '*'), message);
}

async function waitFor(page: Page, what: string, match: (m: Message) => boolean): Promise<Message> {
  let found: Message | undefined;
  await expect
    .poll(
      async () => {
        const log = await page.evaluate(() => (window as unknown as { received: Message[] }).received);
        found = log.find(match);
        return found !== undefined;
      },
      { message: what, timeout: 20_000 },
    )
    .toBe(true);
  if (found === undefined) throw new Error(what);
  return found;
}

test('the embed API: set {scheme} changes the scheme and the panel’s marks; a bad scheme is refused by name and the run goes on', async ({ page }) => {
  await embedHost(page, '#embed=1&panels=network,loss&compare=0&p=0.5&autoplay=0');
  const lab = page.frameLocator('#lab');
  const network = lab.locator('[data-panel="network"]');
  await waitFor(page, 'ready', (m) => m.type === 'dropout-lab:ready');

  const progressAt = (n: number) => (m: Message) => m.type === 'dropout-lab:progress' && m.step === n && m.running === false;
  await send(page, { type: 'dropout-lab:command', command: 'step', steps: 5 });
  await send(page, { type: 'dropout-lab:command', command: 'set', params: { scheme: 'dropconnect' }, id: 'dc' });
  await send(page, { type: 'dropout-lab:command', command: 'step', steps: 5 });
  await waitFor(page, 'progress at step 10', progressAt(10));
  await send(page, { type: 'dropout-lab:command', command: 'get', id: 'after-dc' });
  const state = await waitFor(page, 'state after set', (m) => m.type === 'dropout-lab:state' && m.id === 'after-dc');
  expect((state.params as { scheme: string }).scheme).toBe('dropconnect');
  await expectMarksOf(network, 'dropconnect');

  // A bad value: a message naming the field and the allowed values; the scheme and the run stay.
  await send(page, { type: 'dropout-lab:command', command: 'step', steps: 7 });
  await waitFor(page, 'progress at step 17', progressAt(17));
  await send(page, { type: 'dropout-lab:command', command: 'set', params: { scheme: 'droppy' }, id: 'bad' });
  const refused = await waitFor(page, 'a reply to the bad set', (m) => m.id === 'bad' && (m.type === 'dropout-lab:warning' || m.type === 'dropout-lab:error'));
  expect(JSON.stringify(refused)).toContain('scheme');
  expect(String(refused.message)).toContain('bernoulli, gaussian, dropconnect');
  await send(page, { type: 'dropout-lab:command', command: 'get', id: 'after-bad' });
  const after = await waitFor(page, 'state after the bad set', (m) => m.type === 'dropout-lab:state' && m.id === 'after-bad');
  expect((after.params as { scheme: string }).scheme).toBe('dropconnect');
  expect(after.step).toBe(17);
  await expectMarksOf(network, 'dropconnect');
});
