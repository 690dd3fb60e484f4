import { mainThreadBackend } from '../threads/main-thread-backend';
import { anyWorkerBackend } from '../threads/worker-backend';
import type { FromSweepWorker, SweepCommand, SweepEvent, ToSweepWorker } from './protocol';
import { moduleWorkerSource, startModuleWorker } from '../threads/worker-url';
import { SweepPool, type SweepThread } from './pool';
import { coresOf, sweepPoolSize } from './pool-size';
import sweepWorkerScript from './thread/sweep.worker.ts?worker&url';

export interface SweepClientEvents {
  message(event: SweepEvent): void;
  /** The sweep moved to the page's main thread (no Worker could be made, or the worker failed). */
  notice?(text: string): void;
}

export interface SweepClientOptions {
  createWorker?: () => Worker | Promise<Worker>;
  /** The machine's cores (navigator.hardwareConcurrency). */
  cores?: number;
}

/**
 * The page's end of the sweep workers — with the training client, the only
 * code that creates Workers. A sweep runs on a pool of workers (pool.ts)
 * sized to the machine: every core while the main run is paused, one fewer
 * while it trains, at least one. Workers start with the first sweep. Where no
 * Worker can be made, sweeps run on the main thread in the same ~12 ms slices.
 */
export class SweepClient {
  private onMainThread = false;
  private mainTraining = false;
  private readonly cores: number;
  private readonly createWorker: () => Worker | Promise<Worker>;
  private readonly pool: SweepPool;

  constructor(
    private readonly events: SweepClientEvents,
    options: SweepClientOptions = {},
  ) {
    this.cores = coresOf(options.cores ?? globalThis.navigator?.hardwareConcurrency);
    this.createWorker =
      options.createWorker ?? (() => startModuleWorker(moduleWorkerSource(sweepWorkerScript, import.meta.url), (url, type) => new Worker(url, { type })));
    this.pool = new SweepPool({
      spawn: (receive, fail) => this.spawn(receive, fail),
      emit: (event) => this.events.message(event),
      size: () => (this.onMainThread ? 1 : sweepPoolSize(this.cores, this.mainTraining)),
      lost: (heardAny) => this.lost(heardAny),
      now: () => performance.now(),
    });
  }

  get mode(): 'worker' | 'main-thread' {
    return this.onMainThread ? 'main-thread' : 'worker';
  }

  /** Sweep workers now (busy or idle). */
  get workerCount(): number {
    return this.pool.threadCount;
  }

  send(command: SweepCommand): void {
    this.pool.handle(command);
  }

  /** Whether the main run is training: it takes a core, so a running sweep gives one back (and takes it again after). */
  setMainTraining(training: boolean): void {
    if (this.mainTraining === training) return;
    this.mainTraining = training;
    this.pool.resize();
  }

  dispose(): void {
    this.pool.dispose();
  }

  private spawn(receive: (message: FromSweepWorker) => void, fail: () => void): SweepThread {
    if (this.onMainThread) return this.mainThread(receive);
    let worker: Worker | Promise<Worker>;
    try {
      worker = this.createWorker();
    } catch {
      this.onMainThread = true;
      this.events.notice?.('This page cannot start a background worker here, so sweeps run on the page itself and it may respond slowly meanwhile.');
      return this.mainThread(receive);
    }
    return anyWorkerBackend<ToSweepWorker, FromSweepWorker>(worker, receive, fail);
  }

  private lost(heardAny: boolean): 'retry' | 'fail' {
    if (heardAny || this.onMainThread) return 'fail';
    // No worker ever answered (offline, or blocked): sweeps run on this thread instead.
    this.onMainThread = true;
    this.events.notice?.('The sweep worker could not start, so this sweep runs on the page itself and it may respond slowly meanwhile.');
    return 'retry';
  }

  /** The same host as in a worker, on this thread; its code (the kernel) loads on first use. */
  private mainThread(receive: (message: FromSweepWorker) => void): SweepThread {
    const load = () =>
      import('./thread/sweep-host').then(
        ({ SweepHost }) =>
          (post: (message: FromSweepWorker) => void) =>
            new SweepHost({ post, now: () => performance.now() }),
      );
    return mainThreadBackend<ToSweepWorker, FromSweepWorker>(load, receive);
  }
}
