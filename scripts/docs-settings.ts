/**
 * Writes the settings table (src/experiment/settings.ts) into docs/embed.md as
 * its table of link parameters: `npm run docs:settings`. A unit test fails when
 * the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceSettingsTable } from '../src/experiment/docs-table';

const path = new URL('../docs/embed.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = replaceSettingsTable(before);
if (after === before) console.log('docs/embed.md: the settings table is up to date.');
else {
  writeFileSync(path, after);
  console.log('docs/embed.md: the settings table was rewritten from src/experiment/settings.ts.');
}
