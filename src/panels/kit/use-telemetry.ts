import { useEffect, useRef, useState } from 'react';
import type { Telemetry } from '../../state/telemetry-store';
import { useLab } from './context';
import { DrawQueue } from './draw-queue';

/** One queue for every panel, so that a commit's drawing is spread over animation frames as a whole. */
const drawQueue = new DrawQueue({
  now: () => performance.now(),
  soon: (callback) => queueMicrotask(callback),
  requestFrame: (callback) => requestAnimationFrame(callback),
});

/** Whether two dependency lists differ (by Object.is, item by item). */
export function depsChanged(previous: readonly unknown[] | null, next: readonly unknown[]): boolean {
  return previous === null || previous.length !== next.length || next.some((value, i) => !Object.is(value, previous[i]));
}

/**
 * Calls `draw` with the telemetry now and on every commit of the store (at
 * most once per animation frame; through the shared draw queue, which moves
 * a panel's draw to the next animation frame when the commit's drawing has
 * already taken its slice), outside React rendering: panels write
 * per-frame attributes to the DOM (or paint a canvas) here instead of
 * re-rendering. `draw` may change between renders; the latest one is used.
 * After a render it draws again at once — only when `redrawOn` changed, if
 * given (a re-render for something the drawing does not show, such as a
 * keystroke's new p on a label, then costs no redraw).
 */
export function useTelemetry(draw: (telemetry: Telemetry) => void, redrawOn?: readonly unknown[]): void {
  const { telemetry } = useLab();
  const latest = useRef(draw);
  const drawnWith = useRef<readonly unknown[] | null>(null);
  useEffect(() => {
    latest.current = draw;
    if (redrawOn !== undefined && !depsChanged(drawnWith.current, redrawOn)) return;
    drawnWith.current = redrawOn ?? null;
    latest.current(telemetry.getState());
  });
  const [owner] = useState(() => ({}));
  useEffect(() => {
    const unsubscribe = telemetry.subscribe(() => drawQueue.request(owner, () => latest.current(telemetry.getState())));
    return () => {
      unsubscribe();
      drawQueue.cancel(owner);
    };
  }, [telemetry, owner]);
}
