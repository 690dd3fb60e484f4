import type { Trainer } from './trainer';

export interface SliceLoop {
  /** Runs a slice soon: after a command, or when a frame was acknowledged. */
  wake(): void;
  stop(): void;
}

/**
 * Drives a Trainer one slice at a time, yielding to the event loop between
 * slices so that commands are answered within one slice. Used inside the
 * worker and, where no Worker can be made, on the page's main thread.
 */
export function createSliceLoop(trainer: Trainer): SliceLoop {
  const channel = new MessageChannel();
  let immediatePending = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const run = () => {
    if (stopped) return;
    const next = trainer.slice();
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
