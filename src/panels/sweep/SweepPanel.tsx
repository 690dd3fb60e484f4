import { useLab } from '../kit/context';
import { SweepView } from './SweepView';

/**
 * The sweep view (issue 6): test loss against the drop probability p, or
 * against the number of training points N, over several seeds. Renders
 * nothing on a page without a sweep (LabContext.sweep unset).
 */
export function SweepPanel({ onClose }: { onClose?: () => void }) {
  const { sweep } = useLab();
  if (sweep === undefined) return null;
  return <SweepView sweep={sweep} onClose={onClose} />;
}
