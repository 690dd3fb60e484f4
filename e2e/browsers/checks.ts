import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from './driver';
import { FRAME_PATH } from './servers';
import { sleep, waitUntil } from './processes';

/** What the smoke suite checks in each browser; each check reports a line, and a failure does not stop the others. */

export interface Result {
  check: string;
  ok: boolean;
  detail: string;
}

export interface Target {
  app: string;
  host: string;
  /** Where screenshots go. */
  out: string;
  engine: string;
  /** Export a PNG to prove the lazily loaded parts load (the oldest engine). */
  exportPng: boolean;
}

const ERRORS = 'window.__smokeErrors || ["the smoke hook did not run"]';
const STEP = `Number((document.querySelector('[data-testid="step"]')?.textContent || '0').replace(/,/g, ''))`;
/** The page's horizontal overflow, and the panels outside the viewport, in `doc` (the page's document, or its frame's). */
const overflow = (doc: string) => `(() => {
  const doc = ${doc};
  const width = doc.documentElement.clientWidth;
  const panels = [...doc.querySelectorAll('[data-panel]')].map((p) => p.getBoundingClientRect()).filter((b) => b.left < 0 || b.right > width + 0.5);
  const wide = [...doc.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 0.5).slice(-3).map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + ':' + Math.round(e.getBoundingClientRect().right));
  const height = doc.documentElement.clientHeight;
  const below = [...doc.querySelectorAll('[data-panel]')].filter((p) => p.getBoundingClientRect().bottom > height + 0.5).length
    + [...doc.querySelectorAll('.toolbar button')].filter((b) => b.getBoundingClientRect().bottom > height + 0.5).length;
  const sidebar = doc.querySelector('.sidebar');
  const clipped = sidebar ? sidebar.scrollWidth - sidebar.clientWidth : 0;
  return { overflow: doc.documentElement.scrollWidth - width, panelsOutside: panels.length, width, wide, below, clipped };
})()`;
const PAGE = 'document';
const FRAME = "document.querySelector('iframe').contentDocument";
interface Layout {
  overflow: number;
  panelsOutside: number;
  width: number;
  wide: string[];
  /** Panels and training buttons below the fold. */
  below: number;
  /** How much of the sidebar's content is cut off at its right edge. */
  clipped: number;
}

async function screenshot(driver: Driver, target: Target, name: string): Promise<string> {
  mkdirSync(target.out, { recursive: true });
  const path = join(target.out, `${target.engine}-${name}.png`);
  writeFileSync(path, await driver.screenshot());
  return path;
}

