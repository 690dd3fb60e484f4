/**
 * The chart-size contract for SVG charts laid out in script: the sizes of
 * chart-sizes.ts (--chart-text, --chart-stroke) with a way to measure a label
 * at the text size, so that margins fit the text.
 */
import { type RefObject, useLayoutEffect, useState } from 'react';
import { NORMAL_CHART_SIZES, readChartSizes } from './chart-sizes';
import { useAppState } from './context';

export interface ChartStyle {
  /** Font size of every chart text, px. */
  text: number;
  /** Width of the data curves, px. */
  stroke: number;
  /** Width of a label at `text` px, px. */
  measure: (label: string) => number;
}

/** The normal sizes; also the fallback where the custom properties cannot be read. */
export const NORMAL_TEXT = NORMAL_CHART_SIZES.text;
export const NORMAL_STROKE = NORMAL_CHART_SIZES.stroke;

/** A rough width of a label in a sans-serif font (the average glyph is about 0.6 em). */
export function estimateTextWidth(label: string, fontSize: number): number {
  return label.length * fontSize * 0.6;
}

export function estimatedStyle(text: number, stroke: number): ChartStyle {
  return { text, stroke, measure: (label) => estimateTextWidth(label, text) };
}

export const NORMAL_CHART_STYLE: ChartStyle = estimatedStyle(NORMAL_TEXT, NORMAL_STROKE);

let measuringContext: CanvasRenderingContext2D | null | undefined;

function context(): CanvasRenderingContext2D | null {
  if (measuringContext === undefined) {
    try {
      measuringContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      measuringContext = null;
    }
  }
  return measuringContext;
}

/** The style of the element's charts: its custom properties, with labels measured in its font. */
export function readChartStyle(element: Element): ChartStyle {
  const computed = getComputedStyle(element);
  const { text, stroke } = readChartSizes(computed);
  const ctx = context();
  if (ctx === null) return estimatedStyle(text, stroke);
  const font = `${text}px ${computed.fontFamily || 'sans-serif'}`;
  const widths = new Map<string, number>();
  return {
    text,
    stroke,
    measure: (label) => {
      let width = widths.get(label);
      if (width === undefined) {
        ctx.font = font;
        width = ctx.measureText(label).width;
        widths.set(label, width);
      }
      return width;
    },
  };
}

/**
 * The chart style under `ref`, read again when presenter mode changes (never
 * per frame). Labels keep their measured widths until then.
 */
export function useChartStyle(ref: RefObject<Element | null>): ChartStyle {
  const presenter = useAppState((s) => s.display.presenter);
  const [style, setStyle] = useState<ChartStyle>(NORMAL_CHART_STYLE);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const next = readChartStyle(element);
    setStyle((prev) => (prev.text === next.text && prev.stroke === next.stroke && prev !== NORMAL_CHART_STYLE ? prev : next));
  }, [ref, presenter]);
  return style;
}
