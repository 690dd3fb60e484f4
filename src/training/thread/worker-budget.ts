/**
 * The training worker's time budget while training at full speed: what is not
 * training — loss points (an eval-mode pass over the training and test sets per
 * run) and frames for the page (predictions over the grid, masks, weights) —
 * takes at most a fixed share each, so that the app's steps/s stays close to
 * the bare kernel's (issue 13: ≥ 0.8 of it). Each is spaced in time by what it
 * last cost.
 *
 * Loss points are spaced by what the loss chart can show, too: once the steps
 * since the last point are a small part of the axis (1/LOSS_POINTS_PER_AXIS of
 * the step count) more points add nothing visible, so a long run spends far
 * less than its share on them. And a point is taken at every growth of the step
 * count by LOSS_POINT_GROWTH, which a log step axis needs early in a run.
 */
export const LOSS_POINT_SHARE = 0.08;
export const FRAME_SHARE = 0.06;
export const LOSS_POINT_GROWTH = 1.25;
export const LOSS_POINTS_PER_AXIS = 400;

/** The time between two runs of a job costing `costMs` for it to take `share` of the time. */
export function spacingForShare(costMs: number, share: number): number {
  return (costMs * (1 - share)) / share;
}

export interface LossPointClock {
  /** The step now and at the last point. */
  step: number;
  lastPointStep: number;
  /** Milliseconds now and at the last point, and what the last point's evaluation took. */
  now: number;
  lastPointTime: number;
  evalCostMs: number;
  /** The shortest spacing in time, whatever the evaluation costs. */
  minSpacingMs: number;
}

export function lossPointDue(c: LossPointClock): boolean {
  if (c.step === c.lastPointStep) return false;
  if (c.step + 1 >= LOSS_POINT_GROWTH * (c.lastPointStep + 1)) return true;
  if (c.step - c.lastPointStep < c.step / LOSS_POINTS_PER_AXIS) return false;
  const spacingMs = Math.max(c.minSpacingMs, spacingForShare(c.evalCostMs, LOSS_POINT_SHARE));
  return c.now - c.lastPointTime >= spacingMs;
}
