/** Saves screenshots of the built app (served by `npm run preview`) for a look: tsx scripts/screenshot.ts [url] [out-prefix] */
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser-path';

const url = process.argv[2] ?? 'http://localhost:4173/';
const prefix = process.argv[3] ?? 'screenshots/page';
const sizes = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 360, height: 740 },
];

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs() });
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  await page.goto(url);
  await page.waitForTimeout(Number(process.env.WAIT_MS ?? 3000));
  await page.screenshot({ path: `${prefix}-${size.name}.png`, fullPage: size.name === 'phone' });
  await page.close();
}
await browser.close();
