import { palette } from '../kit/palette';

interface LineStyle {
  color: string;
  /** The dash pattern at a stroke width, or undefined for a solid line. */
  dash(stroke: number): string | undefined;
}

/** How each of the ensemble view's curves is drawn: a hue and a dash, so they differ without color too. */
export const ENSEMBLE_LINES: Readonly<Record<'scaling' | 'mc' | 'exact', LineStyle>> = {
  scaling: { color: palette.model, dash: () => undefined },
  mc: { color: palette.highlight, dash: (stroke) => `${4 * stroke} ${2.5 * stroke}` },
  exact: { color: palette.ink, dash: (stroke) => `0.1 ${2.5 * stroke}` },
};
