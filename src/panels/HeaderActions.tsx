import { useAppState, useLab } from './context';

/** Presenter mode and the shortcut list, at the top right. */
export function HeaderActions() {
  const { session } = useLab();
  const presenter = useAppState((s) => s.display.presenter);
  return (
    <div className="header-actions">
      <button type="button" aria-pressed={presenter} onClick={() => session.setDisplay({ presenter: !presenter })} title="Projector colors, large type, fewer controls (P)">
        {presenter ? 'Exit presenter mode' : 'Presenter mode'}
      </button>
      <button type="button" onClick={() => session.setDisplay({ shortcutHelp: true })} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
    </div>
  );
}