export async function runChecks(driver: Driver, target: Target): Promise<Result[]> {
  const results: Result[] = [];
  const check = async (name: string, body: () => Promise<string>) => {
    try {
      results.push({ check: name, ok: true, detail: await body() });
    } catch (error) {
      results.push({ check: name, ok: false, detail: error instanceof Error ? error.message : String(error) });
    }
  };

  await check('boots with no script errors', async () => {
    await driver.setViewport?.(1280, 720);
    await driver.goto(`${target.app}/`);
    await waitUntil('the fit panel', () => driver.evaluate<boolean>(`!!document.querySelector('[data-panel="fit"] svg')`), 20_000);
    await waitUntil(
      'the lazily loaded lesson and export menu',
      () => driver.evaluate<boolean>(`!!document.querySelector('details.lesson') && !!document.querySelector('details.export-menu')`),
      20_000,
    );
    const errors = await driver.evaluate<string[]>(ERRORS);
    const failedParts = await driver.evaluate<string[]>(`[...document.querySelectorAll('[data-part-error]')].map((e) => e.getAttribute('data-part-error'))`);
    if (errors.length > 0 || failedParts.length > 0) throw new Error(`errors: ${JSON.stringify(errors)}; parts that failed: ${failedParts.join(', ')}`);
    return 'no errors, every lazily loaded part present';
  });

  await check('training advances', async () => {
    await waitUntil('the first steps', async () => (await driver.evaluate<number>(STEP)) > 0, 20_000);
    const a = await driver.evaluate<number>(STEP);
    await sleep(1500);
    const b = await driver.evaluate<number>(STEP);
    if (!(b > a)) throw new Error(`step ${a} then ${b}`);
    return `step ${a} → ${b} in 1.5 s`;
  });

  await check('hidden neurons carry data-dropped at p = 0.5', async () => {
    await waitUntil('a dropped neuron', () => driver.evaluate<boolean>(`document.querySelectorAll('[data-dropped="true"]').length > 0`), 10_000);
    const counts = await driver.evaluate<[number, number]>(
      `[document.querySelectorAll('[data-dropped="true"]').length, document.querySelectorAll('[data-dropped]').length]`,
    );
    return `${counts[0]} of ${counts[1]} marked dropped`;
  });

  await check("the lesson's formulas render", async () => {
    await driver.evaluate(`(() => { const d = document.querySelector('details.lesson'); if (d) d.open = true; return true; })()`);
    await waitUntil('a formula', () => driver.evaluate<boolean>(`!!document.querySelector('details.lesson math')`), 10_000);
    const boxes = await driver.evaluate<Array<{ w: number; h: number }>>(
      `[...document.querySelectorAll('details.lesson math')].map((m) => { const b = m.getBoundingClientRect(); return { w: b.width, h: b.height }; })`,
    );
    const drawn = boxes.filter((b) => b.w > 0 && b.h > 0).length;
    // A browser without MathML draws the same formulas as one line of text; a fraction is taller than a line.
    const fraction = await driver.evaluate<number>(
      `(() => { const f = document.querySelector('details.lesson mfrac'); return f ? f.getBoundingClientRect().height : -1; })()`,
    );
    if (drawn === 0 || drawn < boxes.length) throw new Error(`${drawn} of ${boxes.length} formulas have a size`);
    if (fraction !== -1 && fraction < 20) throw new Error(`a fraction is ${fraction} px tall: MathML is not laid out`);
    await driver.evaluate(`(document.querySelector('details.lesson math').scrollIntoView({ block: 'center' }), true)`);
    await screenshot(driver, target, 'lesson');
    return `${drawn} formulas drawn${fraction === -1 ? '' : `, a fraction ${Math.round(fraction)} px tall`}`;
  });

  if (target.exportPng) {
    await check('exports a PNG (the lazily loaded export menu works)', async () => {
      await screenshot(driver, target, 'main');
      await driver.evaluate(`(() => {
        const menu = document.querySelector('details.export-menu');
        menu.open = true;
        const png = [...menu.querySelectorAll('button')].find((b) => b.textContent.trim() === 'PNG');
        png.click();
        return true;
      })()`);
      await waitUntil('the PNG', () => driver.evaluate<boolean>('window.__smokeDownloads.length > 0'), 15_000);
      const [file] = await driver.evaluate<Array<{ name: string; size: number; png: boolean }>>('window.__smokeDownloads');
      if (!file.png || file.size < 1000) throw new Error(`${file.name}: ${file.size} bytes, PNG signature ${file.png}`);
      return `${file.name}, ${file.size} bytes`;
    });
  }

  for (const size of [
    { name: 'projector', width: 1280, height: 720 },
    { name: 'phone', width: 360, height: 740 },
  ]) {
    await check(`no horizontal overflow at ${size.width}×${size.height}`, async () => {
      // The window's viewport where the browser can size it, else a same-origin iframe of that size
      // (WPE headless has a fixed 800×600 viewport; a WebKitGTK window cannot be narrower than about 450 px).
      let inFrame = driver.setViewport === null;
      if (driver.setViewport) {
        try {
          await driver.setViewport(size.width, size.height);
        } catch {
          inFrame = true;
          await driver.setViewport(1280, 800).catch(() => undefined);
        }
      }
      await driver.goto(inFrame ? `${target.app}${FRAME_PATH}?w=${size.width}&h=${size.height}` : `${target.app}/`);
      const doc = inFrame ? FRAME : PAGE;
      await waitUntil('the fit panel', () => driver.evaluate<boolean>(`!!(${doc}).querySelector('[data-panel="fit"] svg')`), 20_000);
      await sleep(1500);
      const layout = await driver.evaluate<Layout>(overflow(doc));
      const shot = await screenshot(driver, target, size.name);
      const where = inFrame ? 'in an iframe' : 'in the window';
      if (layout.overflow > 0 || layout.panelsOutside > 0 || layout.clipped > 0)
        throw new Error(
          `${where}: ${layout.overflow} px too wide, ${layout.panelsOutside} panels outside, sidebar content clipped by ${layout.clipped} px; widest: ${layout.wide.join(', ')} (${shot})`,
        );
      // On a projector the three panels and the training buttons are in view without scrolling (as in e2e/layout.spec.ts).
      if (size.name === 'projector' && layout.below > 0) throw new Error(`${where}: ${layout.below} panels or training buttons below the fold (${shot})`);
      return `fits in ${layout.width} px ${where} (${shot})`;
    });
  }

  await check('inside a cross-origin iframe, the ready message arrives', async () => {
    await driver.setViewport?.(1280, 720).catch(() => undefined);
    await driver.goto(`${target.host}/`);
    await waitUntil('dropout-lab:ready', () => driver.evaluate<boolean>(`window.messages.includes('dropout-lab:ready')`), 20_000);
    await screenshot(driver, target, 'embed');
    return 'ready received by the host page';
  });

  return results;
}
