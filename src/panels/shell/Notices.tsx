import { useEffect, useState } from 'react';
import type { Notice } from '../../state/app-store';
import { useAppState, useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';

/**
 * How long a notice stays by itself. Any action of the user clears it sooner;
 * warnings and errors stay until then (they ask the user to do something).
 */
function lifetimeMs(notice: Notice): number | null {
  return notice.tone === 'info' ? 6_000 : null;
}

function NoticeItem({ notice, canUndo }: { notice: Notice; canUndo: boolean }) {
  const { session } = useLab();
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    const ms = lifetimeMs(notice);
    if (ms === null) return;
    const timer = setTimeout(() => session.dismiss(notice.id), ms);
    return () => clearTimeout(timer);
  }, [notice, session]);
  return (
    <li className={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span className={expanded ? 'notice-text expanded' : 'notice-text'} title={notice.text} onClick={() => setExpanded(!expanded)}>
        {notice.text}
      </span>
      {notice.resettable && (
        <button type="button" onClick={() => session.reset()}>
          {STRINGS.playback.reset}
        </button>
      )}
      {notice.undoable && canUndo && (
        <button type="button" onClick={() => session.undo()}>
          {STRINGS.notices.undo}
        </button>
      )}
      <button type="button" className="dismiss" aria-label={STRINGS.notices.dismiss} onClick={() => session.dismiss(notice.id)}>
        {STRINGS.notices.dismissButton}
      </button>
    </li>
  );
}

/** The live region is always in the page, so that screen readers announce notices as they arrive. */
export function Notices() {
  const notices = useAppState((s) => s.notices);
  const canUndo = useAppState((s) => s.undo !== null);
  // An embed shows notices only where its host turned them on (the host always hears them as warnings).
  const shown = useAppState((s) => s.page.notices);
  return (
    <ul className="notices" aria-live="polite">
      {notices
        .filter((n) => shown || n.protective)
        .map((n) => (
          <NoticeItem key={n.id} notice={n} canUndo={canUndo} />
        ))}
    </ul>
  );
}
