import { useEffect, useRef } from 'react';
import type { Telemetry } from '../../state/telemetry-store';
import { useLab } from './context';

/**
 * Calls `draw` with the telemetry now and after every commit (at most once per
 * animation frame), outside React rendering: panels write per-frame
 * attributes to the DOM through refs here instead of re-rendering.
 * `draw` may change between renders; the latest one is used.
 */
export function useTelemetry(draw: (telemetry: Telemetry) => void): void {
  const { telemetry } = useLab();
  const latest = useRef(draw);
  useEffect(() => {
    latest.current = draw;
    latest.current(telemetry.getState());
  });
  useEffect(() => telemetry.subscribe((state) => latest.current(state)), [telemetry]);
}
