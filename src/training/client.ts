import { assertNever } from '../experiment/assert-never';
import { anyWorkerBackend, type Backend as WorkerBackend } from '../threads/worker-backend';
import type { FromWorker, ToWorker } from './protocol';
import type { RestoreState, FrameOptions } from '../experiment/types';
import { mainThreadBackend } from '../threads/main-thread-backend';
import { moduleWorkerSource, startModuleWorker } from '../threads/worker-url';
import trainerWorkerScript from './thread/trainer.worker.ts?worker&url';

export type InitCommand = Extract<ToWorker, { type: 'init' }>;

export interface ClientNotice {
  kind: 'restarted' | 'main-thread' | 'failed';
  text: string;
}

export interface ClientEvents {
  message(message: FromWorker): void;
  notice(notice: ClientNotice): void;
}

/** After this many failures in a row with no frame between them, training moves to the main thread. */
const MAX_RESTARTS = 3;

type Backend = WorkerBackend<ToWorker>;

/**
 * The page's end of the training worker — the only code that creates a
 * Worker. It mirrors what it has sent and the last training state it
 * received (a `snapshot`: weights, optimizer moments, random streams), so
 * that when the worker fails it can start a new one and resume the run
 * exactly from there.
 */
export class TrainerClient {
  private backend: Backend | null = null;
  private init: InitCommand | null = null;
  private restore: RestoreState | null = null;
  private failures = 0;
  private onMainThread = false;

  constructor(
    private readonly events: ClientEvents,
    private readonly createWorker: () => Worker | Promise<Worker> = () =>
      startModuleWorker(moduleWorkerSource(trainerWorkerScript, import.meta.url), (url, type) => new Worker(url, { type })),
  ) {}

  get mode(): 'worker' | 'main-thread' {
    return this.onMainThread ? 'main-thread' : 'worker';
  }

  start(init: InitCommand): void {
    this.init = init;
    this.restore = init.restore;
    this.backend?.dispose();
    this.backend = this.onMainThread ? this.mainThreadBackend() : this.workerBackend();
    this.backend.post(init);
  }

  send(message: ToWorker): void {
    this.mirror(message);
    this.backend?.post(message);
  }

  dispose(): void {
    this.backend?.dispose();
    this.backend = null;
  }

  private mirror(message: ToWorker): void {
    const init = this.init;
    if (init === null) return;
    switch (message.type) {
      case 'init':
        this.init = message;
        return;
      case 'play':
        init.playing = true;
        return;
      case 'pause':
      case 'step':
        init.playing = false;
        return;
      case 'set': {
        init.config = { ...init.config, ...message.patch.config };
        init.playback = { ...init.playback, ...message.patch.playback };
        return;
      }
      case 'frame-options':
        init.frameOptions = { ...init.frameOptions, ...(message.patch as Partial<FrameOptions>) };
        return;
      case 'reset':
        this.restore = null;
        return;
      case 'ack':
      case 'test-crash':
        return;
      // A request answered once: after a restart the page asks again.
      case 'ensemble':
        return;
      default:
        assertNever(message);
    }
  }

  private receive(message: FromWorker): void {
    if (message.type === 'frame') {
      this.failures = 0;
    } else if (message.type === 'snapshot') {
      this.restore = { runs: message.runs };
    } else if (message.type === 'run-started' && message.reason !== 'restore') {
      this.restore = null;
    }
    this.events.message(message);
  }

  private workerBackend(): Backend {
    let worker: Worker | Promise<Worker>;
    try {
      worker = this.createWorker();
    } catch {
      this.onMainThread = true;
      this.events.notice({
        kind: 'main-thread',
        text: 'This page cannot start a background worker here, so training runs on the page itself and may be less smooth.',
      });
      return this.mainThreadBackend();
    }
    return anyWorkerBackend<ToWorker, FromWorker>(
      worker,
      (message) => this.receive(message),
      () => this.recover(),
    );
  }

  /** The same trainer on the page's main thread, in time slices; the kernel loads only when needed. */
  private mainThreadBackend(): Backend {
    const load = () =>
      import('./thread/training-host').then(
        ({ TrainingHost }) =>
          (post: (message: FromWorker) => void) =>
            new TrainingHost({ post, now: () => performance.now() }),
      );
    return mainThreadBackend<ToWorker, FromWorker>(load, (message) => this.receive(message));
  }

  /**
   * The worker failed: start a new one and resume exactly from the last
   * training state the page received (while paused, the state at the pause;
   * while playing, at most half a second old). The page keeps its history.
   */
  private recover(): void {
    const init = this.init;
    if (init === null) return;
    this.failures++;
    this.backend?.dispose();
    if (this.failures > MAX_RESTARTS) {
      this.onMainThread = true;
      this.events.notice({ kind: 'main-thread', text: 'The training worker kept failing, so training now runs on the page itself.' });
    }
    const restore = this.restore;
    const step = restore?.runs[0]?.step ?? 0;
    this.backend = this.onMainThread ? this.mainThreadBackend() : this.workerBackend();
    this.backend.post({ ...init, restore });
    if (!this.onMainThread) {
      this.events.notice({
        kind: 'restarted',
        text: restore
          ? `The training worker stopped unexpectedly. It was restarted and your run resumed from step ${step}.`
          : 'The training worker stopped unexpectedly and was restarted.',
      });
    }
  }
}
