import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = 'dist';
const BUDGET_KB = 150;

const gzipKb = (file: string) => gzipSync(readFileSync(join(DIST, file))).length / 1024;

/** The scripts index.html loads before the first render: its module script and module preloads. */
function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const src = /(?:src|href)="\.?\/?([^"]+\.js)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && src) found.add(src);
  }
  return [...found];
}

test(`the initial JavaScript of the build stays under ${BUDGET_KB} kB gzip`, async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = initialScripts(html);
  expect(initial.length).toBeGreaterThan(0);
  const total = initial.reduce((sum, file) => sum + gzipKb(file), 0);
  const assets = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const lazy = assets.filter((f) => !initial.includes(f));
  console.log(`initial JavaScript: ${total.toFixed(1)} kB gzip (${initial.join(', ')}); budget ${BUDGET_KB} kB`);
  for (const file of lazy) console.log(`  loaded later: ${file} ${gzipKb(file).toFixed(1)} kB gzip`);
  expect(total).toBeLessThanOrEqual(BUDGET_KB);
});
