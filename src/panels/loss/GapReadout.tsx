import { useRef } from 'react';
import { useTelemetry } from '../kit/use-telemetry';
import { formatGap } from './ticks';
import { STRINGS } from '../kit/strings';

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
    for (const [id, ref] of [
      ['A', valueA],
      ['B', valueB],
    ] as const) {
      const run = frame?.runs.find((r) => r.run === id);
      const text = run ? formatGap(run.testLoss - run.trainLoss) : STRINGS.loss.gap.none;
      if (ref.current && ref.current.textContent !== text) ref.current.textContent = text;
    }
  });
  const value = { fontVariantNumeric: 'tabular-nums', fontWeight: 600 } as const;
  return (
    <span className="loss-gap" data-testid="loss-gap" title={STRINGS.loss.gap.hint}>
      {compare ? (
        <>
          {STRINGS.loss.gap.compareA}
          <b ref={valueA} style={value}>
            {STRINGS.loss.gap.none}
          </b>
          {STRINGS.loss.gap.compareB}
          <b ref={valueB} style={value}>
            {STRINGS.loss.gap.none}
          </b>
        </>
      ) : (
        <>
          {STRINGS.loss.gap.single}
          <b ref={valueB} style={value}>
            {STRINGS.loss.gap.none}
          </b>
        </>
      )}
    </span>
  );
}
