/// <reference lib="webworker" />
import { serveSlices } from '../../threads/slice-loop';
import type { ToSweepWorker } from '../protocol';
import { SweepHost } from './sweep-host';

declare const self: DedicatedWorkerGlobalScope;

// A second worker, apart from the training one: sweeps run here in ~12 ms slices,
// so a cancel is answered quickly and each result is posted as it arrives.
const receive = serveSlices(new SweepHost({ post: (message) => self.postMessage(message), now: () => performance.now() }));

self.onmessage = (event: MessageEvent<ToSweepWorker>) => receive(event.data);
