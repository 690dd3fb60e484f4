import { type KeyboardEvent, type PointerEvent, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RunId } from '../../experiment/types';
import { useLab } from '../kit/context';
import type { DiagramPlan } from './figure-plan';
import type { NeuronHandlers, NeuronTarget } from './NetworkFigure';
import { clampPosition, moveFocus, type NeuronPosition } from './roving';

export interface NeuronFocus {
  /** The neuron under the mouse, else the focused one; null when none (or it no longer exists). */
  active: NeuronTarget | null;
  /** The tab stop of each figure (roving tabindex). */
  tabStop(run: RunId): NeuronPosition;
  handlers: NeuronHandlers;
}

function shownOf(plan: DiagramPlan, run: RunId): number[] {
  return plan.figures.find((f) => f.run === run)?.columns.map((c) => c.shown) ?? [];
}

function exists(plan: DiagramPlan, target: NeuronTarget | null): NeuronTarget | null {
  if (target === null) return null;
  const shown = shownOf(plan, target.run);
  const hidden = target.layer >= 1 && target.layer <= shown.length - 2;
  return hidden && target.index < (shown[target.layer] ?? 0) ? target : null;
}

const keyOf = (t: NeuronTarget | null) => (t === null ? 'none' : `${t.run}:${t.layer}:${t.index}`);

/**
 * Hover and keyboard focus of hidden neurons: which one shows its tooltip,
 * arrow-key movement, and `view.hoveredNeuron` kept in step so the fit panel
 * can draw that neuron's output.
 */
export function useNeuronFocus(plan: DiagramPlan, svgRef: RefObject<SVGSVGElement | null>, compare: boolean): NeuronFocus {
  const { session } = useLab();
  const [pointer, setPointer] = useState<NeuronTarget | null>(null);
  const [focused, setFocused] = useState<NeuronTarget | null>(null);
  const [stops, setStops] = useState<Partial<Record<RunId, NeuronPosition>>>({});
  const active = exists(plan, pointer) ?? exists(plan, focused);
  const activeKey = keyOf(active);

  const sent = useRef('none');
  useEffect(() => {
    if (activeKey === sent.current) return;
    sent.current = activeKey;
    session.setFrameOptions({ hoveredNeuron: active === null ? null : { run: active.run, layer: active.layer, index: active.index } });
  }, [activeKey, active, session]);
  useEffect(
    () => () => {
      if (sent.current === 'none') return;
      sent.current = 'none';
      session.setFrameOptions({ hoveredNeuron: null });
    },
    [session],
  );

  const tabStop = (run: RunId) => clampPosition(shownOf(plan, run), stops[run] ?? { layer: 1, index: 0 });

  // The handlers stay the same object across renders (so the neurons need not re-render); they read the latest plan here.
  const latest = useRef({ plan, compare });
  useLayoutEffect(() => {
    latest.current = { plan, compare };
  });
  const [handlers] = useState<NeuronHandlers>(() => ({
    onPointerEnter(target: NeuronTarget, event: PointerEvent) {
      if (event.pointerType !== 'touch') setPointer(target);
    },
    onPointerLeave(event: PointerEvent) {
      if (event.pointerType !== 'touch') setPointer(null);
    },
    onPointerDown(event: PointerEvent) {
      // Touch: a tap focuses the neuron, which shows its tooltip until focus moves on.
      if (event.pointerType === 'touch' && event.currentTarget instanceof SVGElement) event.currentTarget.focus();
    },
    onFocus(target: NeuronTarget) {
      setFocused(target);
      setStops((s) => ({ ...s, [target.run]: { layer: target.layer, index: target.index } }));
    },
    onBlur() {
      setFocused(null);
    },
    onKeyDown(target: NeuronTarget, event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setPointer(null);
        setFocused(null);
        return;
      }
      const next = moveFocus(shownOf(latest.current.plan, target.run), target, event.key);
      if (next === null) return;
      event.preventDefault();
      const selector = `[data-neuron="${next.layer}:${next.index}"]${latest.current.compare ? `[data-run="${target.run}"]` : ''}`;
      const element = svgRef.current?.querySelector(selector);
      if (element instanceof SVGElement) element.focus();
    },
  }));

  return { active, tabStop, handlers };
}
