import { createSliceLoop, type SliceLoop, type SliceWorker } from './slice-loop';
import type { Backend } from './worker-backend';

/**
 * The same code a worker runs, on the page's main thread in time slices, for
 * where no Worker can be made. `load` brings the code in on first use (so it
 * stays out of the page's initial JavaScript); commands sent meanwhile wait
 * in order. Messages out are delivered asynchronously, as from a worker.
 */
export function mainThreadBackend<In, Out>(
  load: () => Promise<(post: (message: Out) => void) => SliceWorker<In>>,
  receive: (message: Out) => void,
): Backend<In> {
  let worker: SliceWorker<In> | null = null;
  let loop: SliceLoop | null = null;
  let disposed = false;
  const waiting: In[] = [];
  const deliver = (message: In) => {
    if (worker === null || loop === null) {
      waiting.push(message);
      return;
    }
    worker.handle(message);
    loop.wake();
  };
  void load().then((create) => {
    if (disposed) return;
    worker = create((message) => queueMicrotask(() => receive(message)));
    loop = createSliceLoop(worker);
    for (const message of waiting.splice(0)) deliver(message);
  });
  return {
    post: deliver,
    dispose: () => {
      disposed = true;
      loop?.stop();
    },
  };
}
