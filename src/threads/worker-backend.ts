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
