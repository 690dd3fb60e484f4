import { useAppState, useLab } from './context';

export function Notices() {
  const { session } = useLab();
  const notices = useAppState((s) => s.notices);
  const canUndo = useAppState((s) => s.undo !== null);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-live="polite">
      {notices.map((n) => (
        <li key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          {n.undoable && canUndo && (
            <button type="button" onClick={() => session.undo()}>
              Undo
            </button>
          )}
          <button type="button" className="dismiss" aria-label="Dismiss" onClick={() => session.dismiss(n.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
