import { useShallow } from 'zustand/react/shallow';
import { useAppState } from '../kit/context';
import { formatCount, formatLoss } from '../kit/format';
import { STRINGS } from '../kit/strings';

/** A loss of run B; in compare mode with run A's beside it, each labelled. */
function RunLosses({ a, b, testId }: { a: number | null; b: number; testId: string }) {
  if (a === null) return <dd data-testid={testId}>{formatLoss(b)}</dd>;
  return (
    <dd className="run-pair">
      <abbr title={STRINGS.readouts.runAHint}>{STRINGS.readouts.runA}</abbr> <span data-testid={`${testId}-a`}>{formatLoss(a)}</span>{' '}
      <abbr title={STRINGS.readouts.runBHint}>{STRINGS.readouts.runB}</abbr> <span data-testid={testId}>{formatLoss(b)}</span>
    </dd>
  );
}

export function Readouts() {
  const r = useAppState(useShallow((s) => s.readouts));
  const mode = useAppState((s) => s.mode);
  // In full-batch training every step is an epoch: the epoch count says something only with minibatches.
  const minibatches = r.epoch !== r.step;
  return (
    <dl className="readouts" aria-label={STRINGS.readouts.label}>
      <div>
        <dt>{STRINGS.readouts.step}</dt>
        <dd data-testid="step">{formatCount(r.step)}</dd>
      </div>
      {minibatches && (
        <div title={STRINGS.readouts.epochHint}>
          <dt>{STRINGS.readouts.epoch}</dt>
          <dd>{formatCount(r.epoch)}</dd>
        </div>
      )}
      <div>
        <dt>{STRINGS.readouts.trainMse}</dt>
        <RunLosses a={r.runA?.trainLoss ?? null} b={r.trainLoss} testId="train-loss" />
      </div>
      <div>
        <dt>{STRINGS.readouts.testMse}</dt>
        <RunLosses a={r.runA?.testLoss ?? null} b={r.testLoss} testId="test-loss" />
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
