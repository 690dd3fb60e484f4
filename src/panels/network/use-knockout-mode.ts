import { type KeyboardEvent, type PointerEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { toggleKnockout } from '../../experiment/knockout-codec';
import type { NeuronKey } from '../../experiment/types';
import { useAppState, useLab } from '../kit/context';
import type { NeuronHandlers, NeuronTarget } from './NetworkFigure';

export interface KnockoutMode {
  /** Clicks, taps and Enter on a hidden neuron toggle its knock-out. */
  on: boolean;
  setOn(on: boolean): void;
  /** The diagram's handlers: the focus handlers, plus toggling while the mode is on. */
  handlers: NeuronHandlers;
  toggle(neuron: NeuronKey): void;
}

/** The neuron an event's element stands for, from its data-neuron attribute ("layer:index"). */
function neuronOf(element: EventTarget | null): NeuronKey | null {
  if (!(element instanceof Element)) return null;
  const [layer, index] = (element.getAttribute('data-neuron') ?? '').split(':').map(Number);
  return Number.isInteger(layer) && Number.isInteger(index) ? { layer, index } : null;
}

/**
 * The network panel's knock-out mode, in the test view (knock-outs are a test-time
 * change): turning it on shows the test view, and leaving the test view ends it.
 */
export function useKnockoutMode(base: NeuronHandlers): KnockoutMode {
  const { app, session } = useLab();
  const view = useAppState((s) => s.display.networkView);
  const robustness = useAppState((s) => s.frameOptions.robustness);
  const [wanted, setWanted] = useState(false);
  const on = wanted && view === 'test' && !robustness;
  useEffect(() => {
    if (wanted && view !== 'test') setWanted(false);
  }, [wanted, view]);

  const latest = useRef({ on, base });
  useLayoutEffect(() => {
    latest.current = { on, base };
  });
  const [toggle] = useState(() => (neuron: NeuronKey) => {
    session.setFrameOptions({ knockout: toggleKnockout(app.getState().frameOptions.knockout, neuron) });
  });
  const [handlers] = useState<NeuronHandlers>(() => ({
    onPointerEnter: (target: NeuronTarget, event: PointerEvent) => latest.current.base.onPointerEnter(target, event),
    onPointerLeave: (event: PointerEvent) => latest.current.base.onPointerLeave(event),
    onPointerDown(event: PointerEvent) {
      latest.current.base.onPointerDown(event);
      if (!latest.current.on || (event.pointerType === 'mouse' && event.button !== 0)) return;
      const neuron = neuronOf(event.currentTarget);
      if (neuron !== null) toggle(neuron);
    },
    onFocus: (target: NeuronTarget) => latest.current.base.onFocus(target),
    onBlur: () => latest.current.base.onBlur(),
    onKeyDown(target: NeuronTarget, event: KeyboardEvent) {
      if (latest.current.on && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        toggle({ layer: target.layer, index: target.index });
        return;
      }
      latest.current.base.onKeyDown(target, event);
    },
  }));

  const setOn = (next: boolean) => {
    if (next) session.setDisplay({ networkView: 'test' });
    setWanted(next);
  };
  return { on, setOn, handlers, toggle };
}
