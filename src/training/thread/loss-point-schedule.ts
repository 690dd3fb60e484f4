/**
 * When the training worker takes a loss point (an eval-mode pass over the
 * training and test sets per run) while training at full speed: spaced in
 * time so that evaluating takes at most LOSS_POINT_SHARE of the worker's time
 * — the app's steps/s stays close to the bare kernel's — and in steps so that
 * every growth of the step count by LOSS_POINT_GROWTH has a point, which a
 * log step axis needs early in a run.
 */
export const LOSS_POINT_SHARE = 0.06;
export const LOSS_POINT_GROWTH = 1.25;

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
  const spacingMs = Math.max(c.minSpacingMs, (c.evalCostMs * (1 - LOSS_POINT_SHARE)) / LOSS_POINT_SHARE);
  return c.now - c.lastPointTime >= spacingMs;
}
