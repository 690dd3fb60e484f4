import { type FocusEvent, type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from 'react';
import { SETTINGS } from '../../experiment/settings';
import type { Point } from '../../experiment/types';
import { useAppState, useLab } from '../kit/context';
import { addPoint, type EditOutcome, hitTest, type PointSource, removeNearestPoint } from './custom-points';
import { boxAt, type Domain, type PlotBox } from './geometry';
import type { PlotScales } from './scales';

export interface EditingOptions {
  boxes: readonly PlotBox[];
  scales: readonly PlotScales[];
  yDomain: Domain;
  showTest: boolean;
  /** "Draw your own data" is on: clicks and keys edit the points. Off, they do nothing. */
  drawing: boolean;
}

/** The true function of the data the user's points were drawn from, as it was drawn (kept while those points are on show). */
export interface KeptTruth {
  gridX: Float32Array;
  truthY: Float32Array;
}

/** Arrow keys move the cursor this far in data units (Shift: five times as far). */
const KEY_STEP = 0.05;
/** A press that moves further than this (pixels) is a drag or a scroll, not a click. */
const CLICK_SLOP = 8;
const MESSAGE_MS = 6000;

function round3(v: number): number {
  return Math.round(v * 1000) / 1000 + 0;
}

function clampCursor(p: Point, yDomain: Domain): Point {
  const { x: coordinate, y: customY } = SETTINGS.pts.limits;
  const yLo = Math.max(customY.min, yDomain[0]);
  const yHi = Math.min(customY.max, yDomain[1]);
  return {
    x: round3(Math.min(coordinate.max, Math.max(coordinate.min, p.x))),
    y: round3(Math.min(yHi, Math.max(yLo, p.y))),
  };
}

function pointsOf(xs: ArrayLike<number>, ys: ArrayLike<number>, into: Point[]): void {
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) into.push({ x: xs[i], y: ys[i] });
}

/**
 * Editing the data on the plot, in "draw your own data" mode: a click or tap
 * on empty space adds a point, on a point removes it; the keyboard moves a
 * cursor and adds or removes at it. The first edit of a generated dataset
 * turns it into custom data; its true function is kept to draw as a reference
 * for as long as the points are the ones edited here.
 */
export function usePointEditing({ boxes, scales, yDomain, showTest, drawing }: EditingOptions) {
  const { app, telemetry, session } = useLab();
  const points = useAppState((s) => s.config.points);
  const [kept, setKept] = useState<{ truth: KeptTruth; points: readonly Point[] } | null>(null);
  const [cursor, setCursor] = useState<Point>({ x: 0, y: 0 });
  const [focused, setFocused] = useState(false);
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const press = useRef<{ id: number; x: number; y: number; type: string } | null>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  function say(text: string): void {
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), MESSAGE_MS);
  }

  function source(): PointSource {
    const { config } = app.getState();
    const { data } = telemetry.getState();
    return { dataset: config.dataset, configPoints: config.points, trainX: data?.trainX ?? null, trainY: data?.trainY ?? null };
  }

  function apply(outcome: EditOutcome): void {
    if (outcome.kind === 'refused') {
      say(outcome.message);
      return;
    }
    if (outcome.converted) {
      const { data } = telemetry.getState();
      const truth = data?.truthY ? { gridX: Float32Array.from(data.gridX), truthY: Float32Array.from(data.truthY) } : null;
      setKept(truth ? { truth, points: outcome.points } : null);
    } else if (kept !== null && kept.points === app.getState().config.points) {
      setKept({ ...kept, points: outcome.points });
    }
    session.setConfig(outcome.converted ? { dataset: 'custom', points: outcome.points } : { points: outcome.points });
    say(outcome.message);
  }

  /** The points a click can hit: the training points, and the test points too when they are the user's own and on show. */
  function clickable(): Point[] {
    const { data } = telemetry.getState();
    const points: Point[] = [];
    if (data === null) return points;
    pointsOf(data.trainX, data.trainY, points);
    if (showTest && app.getState().config.dataset === 'custom') pointsOf(data.testX, data.testY, points);
    return points;
  }

  function clickAt(x: number, y: number, pointerType: string): void {
    const index = boxAt(boxes, x, y);
    const s = scales[index];
    if (index < 0 || s === undefined) return;
    const radius = pointerType === 'touch' ? 16 : 10;
    const hit = hitTest(clickable(), x, y, (p) => ({ x: s.x(p.x), y: s.y(p.y) }), radius);
    const at = clampCursor({ x: s.x.invert(x), y: s.y.invert(y) }, yDomain);
    setCursor(at);
    apply(hit ? removeNearestPoint(source(), hit) : addPoint(source(), { x: s.x.invert(x), y: s.y.invert(y) }));
  }

  function onPointerDown(e: PointerEvent<HTMLElement>): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    press.current = { id: e.pointerId, x: e.clientX, y: e.clientY, type: e.pointerType };
  }

  function onPointerUp(e: PointerEvent<HTMLElement>): void {
    const p = press.current;
    press.current = null;
    if (p === null || p.id !== e.pointerId) return;
    if (Math.hypot(e.clientX - p.x, e.clientY - p.y) > CLICK_SLOP) return;
    const rect = e.currentTarget.getBoundingClientRect();
    clickAt(e.clientX - rect.left, e.clientY - rect.top, p.type);
  }

  function onPointerCancel(): void {
    press.current = null;
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>): void {
    const step = e.shiftKey ? KEY_STEP * 5 : KEY_STEP;
    const move = (dx: number, dy: number) => setCursor((c) => clampCursor({ x: c.x + dx, y: c.y + dy }, yDomain));
    switch (e.key) {
      case 'ArrowLeft':
        move(-step, 0);
        break;
      case 'ArrowRight':
        move(step, 0);
        break;
      case 'ArrowUp':
        move(0, step);
        break;
      case 'ArrowDown':
        move(0, -step);
        break;
      case 'Enter':
      case ' ':
        apply(addPoint(source(), clampCursor(cursor, yDomain)));
        break;
      case 'Delete':
      case 'Backspace': {
        const s = scales[0];
        const aspect = s ? { x: Math.abs(s.x(1) - s.x(0)), y: Math.abs(s.y(1) - s.y(0)) } : undefined;
        apply(removeNearestPoint(source(), clampCursor(cursor, yDomain), aspect));
        break;
      }
      default:
        return;
    }
    e.preventDefault();
    setFocused(true);
  }

  function onFocus(e: FocusEvent<HTMLElement>): void {
    // A mouse click focuses the plot too; the cursor and hint are for keyboard users.
    if (e.currentTarget.matches(':focus-visible')) setFocused(true);
  }

  function onBlur(): void {
    setFocused(false);
  }

  return {
    /** The keyboard cursor, shown while the plot has keyboard focus. */
    cursor: drawing && focused ? clampCursor(cursor, yDomain) : null,
    focused: drawing && focused,
    message,
    handlers: drawing ? { onPointerDown, onPointerUp, onPointerCancel, onKeyDown, onFocus, onBlur } : {},
    /** The true function the points on show were drawn from, or null (not edited here, or edited since loading others). */
    keptTruth: kept !== null && kept.points === points ? kept.truth : null,
  };
}
