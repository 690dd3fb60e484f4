import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replaceSettingsTable, settingsDocTable } from './docs-table';
import { SETTING_LIST } from './settings';

describe("docs/embed.md's table of link parameters", () => {
  it('is the one the settings table makes (run `npm run docs:settings` after changing a row)', () => {
    const doc = readFileSync(new URL('../../docs/embed.md', import.meta.url), 'utf8');
    expect(replaceSettingsTable(doc)).toBe(doc);
  });

  it('has a line for the version and for every setting, by its URL key', () => {
    const lines = settingsDocTable().split('\n').slice(2);
    expect(lines.map((line) => line.split('|')[1].trim())).toEqual(['`v`', ...SETTING_LIST.map((s) => `\`${s.url}\``)]);
  });
});
