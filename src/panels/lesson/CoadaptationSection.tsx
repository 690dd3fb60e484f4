import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Frame, RobustnessOutcome } from '../../training/protocol';
import { useAppState, useLab } from '../kit/context';
import { useTelemetry } from '../kit/use-telemetry';
import { typeset as t } from './numbers';
import { type CoadaptationFigures, COADAPTATION } from './strings-coadaptation';

function figuresOf(frame: Frame | null, dropout: readonly number[]): CoadaptationFigures | null {
  const runs = frame?.runs ?? [];
  const outcomes = runs.map((r) => r.robustness);
  if (outcomes.length === 0 || outcomes.some((o) => o === null)) return null;
  const [first, second] = outcomes as RobustnessOutcome[];
  const of = (o: RobustnessOutcome) => ({ total: o.coadaptation, byLayer: o.coadaptationByLayer });
  return { step: first.step, a: second === undefined ? null : of(first), b: of(second ?? first), dropout };
}

/** The lesson's co-adaptation section, with the live numbers of the robustness measurement when there is one. */
export function CoadaptationSection() {
  const { session } = useLab();
  const measuring = useAppState((s) => s.frameOptions.robustness);
  const dropout = useAppState(useShallow((s) => s.config.dropout));
  const [live, setLive] = useState<string | null>(null);
  useTelemetry(
    ({ frame }) => {
      const figures = measuring ? figuresOf(frame, dropout) : null;
      const text = figures === null ? null : COADAPTATION.live(figures);
      setLive((previous) => (previous === text ? previous : text));
    },
    [measuring, dropout],
  );
  return (
    <>
      <h3>{t(COADAPTATION.heading)}</h3>
      <p>{t(COADAPTATION.idea)}</p>
      <p>{t(COADAPTATION.tryIt)}</p>
      <p className="lesson-live" data-testid="lesson-coadaptation">
        {live !== null ? t(live) : measuring ? COADAPTATION.measuring : COADAPTATION.notMeasured}{' '}
        {!measuring && (
          <button type="button" onClick={() => session.setFrameOptions({ robustness: true })}>
            {COADAPTATION.measure}
          </button>
        )}
      </p>
      <p>{t(COADAPTATION.measured)}</p>
      <p>{t(COADAPTATION.caveat)}</p>
    </>
  );
}
