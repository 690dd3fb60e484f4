/**
 * Writes one frame of the loss chart to its registered DOM nodes: ticks, the
 * best-test and divergence markers, and the hover readout (the curves and the
 * grid are painted on a canvas: canvas-layer.ts).
 * Called from useTelemetry and from pointer/keyboard handlers, never from render.
 */
import { bestMarkerIndex, type ChartModel, type HistoryLike, type Tick } from './chart-model';
import type { RunId } from '../../experiment/types';
import { formatCount } from '../kit/format';
import { nearestIndex } from './nearest';
import { type Registry, setAttrs, setText, setVisible } from './registry';
import type { SeriesStyle } from './series';
import { placeMarkerLabels } from './marker-labels';
import { formatValue, MAX_TICKS } from './ticks';
import { STRINGS } from '../kit/strings';

/** Tick nodes rendered per axis; an axis never needs more. */

export interface RunEntry {
  id: RunId;
  /** Stacking slot of the run's labels (0 for the first run on show). */
  slot: number;
  history: HistoryLike;
  divergedAt: number | null;
  /** "no dropout" / "dropout p = 0.5" in compare mode, else null. */
  label: string | null;
}

export interface PaintInput {
  model: ChartModel;
  entries: RunEntry[];
  styles: SeriesStyle[];
  /** The chart's text size and a label's width at it. */
  text: number;
  measure: (label: string) => number;
}

function paintTicks(registry: Registry, prefix: 'x' | 'y', ticks: Tick[]): void {
  for (let i = 0; i < MAX_TICKS; i++) {
    const group = registry.get(`${prefix}tick:${i}`);
    const tick = ticks[i];
    setVisible(group, tick !== undefined);
    if (tick === undefined || group === undefined) continue;
    setAttrs(group, { transform: prefix === 'x' ? `translate(${tick.pos.toFixed(1)},0)` : `translate(0,${tick.pos.toFixed(1)})` });
    setText(group.querySelector('text') ?? undefined, tick.label);
  }
}

/** Label x and anchor beside a vertical marker, flipped left near the right edge. */
function besideLine(model: ChartModel, x: number, room: number): { x: number; anchor: string } {
  const right = model.box.left + model.box.width;
  return x + room > right ? { x: x - 4, anchor: 'end' } : { x: x + 4, anchor: 'start' };
}

function paintMarkers(registry: Registry, { model, entries, text, measure }: PaintInput): void {
  const { box } = model;
  const bottom = box.top + box.height;
  const withBest = entries.map((entry) => ({ entry, best: bestMarkerIndex(entry.history) })).filter(({ best }) => best >= 0);
  const labels = placeMarkerLabels(
    withBest.map(({ entry, best }) => ({ x: model.x(entry.history.step[best]), width: measure(registry.get(`best-text:${entry.id}`)?.textContent ?? '') })),
    box,
    text,
  );
  for (const entry of entries) {
    const shown = withBest.findIndex((w) => w.entry === entry);
    setVisible(registry.get(`best:${entry.id}`), shown >= 0);
    if (shown >= 0) {
      const h = entry.history;
      const best = withBest[shown].best;
      const x = model.x(h.step[best]);
      setAttrs(registry.get(`best-line:${entry.id}`), { x1: x, x2: x });
      setAttrs(registry.get(`best-dot:${entry.id}`), { cx: x, cy: model.y(h.test[best]) });
      const label = labels[shown];
      const textNode = registry.get(`best-text:${entry.id}`);
      setVisible(textNode, label !== null);
      if (label !== null) setAttrs(textNode, { x: label.x, y: label.y, 'text-anchor': label.anchor });
    }
    const diverged = entry.divergedAt !== null && Number.isFinite(entry.divergedAt);
    setVisible(registry.get(`div:${entry.id}`), diverged);
    if (diverged && entry.divergedAt !== null) {
      const x = model.x(Math.min(Math.max(entry.divergedAt, model.xDomain[0]), model.xDomain[1]));
      setAttrs(registry.get(`div-line:${entry.id}`), { x1: x, x2: x });
      const words = STRINGS.loss.divergedAt(entry.label, formatCount(entry.divergedAt));
      const label = besideLine(model, x, measure(words) + 8);
      const textNode = registry.get(`div-text:${entry.id}`);
      setAttrs(textNode, { x: label.x, y: bottom - text * 0.5 - entry.slot * text * 1.25, 'text-anchor': label.anchor });
      setText(textNode, words);
    }
  }
}

/** The SVG part of the chart for one frame (everything but the hover readout; the curves and grid are on the canvas). */
export function paintChart(registry: Registry, input: PaintInput): void {
  const { model, entries } = input;
  paintTicks(registry, 'x', model.xTicks);
  paintTicks(registry, 'y', model.yTicks);
  paintMarkers(registry, input);
  setVisible(registry.get('empty'), !entries.some((e) => e.history.length > 0));
}

/**
 * The hover readout at pixel x (null hides it): a vertical rule at the
 * nearest recorded step, dots on the curves and the values of every run.
 */
export function paintHover(registry: Registry, input: PaintInput, hoverX: number | null): void {
  const { model, entries, styles } = input;
  const withData = entries.filter((e) => e.history.length > 0);
  const visible = hoverX !== null && withData.length > 0;
  setVisible(registry.get('hover'), visible);
  setVisible(registry.get('readout'), visible);
  if (!visible || hoverX === null) return;
  const { box } = model;
  const px = Math.min(Math.max(hoverX, box.left), box.left + box.width);
  const target = model.stepAt(px);
  const nearest = new Map(withData.map((e) => [e.id, nearestIndex(e.history.step, target)]));
  const lead = withData[withData.length - 1];
  const step = lead.history.step[nearest.get(lead.id) ?? 0];
  const x = model.x(step);
  setAttrs(registry.get('hover-rule'), { x1: x, x2: x });
  for (const style of styles) {
    const entry = withData.find((e) => e.id === style.run);
    const i = entry ? (nearest.get(entry.id) ?? -1) : -1;
    const value = entry && i >= 0 ? entry.history[style.key][i] : Number.NaN;
    const dot = registry.get(`hover-dot:${style.id}`);
    const finite = Number.isFinite(value) && entry !== undefined;
    setVisible(dot, finite);
    if (finite && entry) setAttrs(dot, { cx: model.x(entry.history.step[i]), cy: model.y(value) });
    setText(registry.get(`cell:${style.id}`), formatValue(value));
  }
  setText(registry.get('readout-step'), STRINGS.loss.hoverStep(formatCount(step)));
  const readout = registry.get('readout');
  if (readout instanceof HTMLElement) {
    const onLeft = x > box.left + box.width / 2;
    readout.style.left = `${Math.round(onLeft ? x - 8 : x + 8)}px`;
    readout.style.transform = onLeft ? 'translateX(-100%)' : 'none';
    readout.style.top = `${box.top + 4}px`;
  }
}
