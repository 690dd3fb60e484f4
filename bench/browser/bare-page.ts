/**
 * Script of the bare-kernel page: runs bare-worker.js in a fresh worker and
 * hands its result to the benchmark through window.__dropoutLabBare.
 */
import type { BareRequest, BareResult } from './protocol';

window.__dropoutLabBare = {
  run(request: BareRequest): Promise<BareResult> {
    return new Promise((resolve, reject) => {
      // The bench measures the kernel outside the app, so it makes its own worker (the app's rule is about src/).
      // eslint-disable-next-line no-restricted-syntax
      const worker = new Worker(new URL('./bare-worker.js', import.meta.url), { type: 'module' });
      // Left running (idle) until the page closes, so that its thread's CPU time can still be read.
      worker.onmessage = (event: MessageEvent<BareResult>) => resolve(event.data);
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(`bare worker failed: ${event.message}`));
      };
      worker.postMessage(request);
    });
  },
};
