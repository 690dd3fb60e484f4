import puppeteer from 'puppeteer-core';
import type { Driver } from './driver';

/** Firefox over WebDriver BiDi (puppeteer-core), headless. */
export async function launchFirefox(executablePath: string): Promise<Driver> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, timeout: 60_000 });
  const page = await browser.newPage();
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    setViewport: async (width, height) => {
      await page.setViewport({ width, height });
    },
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    close: () => browser.close(),
  };
}
