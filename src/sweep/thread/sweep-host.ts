/**
 * A sweep worker's loop: it learns a sweep (start), trains the runs the page's
 * pool hands it (run) in slices of ~12 ms, answering commands between slices
 * (so a cancel lands within one slice), and posts each result as it arrives,
 * with progress on the run in hand a few times a second. Used inside each
 * sweep worker and, where no Worker can be made, on the page's main thread.
 */
import type { SliceWorker } from '../../threads/slice-loop';
import { assertNever } from '../../experiment/assert-never';
import type { FromSweepWorker, ToSweepWorker } from '../protocol';
import { SweepRunner } from './sweep-runner';

export interface SweepHostDeps {
  post(message: FromSweepWorker): void;
  now(): number;
}

/** Work per slice, in ms. */
export const SLICE_MS = 12;
/** Progress messages between results, at most this often. */
const PROGRESS_MS = 150;

interface Active {
  id: number;
  runner: SweepRunner;
  lastProgress: number;
}

export class SweepHost implements SliceWorker<ToSweepWorker> {
  private active: Active | null = null;

  constructor(private readonly deps: SweepHostDeps) {}

  handle(message: ToSweepWorker): void {
    switch (message.type) {
      case 'start': {
        this.active = null;
        let runner: SweepRunner;
        try {
          runner = new SweepRunner(message.config, message.plan);
        } catch (error) {
          this.deps.post({ type: 'failed', id: message.id, message: errorText(error) });
          return;
        }
        this.active = { id: message.id, runner, lastProgress: this.deps.now() };
        this.deps.post({ type: 'started', id: message.id, total: runner.total });
        return;
      }
      case 'run': {
        const active = this.active;
        if (active?.id !== message.id) return;
        try {
          active.runner.enqueue(message.index);
        } catch (error) {
          this.active = null;
          this.deps.post({ type: 'failed', id: message.id, message: errorText(error) });
        }
        return;
      }
      case 'drop':
        if (this.active?.id === message.id) this.active.runner.unqueue(message.index);
        return;
      case 'cancel':
        if (this.active?.id === message.id) this.active = null;
        return;
      default:
        assertNever(message);
    }
  }

  /** One slice of work; 0 while runs are waiting (the next slice is due at once), null when idle. */
  slice(): number | null {
    const active = this.active;
    if (active === null || active.runner.idle) return null;
    const { deps } = this;
    const deadline = deps.now() + SLICE_MS;
    const stop = () => deps.now() >= deadline;
    try {
      while (!active.runner.idle && !stop()) {
        const result = active.runner.work(stop);
        if (result === null) break;
        deps.post({ type: 'result', id: active.id, result });
        active.lastProgress = deps.now();
      }
    } catch (error) {
      this.active = null;
      deps.post({ type: 'failed', id: active.id, message: errorText(error) });
      return null;
    }
    if (active.runner.idle) return null;
    const now = deps.now();
    const inProgress = active.runner.inProgress;
    if (inProgress !== null && now - active.lastProgress >= PROGRESS_MS) {
      active.lastProgress = now;
      deps.post({ type: 'progress', id: active.id, index: inProgress.index, steps: inProgress.steps });
    }
    return 0;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
