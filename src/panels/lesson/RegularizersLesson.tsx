import { useShallow } from 'zustand/react/shallow';
import type { Sweep } from '../../state/sweep-store';
import { useLab } from '../kit/context';
import { typeset as t } from './numbers';
import { REGULARIZERS_LESSON } from './strings-regularizers';

function LiveReading({ sweep }: { sweep: Sweep }) {
  const { final, status, n } = sweep.store(useShallow((s) => ({ final: s.comparison?.final ?? null, status: s.status, n: s.base?.n ?? 0 })));
  if (final === null || final.length === 0 || status === 'running') return null;
  return (
    <p className="lesson-live" data-testid="lesson-regularizers">
      {t(REGULARIZERS_LESSON.reading(final, n))}
    </p>
  );
}

/** The lesson's section on the regularizer comparison: why it must be fair, and the last comparison's numbers read out. */
export function RegularizersLesson() {
  const { sweep } = useLab();
  return (
    <>
      <h3>{t(REGULARIZERS_LESSON.heading)}</h3>
      <p>{t(REGULARIZERS_LESSON.intro)}</p>
      {sweep !== undefined && <LiveReading sweep={sweep} />}
    </>
  );
}
