import { useEffect, useRef, useState } from 'react';
import { useLab } from '../kit/context';
import { formatCount, formatLoss } from '../kit/format';
import { STRINGS } from '../kit/strings';

/** How often, at most, the losses are read out while training. */
const LOSS_INTERVAL_MS = 15_000;

/**
 * A visually hidden live region: screen readers hear when training starts,
 * pauses or diverges, and now and then the losses.
 */
export function Announcer() {
  const { app } = useLab();
  const [message, setMessage] = useState('');
  const lastLossAnnouncement = useRef(0);

  useEffect(
    () =>
      app.subscribe((state, previous) => {
        const { step, trainLoss, testLoss } = state.readouts;
        if (state.diverged && !previous.diverged) {
          setMessage(STRINGS.announcer.diverged(formatCount(step)));
        } else if (state.playing !== previous.playing || state.offscreen !== previous.offscreen) {
          const running = state.playing && !state.offscreen;
          const wasRunning = previous.playing && !previous.offscreen;
          if (running !== wasRunning) setMessage(running ? STRINGS.announcer.started : STRINGS.announcer.paused(formatCount(step)));
        } else if (state.readouts !== previous.readouts && state.playing) {
          const now = Date.now();
          if (now - lastLossAnnouncement.current >= LOSS_INTERVAL_MS) {
            lastLossAnnouncement.current = now;
            setMessage(STRINGS.announcer.losses(formatCount(step), formatLoss(trainLoss), formatLoss(testLoss)));
          }
        }
      }),
    [app],
  );

  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
