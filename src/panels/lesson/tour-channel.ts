/**
 * How a "Take the tour" button, wherever it sits, asks the tour card to open.
 * The tour keeps its own open/step state in React; this only carries the
 * request (the stores stay free of tour state).
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** Opens the tour at its first step (restarts it if it is open). */
export function requestTour(): void {
  for (const listener of listeners) listener();
}

/** Called by the tour card; returns the unsubscribe function. */
export function onTourRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
