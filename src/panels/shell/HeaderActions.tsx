import { useState } from 'react';
import { useAppState, useLab } from '../kit/context';
import { TourButton } from '../lesson/TourButton';
import { STRINGS } from '../kit/strings';
import { lazyPart } from '../kit/lazy-part';

const ShareDialog = lazyPart(
  STRINGS.lazyPart.names.share,
  () => import('../share/ShareDialog'),
  (m) => m.ShareDialog,
);

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
        {STRINGS.header.share}
      </button>
      {sharing && <ShareDialog onClose={() => setSharing(false)} />}
      {!hidePresenter && (
        <button type="button" aria-pressed={presenter} onClick={() => session.setDisplay({ presenter: !presenter })} title={STRINGS.header.presenterHint}>
          {presenter ? STRINGS.header.exitPresenter : STRINGS.header.presenter}
        </button>
      )}
      <button
        type="button"
        onClick={() => session.setDisplay({ shortcutHelp: true })}
        aria-label={STRINGS.header.shortcutsLabel}
        title={STRINGS.header.shortcutsHint}
      >
        {STRINGS.header.shortcutsButton}
      </button>
    </div>
  );
}
