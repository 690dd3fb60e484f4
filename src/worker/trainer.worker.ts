/// <reference lib="webworker" />
import type { ToWorker } from './protocol';
import { createSliceLoop } from './slice-loop';
import { Trainer } from './trainer';

declare const self: DedicatedWorkerGlobalScope;

const trainer = new Trainer({
  post: (message, transfer) => self.postMessage(message, transfer ?? []),
  now: () => performance.now(),
});
const loop = createSliceLoop(trainer);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  // Test builds only (vite --mode e2e): lets an end-to-end test make the worker fail.
  if (import.meta.env.MODE === 'e2e' && message.type === 'test-crash') throw new Error('test-crash: worker failure provoked by a test');
  trainer.handle(message);
  loop.wake();
};

self.postMessage({ type: 'ready' });
