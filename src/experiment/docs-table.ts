/** The docs' table of link parameters (docs/embed.md), derived from the settings table. */
import { defaultSettings, type SettingsState } from './defaults';
import { SETTING_LIST } from './settings';
import { type AnySetting } from './setting-builders';
import { URL_SCHEMA_VERSION } from './link-versions';

const HEADER = '| Name | Meaning | Values | Default |';

function defaultText(row: AnySetting, defaults: SettingsState): string {
  if (row.defaultText !== undefined) return row.defaultText;
  const text = row.codec.encode(row.fallback(defaults));
  const shown = text === '' ? 'none' : `\`${text}\``;
  return row.always ? `${shown} (always written)` : shown;
}

/** The table, one line per setting, in reading order. */
export function settingsDocTable(): string {
  const defaults = defaultSettings();
  const lines = [
    HEADER,
    '| --- | --- | --- | --- |',
    `| \`v\` | Link version | \`${URL_SCHEMA_VERSION}\` | \`${URL_SCHEMA_VERSION}\` (always written) |`,
    ...SETTING_LIST.map((row) => `| \`${row.url}\` | ${row.meaning} | ${row.codec.values} | ${defaultText(row, defaults)} |`),
  ];
  return lines.join('\n');
}

/** The markdown with its settings table (from the header line to the first line that is not a table row) replaced by the current one. */
export function replaceSettingsTable(markdown: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(HEADER);
  if (start === -1) throw new Error(`no settings table (a line "${HEADER}") in the document`);
  let end = start;
  while (end < lines.length && lines[end].startsWith('|')) end++;
  return [...lines.slice(0, start), settingsDocTable(), ...lines.slice(end)].join('\n');
}
