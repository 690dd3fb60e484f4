/** Work done in time slices: commands are handled between slices. */
export interface SliceWorker<In> {
  handle(message: In): void;
  /** Does one slice of work; returns ms until the next slice is due (0 = at once), or null when idle. */
  slice(): number | null;
}

export interface SliceLoop {
  /** Runs a slice soon: after a command, or when a frame was acknowledged. */
  wake(): void;
  stop(): void;
}

/**
 * Drives a SliceWorker one slice at a time, yielding to the event loop between
 * slices so that commands are answered within one slice. Used inside the
 * training and sweep workers and, where no Worker can be made, on the page's
 * main thread.
 */
export function createSliceLoop(worker: Pick<SliceWorker<unknown>, 'slice'>): SliceLoop {
  const channel = new MessageChannel();
  let immediatePending = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const run = () => {
    if (stopped) return;
    const next = worker.slice();
    if (next === null) return;
    if (next <= 0) runSoon();
    else
      timer = setTimeout(() => {
        timer = null;
        run();
      }, next);
  };

  // A MessageChannel message runs sooner than setTimeout(0), which browsers clamp to 4 ms when nested.
  channel.port1.onmessage = () => {
    immediatePending = false;
    run();
  };

  function runSoon(): void {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    if (!immediatePending) {
      immediatePending = true;
      channel.port2.postMessage(null);
    }
  }

  return {
    wake: runSoon,
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      channel.port1.close();
    },
  };
}

/** A worker thread's whole wiring: messages in go to the worker, then a slice is due. */
export function serveSlices<In>(worker: SliceWorker<In>): (message: In) => void {
  const loop = createSliceLoop(worker);
  return (message) => {
    worker.handle(message);
    loop.wake();
  };
}
