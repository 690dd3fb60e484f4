import type { Sweep } from '../../state/sweep-store';
import { useLab } from '../kit/context';
import { ComparisonView } from './ComparisonView';
import { SweepView } from './SweepView';

/**
 * The sweep view (issue 6): test loss against the drop probability p, or
 * against the number of training points N, over several seeds; or the fair
 * comparison of regularizers (issue 16). Renders
 * nothing on a page without a sweep (LabContext.sweep unset).
 */
export function SweepPanel({ onClose }: { onClose?: () => void }) {
  const { sweep } = useLab();
  if (sweep === undefined) return null;
  return <SweepOrComparison sweep={sweep} onClose={onClose} />;
}

/** The grid sweep's view, or the regularizer comparison's when the settings ask for it. */
function SweepOrComparison({ sweep, onClose }: { sweep: Sweep; onClose?: () => void }) {
  const comparing = sweep.store((s) => s.settings.kind === 'regularizers');
  return comparing ? <ComparisonView sweep={sweep} onClose={onClose} /> : <SweepView sweep={sweep} onClose={onClose} />;
}
