import { mainThreadBackend } from '../threads/main-thread-backend';
import { anyWorkerBackend, type Backend as WorkerBackend } from '../threads/worker-backend';
import type { FromSweepWorker, ToSweepWorker } from './protocol';
import { moduleWorkerSource, startModuleWorker } from '../threads/worker-url';
import sweepWorkerScript from './thread/sweep.worker.ts?worker&url';

export interface SweepClientEvents {
  message(message: FromSweepWorker): void;
  /** The sweep moved to the page's main thread (no Worker could be made, or the worker failed). */
  notice?(text: string): void;
}

type Backend = WorkerBackend<ToSweepWorker>;

/**
 * The page's end of the sweep worker — with client.ts, the only code that
 * creates a Worker. The worker starts with the first sweep. Where no Worker
 * can be made, sweeps run on the main thread in the same ~12 ms slices.
 */
export class SweepClient {
  private backend: Backend | null = null;
  private onMainThread = false;
  /** The sweep in progress, to report when the worker fails under it. */
  private running: number | null = null;
  /** The last start sent, to hand to the main thread when the worker could not even load. */
  private lastStart: Extract<ToSweepWorker, { type: 'start' }> | null = null;
  /** Whether the worker has said anything yet (a worker that fails before that did not load). */
  private heard = false;

  constructor(
    private readonly events: SweepClientEvents,
    private readonly createWorker: () => Worker | Promise<Worker> = () =>
      startModuleWorker(moduleWorkerSource(sweepWorkerScript, import.meta.url), (url, type) => new Worker(url, { type })),
  ) {}

  get mode(): 'worker' | 'main-thread' {
    return this.onMainThread ? 'main-thread' : 'worker';
  }

  send(message: ToSweepWorker): void {
    if (message.type === 'start') {
      this.running = message.id;
      this.lastStart = message;
    }
    this.backend ??= this.onMainThread ? this.mainThreadBackend() : this.workerBackend();
    this.backend.post(message);
  }

  dispose(): void {
    this.backend?.dispose();
    this.backend = null;
  }

  private receive(message: FromSweepWorker): void {
    this.heard = true;
    if (message.type === 'finished' || message.type === 'cancelled' || message.type === 'failed') {
      if (this.running === message.id) this.running = null;
    }
    this.events.message(message);
  }

  private workerBackend(): Backend {
    let worker: Worker | Promise<Worker>;
    try {
      worker = this.createWorker();
    } catch {
      this.onMainThread = true;
      this.events.notice?.('This page cannot start a background worker here, so sweeps run on the page itself and it may respond slowly meanwhile.');
      return this.mainThreadBackend();
    }
    const fail = () => {
      this.backend?.dispose();
      this.backend = null;
      const id = this.running;
      const start = this.lastStart;
      if (!this.heard && id !== null && start !== null && start.id === id) {
        // The worker never started (offline, or blocked): the sweep runs on this thread instead.
        this.onMainThread = true;
        this.events.notice?.('The sweep worker could not start, so this sweep runs on the page itself and it may respond slowly meanwhile.');
        this.backend = this.mainThreadBackend();
        this.backend.post(start);
        return;
      }
      this.running = null;
      if (id !== null) this.events.message({ type: 'failed', id, message: 'the sweep worker stopped unexpectedly; press Run to try again' });
    };
    return anyWorkerBackend<ToSweepWorker, FromSweepWorker>(worker, (message) => this.receive(message), fail);
  }

  /** The same host as in the worker, on this thread; its code (the kernel) loads on first use. */
  private mainThreadBackend(): Backend {
    const load = () =>
      import('./thread/sweep-host').then(
        ({ SweepHost }) =>
          (post: (message: FromSweepWorker) => void) =>
            new SweepHost({ post, now: () => performance.now() }),
      );
    return mainThreadBackend<ToSweepWorker, FromSweepWorker>(load, (message) => this.receive(message));
  }
}
