/**
 * One calm, colorblind-safe palette (Okabe–Ito hues) used the same way in
 * every panel: train vs test, run A vs run B, positive vs negative weights.
 * The same colors exist as CSS variables in styles.css.
 */
export const palette = {
  ink: '#1f2933',
  muted: '#52606d',
  grid: '#e4e7eb',
  paper: '#fbfaf7',
  /** Training points and the training loss. */
  train: '#0072B2',
  /** Test points and the test loss. */
  test: '#E69F00',
  /** The true (noise-free) function. */
  truth: '#6b7280',
  /** The model's eval-mode prediction: the run with dropout (run B, or the single run). */
  model: '#009E73',
  /** Run A in compare mode: the same network without dropout. */
  runA: '#D55E00',
  /** Run B in compare mode: with dropout (same hue as `model`). */
  runB: '#009E73',
  /** MC-dropout band and thinned-network curves: lighter versions of the model hue. */
  band: 'rgba(0, 158, 115, 0.18)',
  ghost: 'rgba(0, 158, 115, 0.35)',
  /** Edge colors by weight sign. */
  weightPositive: '#0072B2',
  weightNegative: '#D55E00',
  /** The X over a dropped neuron. */
  dropped: '#B42318',
  /** A hovered / focused neuron and its curve. */
  highlight: '#CC79A7',
} as const;
