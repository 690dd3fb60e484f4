import { useShallow } from 'zustand/react/shallow';
import type { Sweep, SweepState } from '../../state/sweep-store';
import { useAppState } from '../kit/context';
import { formatDuration, progressText } from './labels';
import { STRINGS } from '../kit/strings';

type ProgressProps = Pick<SweepState, 'status' | 'done' | 'total' | 'fraction' | 'etaMs' | 'error' | 'pausedMain' | 'workers' | 'durationMs'> & {
  /** The main run plays beside the sweep (it takes a core the sweep could use). */
  mainPlaying: boolean;
};

/** The progress bar with "12 of 45 runs · about 20 s left", or how the last sweep ended. */
export function SweepProgress({ status, done, total, fraction, etaMs, error, pausedMain, workers, durationMs, mainPlaying }: ProgressProps) {
  if (status === 'idle') return null;
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  let text: string;
  switch (status) {
    case 'running':
      text = progressText(done, total, etaMs);
      break;
    case 'done':
      text = STRINGS.sweep.progress.done(total, durationMs === null ? null : formatDuration(durationMs));
      break;
    case 'cancelled':
      text = STRINGS.sweep.progress.cancelled(done, total);
      break;
    case 'failed':
      text = error ?? STRINGS.sweep.progress.failed;
      break;
  }
  return (
    <div className="sweep-progress">
      {status === 'running' && <progress max={100} value={percent} aria-label={STRINGS.sweep.progress.label} />}
      <span className={status === 'failed' ? 'sweep-error' : undefined} data-testid="sweep-status">
        {text}
      </span>
      {status === 'running' && pausedMain && <span className="hint">{STRINGS.sweep.progress.pausedMain}</span>}
      {status === 'running' && !pausedMain && workers > 0 && (
        <span className="hint sweep-workers" data-testid="sweep-workers">
          {STRINGS.sweep.progress.workers(workers, mainPlaying)}
        </span>
      )}
      <span className="visually-hidden" role="status">
        {status === 'running' ? '' : text}
      </span>
    </div>
  );
}

/** The progress of `sweep`, read from its store, beside whether the main run plays. */
export function SweepProgressOf({ sweep }: { sweep: Sweep }) {
  const mainPlaying = useAppState((s) => s.playing);
  const progress = sweep.store(
    useShallow((s) => ({
      status: s.status,
      done: s.done,
      total: s.total,
      fraction: s.fraction,
      etaMs: s.etaMs,
      error: s.error,
      pausedMain: s.pausedMain,
      workers: s.workers,
      durationMs: s.durationMs,
    })),
  );
  return <SweepProgress {...progress} mainPlaying={mainPlaying} />;
}

/** The sweep panel's Close button, where the panel can be closed. */
export function closeAction(onClose: (() => void) | undefined) {
  return (
    onClose && (
      <button type="button" className="sweep-close" onClick={onClose}>
        {STRINGS.sweep.close}
      </button>
    )
  );
}
