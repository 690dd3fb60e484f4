import { startTransition, useEffect, useState } from 'react';
import { shallow } from 'zustand/shallow';
import type { AppState } from '../../state/app-store';
import { useLab } from './context';

/**
 * One value of the app store for a panel that may show it a moment late: a
 * change re-renders the panel in a transition (after the input that caused it
 * has been answered and painted, interruptible by the next input) instead of
 * inside the input's own event. For what a control drags (p): the slider
 * moves at once, the diagrams and the lesson follow. Values are compared
 * shallowly, so the selector may return a fresh array or object.
 */
export function useDeferredAppState<T>(selector: (state: AppState) => T): T {
  const { app } = useLab();
  const [value, setValue] = useState(() => selector(app.getState()));
  useEffect(() => {
    let shown = value;
    const update = () => {
      const next = selector(app.getState());
      if (shallow(shown, next)) return;
      shown = next;
      startTransition(() => setValue(next));
    };
    // A change between the first render and this effect is caught here.
    update();
    return app.subscribe(update);
    // The selector is a new function every render (it must read only the state); the subscription lives as long as the store.
  }, [app]);
  return value;
}
