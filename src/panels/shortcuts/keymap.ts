/** The single-key shortcuts, for presenters and keyboard users. */
export type ShortcutAction = 'play-pause' | 'step' | 'reset' | 'toggle-dropout' | 'toggle-compare' | 'toggle-presenter' | 'fullscreen' | 'help';

export const SHORTCUTS: ReadonlyArray<{ key: string; label: string; action: ShortcutAction; description: string }> = [
  { key: ' ', label: 'Space', action: 'play-pause', description: 'Play or pause' },
  { key: 's', label: 'S', action: 'step', description: 'Pause and run one step' },
  { key: 'r', label: 'R', action: 'reset', description: 'Reset to step 0 (same data and weights)' },
  { key: 'd', label: 'D', action: 'toggle-dropout', description: 'Turn dropout on or off' },
  { key: 'c', label: 'C', action: 'toggle-compare', description: 'Compare with and without dropout' },
  { key: 'p', label: 'P', action: 'toggle-presenter', description: 'Presenter mode' },
  { key: 'f', label: 'F', action: 'fullscreen', description: 'Full screen' },
  { key: '?', label: '?', action: 'help', description: 'Show or hide this list' },
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

/** The action of a key press, or null when it is not a shortcut here. */
export function shortcutFor(event: KeyLike, target: TargetLike | null, enabled: boolean): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (targetTakesKeys(target)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const match = SHORTCUTS.find((s) => s.key === key);
  if (!match) return null;
  // The help list always opens, so that shortcuts can be turned back on.
  if (!enabled && match.action !== 'help') return null;
  return match.action;
}
