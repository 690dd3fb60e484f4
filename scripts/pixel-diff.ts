/**
 * Compares two folders of screenshots (from scripts/screens.ts):
 *   npx tsx scripts/pixel-diff.ts DIR_A DIR_B [--diff-out DIR]
 * Prints one JSON line per PNG found in both; exits 1 if a PNG is in only one folder, the sizes
 * differ, or more than MAX_PERCENT of a picture's pixels differ. --diff-out saves a diff image per pair.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const MAX_PERCENT = 0.1;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'diff-out': { type: 'string' } } });
if (positionals.length !== 2) {
  console.error('usage: npx tsx scripts/pixel-diff.ts DIR_A DIR_B [--diff-out DIR]');
  process.exit(2);
}
const [dirA, dirB] = positionals;
const diffOut = values['diff-out'];
if (diffOut !== undefined) mkdirSync(diffOut, { recursive: true });

const pngs = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort();
const names = [...new Set([...pngs(dirA), ...pngs(dirB)])].sort();
let failed = false;

for (const name of names) {
  const pathA = join(dirA, name);
  const pathB = join(dirB, name);
  if (!existsSync(pathA) || !existsSync(pathB)) {
    console.log(JSON.stringify({ name, error: `missing in ${existsSync(pathA) ? dirB : dirA}` }));
    failed = true;
    continue;
  }
  const a = PNG.sync.read(readFileSync(pathA));
  const b = PNG.sync.read(readFileSync(pathB));
  if (a.width !== b.width || a.height !== b.height) {
    console.log(JSON.stringify({ name, error: `size ${a.width}×${a.height} vs ${b.width}×${b.height}` }));
    failed = true;
    continue;
  }
  const diff = new PNG({ width: a.width, height: a.height });
  // threshold 0 and includeAA: every pixel whose colour changed at all counts.
  const differentPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0, includeAA: true });
  const totalPixels = a.width * a.height;
  const percent = (100 * differentPixels) / totalPixels;
  console.log(JSON.stringify({ name, differentPixels, totalPixels, percent: Number(percent.toFixed(4)) }));
  if (percent > MAX_PERCENT) failed = true;
  if (diffOut !== undefined && differentPixels > 0) writeFileSync(join(diffOut, name), PNG.sync.write(diff));
}

process.exit(failed ? 1 : 0);
