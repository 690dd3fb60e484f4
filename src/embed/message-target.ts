/**
 * The window as the embed API sees it: the parent it talks to, the messages
 * it hears, a clock and the content height. An interface, so that tests can
 * drive the API without a browser.
 */

/** A message to this page, as much of a MessageEvent as the API reads. */
export interface IncomingMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

export interface ParentWindow {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The window, its parent and the clock, injectable for tests. */
export interface MessageTarget {
  /** The embedding window; null when the page is not in a frame. */
  parent: ParentWindow | null;
  /** Starts listening for messages to this page; returns a function that stops. */
  listen(onMessage: (message: IncomingMessage) => void): () => void;
  now(): number;
  /** Calls back once after `ms`; returns a function that cancels. */
  setTimer(callback: () => void, ms: number): () => void;
  /** Reports the content height now and whenever it may have changed; returns a function that stops. */
  watchHeight(onHeight: (height: number) => void): () => void;
}

/** The real window: its parent, message events, timers and a ResizeObserver on the document. */
export function windowTarget(): MessageTarget {
  return {
    parent: window.parent === window ? null : window.parent,
    listen(onMessage) {
      const listener = (event: MessageEvent) => onMessage({ data: event.data, origin: event.origin, source: event.source });
      window.addEventListener('message', listener);
      return () => window.removeEventListener('message', listener);
    },
    now: () => performance.now(),
    setTimer(callback, ms) {
      const handle = setTimeout(callback, ms);
      return () => clearTimeout(handle);
    },
    watchHeight(onHeight) {
      const measure = () => onHeight(Math.max(document.body.scrollHeight, document.body.getBoundingClientRect().height));
      if (typeof ResizeObserver === 'undefined') {
        measure();
        return () => {};
      }
      const observer = new ResizeObserver(measure);
      observer.observe(document.documentElement);
      observer.observe(document.body);
      measure();
      return () => observer.disconnect();
    },
  };
}
