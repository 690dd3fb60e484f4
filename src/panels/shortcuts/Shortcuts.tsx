import { useEffect, useRef } from 'react';
import { useLab } from '../kit/context';
import { DEFAULT_DROP } from '../../experiment/defaults';
import { mainPList } from '../../experiment/main-p';
import { SHORTCUTS, type ShortcutAction, shortcutFor } from './keymap';
import { STRINGS } from '../kit/strings';

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Listens for the single-key shortcuts and shows their list (the "?" overlay). */
export function Shortcuts() {
  const { app, session } = useLab();
  const lastDropout = useRef<number[]>([]);

  useEffect(() => {
    const run = (action: ShortcutAction) => {
      const s = app.getState();
      switch (action) {
        case 'play-pause':
          if (s.playing) session.pause();
          else session.play();
          return;
        case 'step':
          session.step(1);
          return;
        case 'reset':
          session.reset();
          return;
        case 'toggle-dropout': {
          const on = s.config.dropout.some((p) => p > 0);
          if (on) lastDropout.current = s.config.dropout;
          const count = s.config.dropout.length;
          const last = lastDropout.current.length === count && lastDropout.current.some((p) => p > 0) ? lastDropout.current : mainPList(count, DEFAULT_DROP);
          session.setConfig({ dropout: on ? s.config.dropout.map(() => 0) : [...last] });
          return;
        }
        case 'toggle-compare':
          session.setPlayback({ compare: !s.playback.compare });
          return;
        case 'toggle-presenter':
          session.setDisplay({ presenter: !s.display.presenter });
          return;
        case 'fullscreen':
          toggleFullscreen();
          return;
        case 'help':
          session.setDisplay({ shortcutHelp: !s.display.shortcutHelp });
          return;
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && app.getState().display.shortcutHelp) {
        session.setDisplay({ shortcutHelp: false });
        return;
      }
      const target = event.target instanceof Element ? (event.target as HTMLElement) : null;
      const action = shortcutFor(event, target, app.getState().display.shortcuts);
      if (action === null) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [app, session]);

  return null;
}

export function ShortcutHelp() {
  const { app, session } = useLab();
  const open = app((s) => s.display.shortcutHelp);
  const enabled = app((s) => s.display.shortcuts);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="shortcut-help" role="dialog" aria-modal="false" aria-labelledby="shortcut-help-title">
      <h2 id="shortcut-help-title">{STRINGS.shortcuts.title}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <th scope="row">
                <kbd>{s.label}</kbd>
              </th>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{STRINGS.shortcuts.hint}</p>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => session.setDisplay({ shortcuts: e.currentTarget.checked })} />
        {STRINGS.shortcuts.enable}
      </label>
      <button ref={closeRef} type="button" onClick={() => session.setDisplay({ shortcutHelp: false })}>
        {STRINGS.shortcuts.close}
      </button>
    </div>
  );
}
