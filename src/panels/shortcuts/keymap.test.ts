import { describe, expect, it } from 'vitest';
import { shortcutFor } from './keymap';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const element = (tagName: string, extra: Partial<{ type: string; role: string; isContentEditable: boolean }> = {}) => ({
  tagName,
  type: extra.type,
  isContentEditable: extra.isContentEditable ?? false,
  getAttribute: (name: string) => (name === 'role' ? (extra.role ?? null) : null),
});

describe('shortcuts', () => {
  it('maps the documented keys, case-insensitively', () => {
    expect(shortcutFor(key(' '), element('body'), true)).toBe('play-pause');
    expect(shortcutFor(key('S'), element('body'), true)).toBe('step');
    expect(shortcutFor(key('r'), element('button'), true)).toBe('reset');
    expect(shortcutFor(key('d'), null, true)).toBe('toggle-dropout');
    expect(shortcutFor(key('c'), null, true)).toBe('toggle-compare');
    expect(shortcutFor(key('?'), null, true)).toBe('help');
    expect(shortcutFor(key('x'), null, true)).toBeNull();
  });

  it('never fires while a text field, slider, list or editable plot has focus, or with modifiers', () => {
    expect(shortcutFor(key('s'), element('input', { type: 'text' }), true)).toBeNull();
    expect(shortcutFor(key(' '), element('input', { type: 'range' }), true)).toBeNull();
    expect(shortcutFor(key('r'), element('select'), true)).toBeNull();
    expect(shortcutFor(key('r'), element('textarea'), true)).toBeNull();
    expect(shortcutFor(key('d'), element('div', { role: 'application' }), true)).toBeNull();
    expect(shortcutFor(key('c'), element('div', { isContentEditable: true }), true)).toBeNull();
    expect(shortcutFor(key('r', { ctrlKey: true }), null, true)).toBeNull();
    expect(shortcutFor(key('f', { metaKey: true }), null, true)).toBeNull();
  });

  it('leaves Space to the focused control that uses it: a button, checkbox, radio button, summary or ARIA switch', () => {
    expect(shortcutFor(key(' '), element('button'), true)).toBeNull();
    expect(shortcutFor(key(' '), element('input', { type: 'checkbox' }), true)).toBeNull();
    expect(shortcutFor(key(' '), element('input', { type: 'radio' }), true)).toBeNull();
    expect(shortcutFor(key(' '), element('summary'), true)).toBeNull();
    expect(shortcutFor(key(' '), element('div', { role: 'switch' }), true)).toBeNull();
    // Other keys still work there, and Space works on plain elements.
    expect(shortcutFor(key('s'), element('input', { type: 'checkbox' }), true)).toBe('step');
    expect(shortcutFor(key(' '), element('div'), true)).toBe('play-pause');
  });

  it('can be turned off, except the help list that turns them back on', () => {
    expect(shortcutFor(key('s'), null, false)).toBeNull();
    expect(shortcutFor(key('?'), null, false)).toBe('help');
  });
});
