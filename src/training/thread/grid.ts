/** The x values where curves are drawn: ≥ 200 points over the data range. */
export const GRID_SIZE = 241;
export const GRID_MIN = -1;
export const GRID_MAX = 1;

export function makeGrid(): Float32Array {
  return Float32Array.from({ length: GRID_SIZE }, (_, i) => GRID_MIN + ((GRID_MAX - GRID_MIN) * i) / (GRID_SIZE - 1));
}
