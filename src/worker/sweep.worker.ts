/// <reference lib="webworker" />
import { channelScheduler, SweepHost } from './sweep-host';
import type { ToSweepWorker } from './sweep-protocol';

declare const self: DedicatedWorkerGlobalScope;

// A second worker, apart from the training one: sweeps run here in ~12 ms slices,
// so a cancel is answered quickly and each result is posted as it arrives.
const scheduler = channelScheduler();
const host = new SweepHost({
  post: (message) => self.postMessage(message),
  now: () => performance.now(),
  schedule: scheduler.schedule,
});

self.onmessage = (event: MessageEvent<ToSweepWorker>) => host.handle(event.data);
