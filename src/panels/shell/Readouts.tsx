import { useShallow } from 'zustand/react/shallow';
import { useAppState } from '../kit/context';
import { formatCount, formatLoss } from '../kit/format';
import { STRINGS } from '../kit/strings';

export function Readouts() {
  const r = useAppState(useShallow((s) => s.readouts));
  const mode = useAppState((s) => s.mode);
  return (
    <dl className="readouts" aria-label={STRINGS.readouts.label}>
      <div>
        <dt>{STRINGS.readouts.step}</dt>
        <dd data-testid="step">{formatCount(r.step)}</dd>
      </div>
      <div>
        <dt>{STRINGS.readouts.epoch}</dt>
        <dd>{formatCount(r.epoch)}</dd>
      </div>
      <div>
        <dt>{STRINGS.readouts.trainMse}</dt>
        <dd data-testid="train-loss">{formatLoss(r.trainLoss)}</dd>
      </div>
      <div>
        <dt>{STRINGS.readouts.testMse}</dt>
        <dd data-testid="test-loss">{formatLoss(r.testLoss)}</dd>
      </div>
      <div>
        <dt>{STRINGS.readouts.stepsPerSec}</dt>
        <dd data-testid="steps-per-sec" title={mode === 'main-thread' ? STRINGS.readouts.mainThread : STRINGS.readouts.worker}>
          {formatCount(r.stepsPerSec)}
        </dd>
      </div>
    </dl>
  );
}
