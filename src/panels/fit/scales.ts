import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Domain, Rect } from './geometry';

/** x always spans the data range [−1, 1]. */
export const X_DOMAIN: Domain = [-1, 1];

export interface PlotScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/** Data → pixel scales for a plot's inner area (y grows upwards). */
export function makeScales(inner: Rect, yDomain: Domain): PlotScales {
  return {
    x: scaleLinear()
      .domain(X_DOMAIN)
      .range([inner.x, inner.x + inner.width]),
    y: scaleLinear()
      .domain(yDomain)
      .range([inner.y + inner.height, inner.y]),
  };
}
