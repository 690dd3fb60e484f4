/** The single-key shortcuts, for presenters and keyboard users. */
import { STRINGS } from '../kit/strings';

export type ShortcutAction = 'play-pause' | 'step' | 'reset' | 'toggle-dropout' | 'toggle-compare' | 'toggle-presenter' | 'fullscreen' | 'help';

export const SHORTCUTS: ReadonlyArray<{ key: string; label: string; action: ShortcutAction; description: string }> = [
  { key: ' ', label: STRINGS.shortcuts.space, action: 'play-pause', description: STRINGS.shortcuts.descriptions['play-pause'] },
  { key: 's', label: 'S', action: 'step', description: STRINGS.shortcuts.descriptions.step },
  { key: 'r', label: 'R', action: 'reset', description: STRINGS.shortcuts.descriptions.reset },
  { key: 'd', label: 'D', action: 'toggle-dropout', description: STRINGS.shortcuts.descriptions['toggle-dropout'] },
  { key: 'c', label: 'C', action: 'toggle-compare', description: STRINGS.shortcuts.descriptions['toggle-compare'] },
  { key: 'p', label: 'P', action: 'toggle-presenter', description: STRINGS.shortcuts.descriptions['toggle-presenter'] },
  { key: 'f', label: 'F', action: 'fullscreen', description: STRINGS.shortcuts.descriptions.fullscreen },
  { key: '?', label: '?', action: 'help', description: STRINGS.shortcuts.descriptions.help },
];

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
  type?: string;
}

const TYPING_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'range', 'file']);

/** True when the key goes to a control (a text field, a slider, a list): shortcuts must not fire then. */
export function targetTakesKeys(target: TargetLike | null): boolean {
  if (target === null) return false;
  const tag = (target.tagName ?? '').toLowerCase();
  if (tag === 'textarea' || tag === 'select' || target.isContentEditable) return true;
  if (tag === 'input') return TYPING_INPUTS.has((target.type ?? 'text').toLowerCase());
  const role = target.getAttribute?.('role');
  return role === 'slider' || role === 'textbox' || role === 'application' || role === 'spinbutton';
}

/** Inputs and roles that Space activates (ticks, chooses, presses). */
const SPACE_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'image']);
const SPACE_TAGS = new Set(['button', 'summary', 'option']);
const SPACE_ROLES = new Set(['button', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'treeitem']);

/** True when the focused control itself uses Space: a button, a checkbox, a radio button, a <summary>… */
export function targetUsesSpace(target: TargetLike | null): boolean {
  if (target === null) return false;
  const tag = (target.tagName ?? '').toLowerCase();
  if (SPACE_TAGS.has(tag)) return true;
  if (tag === 'input') return SPACE_INPUTS.has((target.type ?? '').toLowerCase());
  const role = target.getAttribute?.('role');
  return role !== null && role !== undefined && SPACE_ROLES.has(role);
}

/** The action of a key press, or null when it is not a shortcut here. */
export function shortcutFor(event: KeyLike, target: TargetLike | null, enabled: boolean): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (targetTakesKeys(target)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  // A shortcut never takes a key from the control that has focus.
  if (key === ' ' && targetUsesSpace(target)) return null;
  const match = SHORTCUTS.find((s) => s.key === key);
  if (!match) return null;
  // The help list always opens, so that shortcuts can be turned back on.
  if (!enabled && match.action !== 'help') return null;
  return match.action;
}
