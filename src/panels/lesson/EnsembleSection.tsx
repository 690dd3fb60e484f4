import { useState } from 'react';
import type { EnsembleMessage } from '../../training/protocol';
import { useTelemetry } from '../kit/use-telemetry';
import { typeset as t } from './numbers';
import { LESSON_ENSEMBLE as L } from './strings-ensemble';

/** The lesson's ensemble section, with the ensemble view's latest numbers when it has run. */
export function EnsembleSection() {
  const [message, setMessage] = useState<EnsembleMessage | null>(null);
  useTelemetry(({ ensemble }) => {
    if (ensemble !== message) setMessage(ensemble);
  });
  return (
    <>
      <h3>{t(L.heading)}</h3>
      <p>{t(L.intro)}</p>
      <p>{t(L.when)}</p>
      <p>{t(L.howToSee)}</p>
      <p className="lesson-live" data-testid="lesson-ensemble">
        {t(L.live(message))}
      </p>
    </>
  );
}
