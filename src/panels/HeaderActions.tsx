import { lazy, Suspense, useState } from 'react';
import { useAppState, useLab } from './context';
import { TourButton } from './lesson/TourButton';

const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

/** The tour, sharing, presenter mode and the shortcut list, at the top right. */
export function HeaderActions() {
  const { session } = useLab();
  const presenter = useAppState((s) => s.display.presenter);
  const hidePresenter = useAppState((s) => s.page.hide.includes('presenter'));
  const [sharing, setSharing] = useState(false);
  return (
    <div className="header-actions">
      <TourButton />
      <button type="button" aria-expanded={sharing} onClick={() => setSharing(!sharing)}>
        Share
      </button>
      <Suspense fallback={null}>{sharing && <ShareDialog onClose={() => setSharing(false)} />}</Suspense>
      {!hidePresenter && (
      <button type="button" aria-pressed={presenter} onClick={() => session.setDisplay({ presenter: !presenter })} title="Projector colors, large type, fewer controls (P)">
        {presenter ? 'Exit presenter mode' : 'Presenter mode'}
      </button>
      )}
      <button type="button" onClick={() => session.setDisplay({ shortcutHelp: true })} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
    </div>
  );
}
