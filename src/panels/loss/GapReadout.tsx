import { useRef } from 'react';
import { useTelemetry } from '../use-telemetry';
import { formatGap } from './ticks';

/** Text numbers change at most this often while training runs (readable, not flickering). */
const INTERVAL_MS = 250;

/**
 * The generalization gap, latest test − train MSE, of each run on show.
 * Written through refs (throttled), never re-rendered per frame.
 */
export function GapReadout({ compare }: { compare: boolean }) {
  const valueA = useRef<HTMLElement>(null);
  const valueB = useRef<HTMLElement>(null);
  const last = useRef(-Infinity);
  useTelemetry(({ frame }) => {
    const now = performance.now();
    if (frame !== null && frame.playing && now - last.current < INTERVAL_MS) return;
    last.current = now;
    for (const [id, ref] of [['A', valueA], ['B', valueB]] as const) {
      const run = frame?.runs.find((r) => r.run === id);
      const text = run ? formatGap(run.testLoss - run.trainLoss) : '—';
      if (ref.current && ref.current.textContent !== text) ref.current.textContent = text;
    }
  });
  const value = { fontVariantNumeric: 'tabular-nums', fontWeight: 600 } as const;
  return (
    <span data-testid="loss-gap" title="Generalization gap: the latest test MSE minus the train MSE. It grows as the network overfits.">
      {compare ? (
        <>
          gap: no dropout <b ref={valueA} style={value}>—</b>, dropout <b ref={valueB} style={value}>—</b>
        </>
      ) : (
        <>
          gap <b ref={valueB} style={value}>—</b>
        </>
      )}
    </span>
  );
}
