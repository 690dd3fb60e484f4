/// <reference lib="webworker" />
import { serveSlices } from '../../threads/slice-loop';
import type { ToWorker } from '../protocol';
import { TrainingHost } from './training-host';

declare const self: DedicatedWorkerGlobalScope;

const receive = serveSlices(
  new TrainingHost({
    post: (message, transfer) => self.postMessage(message, transfer ?? []),
    now: () => performance.now(),
  }),
);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  // Test builds only (vite --mode e2e): lets an end-to-end test make the worker fail.
  if (import.meta.env.MODE === 'e2e' && message.type === 'test-crash') throw new Error('test-crash: worker failure provoked by a test');
  receive(message);
};

self.postMessage({ type: 'ready' });
