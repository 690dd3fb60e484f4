import { describe, expect, it } from 'vitest';
import { pendingWorkerBackend } from './worker-backend';

/** Enough of a Worker for the backend: records what it is sent and whether it was terminated. */
function fakeWorker() {
  const sent: unknown[] = [];
  const worker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminated: false,
    postMessage: (message: unknown) => sent.push(message),
    terminate() {
      this.terminated = true;
    },
  };
  return { worker, sent, asWorker: worker as unknown as Worker };
}

describe('pendingWorkerBackend', () => {
  it('keeps the messages posted before the worker exists and sends them in order once it does', async () => {
    const { sent, asWorker } = fakeWorker();
    let resolve: (worker: Worker) => void = () => undefined;
    const backend = pendingWorkerBackend<string, string>(
      new Promise((done) => (resolve = done)),
      () => undefined,
      () => undefined,
    );
    backend.post('init');
    backend.post('play');
    expect(sent).toEqual([]);
    resolve(asWorker);
    await Promise.resolve();
    backend.post('step');
    expect(sent).toEqual(['init', 'play', 'step']);
  });

  it('reports a worker that could not be made, and terminates one that arrives after dispose', async () => {
    let failed = 0;
    pendingWorkerBackend<string, string>(
      Promise.reject(new Error('no')),
      () => undefined,
      () => failed++,
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(failed).toBe(1);

    const { worker, sent, asWorker } = fakeWorker();
    const backend = pendingWorkerBackend<string, string>(
      Promise.resolve(asWorker),
      () => undefined,
      () => failed++,
    );
    backend.post('init');
    backend.dispose();
    await Promise.resolve();
    expect(worker.terminated).toBe(true);
    expect(sent).toEqual([]);
    expect(failed).toBe(1);
  });
});
