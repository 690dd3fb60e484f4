/** Where a client's commands go: a Worker, or the same code on the main thread. */
export interface Backend<In> {
  post(message: In): void;
  dispose(): void;
}

/** Wires a Worker's messages and failures (error, messageerror) to a client, and detaches it cleanly. */
export function workerBackend<In, Out>(worker: Worker, receive: (message: Out) => void, fail: () => void): Backend<In> {
  worker.onmessage = (event: MessageEvent<Out>) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    fail();
  };
  worker.onmessageerror = fail;
  return {
    post: (message) => worker.postMessage(message),
    dispose: () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
    },
  };
}

/**
 * The same for a Worker still being made (a blob: worker of an opaque-origin page,
 * src/threads/worker-url.ts): messages wait until it exists; if it cannot be made, `fail` is called.
 */
export function pendingWorkerBackend<In, Out>(pending: Promise<Worker>, receive: (message: Out) => void, fail: () => void): Backend<In> {
  let backend: Backend<In> | null = null;
  let disposed = false;
  const queue: In[] = [];
  pending.then(
    (worker) => {
      if (disposed) {
        worker.terminate();
        return;
      }
      backend = workerBackend<In, Out>(worker, receive, fail);
      for (const message of queue.splice(0)) backend.post(message);
    },
    () => {
      if (!disposed) fail();
    },
  );
  return {
    post: (message) => {
      if (backend === null) queue.push(message);
      else backend.post(message);
    },
    dispose: () => {
      disposed = true;
      queue.length = 0;
      backend?.dispose();
    },
  };
}

/** A backend for a Worker made at once or one still being made. */
export function anyWorkerBackend<In, Out>(worker: Worker | Promise<Worker>, receive: (message: Out) => void, fail: () => void): Backend<In> {
  return worker instanceof Promise ? pendingWorkerBackend<In, Out>(worker, receive, fail) : workerBackend<In, Out>(worker, receive, fail);
}
