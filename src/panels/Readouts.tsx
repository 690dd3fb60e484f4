import { useShallow } from 'zustand/react/shallow';
import { useAppState } from './context';
import { formatCount, formatLoss } from './format';

export function Readouts() {
  const r = useAppState(useShallow((s) => s.readouts));
  const mode = useAppState((s) => s.mode);
  return (
    <dl className="readouts" aria-label="Training status">
      <div>
        <dt>Step</dt>
        <dd data-testid="step">{formatCount(r.step)}</dd>
      </div>
      <div>
        <dt>Epoch</dt>
        <dd>{formatCount(r.epoch)}</dd>
      </div>
      <div>
        <dt>Train MSE</dt>
        <dd data-testid="train-loss">{formatLoss(r.trainLoss)}</dd>
      </div>
      <div>
        <dt>Test MSE</dt>
        <dd data-testid="test-loss">{formatLoss(r.testLoss)}</dd>
      </div>
      <div>
        <dt>Steps/s</dt>
        <dd data-testid="steps-per-sec" title={mode === 'main-thread' ? 'Training on the main thread' : 'Training in a background worker'}>
          {formatCount(r.stepsPerSec)}
        </dd>
      </div>
    </dl>
  );
}
