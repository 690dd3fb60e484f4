import { useEffect, useId, useRef, useState } from 'react';
import type { Sweep } from '../../state/sweep-store';
import { useLab } from '../kit/context';
import './launcher.css';
import { useCoverRect } from './use-cover-rect';
import { STRINGS } from '../kit/strings';
import { lazyPart } from '../kit/lazy-part';

// The view (chart, table, its styles) loads when first opened.
const SweepView = lazyPart(
  STRINGS.lazyPart.names.sweepView,
  () => import('./SweepView'),
  (m) => m.SweepView,
);

function Launcher({ sweep }: { sweep: Sweep }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const id = useId();
  const status = sweep.store((s) => s.status);
  const done = sweep.store((s) => s.done);
  const total = sweep.store((s) => s.total);
  // On a wide screen the view covers the three panels only: the training bar and the settings stay in view.
  const cover = useCoverRect('.workspace > .panels', open);
  // Focus moves into the view when it opens (to the dialog itself: its content may still be loading).
  useEffect(() => {
    if (open) dialog.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="sweep-launcher">
      <button ref={button} type="button" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => (open ? close() : setOpen(true))}>
        {STRINGS.sweep.launcher}
        <span aria-hidden="true">{STRINGS.sweep.launcherMark}</span>
      </button>
      {status === 'running' && !open && <span className="hint"> {STRINGS.sweep.launcherRunning(done, total)}</span>}
      {open && (
        <div
          ref={dialog}
          id={id}
          className="sweep-overlay"
          style={cover}
          tabIndex={-1}
          role="dialog"
          aria-modal="false"
          aria-labelledby="sweep-title"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <SweepView sweep={sweep} onClose={close} />
        </div>
      )}
    </div>
  );
}

/** A button in the sidebar that opens the sweep view over the panels (the three panels' layout stays as it is). */
export function SweepLauncher() {
  const { sweep } = useLab();
  if (sweep === undefined) return null;
  return <Launcher sweep={sweep} />;
}
