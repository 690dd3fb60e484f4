import { detSigmoid, detTanh } from './detmath';
import type { FloatArray } from './floats';
import type { Activation } from './config';

export const ActivationCode = { relu: 0, tanh: 1, sigmoid: 2 } as const;
export type ActivationCode = (typeof ActivationCode)[keyof typeof ActivationCode];

export function activationCode(name: Activation): ActivationCode {
  return ActivationCode[name];
}

/**
 * h ← f(h) in place over the first n entries, one loop per activation so each stays
 * monomorphic and tight; tanh and sigmoid are the deterministic ones (detmath.ts).
 * ReLU is Math.max(z, 0): branch-free, NaN stays NaN (so a diverged run shows in the
 * output and the loss; `z > 0 ? z : 0` would map it to 0) and −0 becomes +0. The backward
 * gate sign(h) is then NaN too, so the gradients carry the NaN as well.
 */
export function applyActivation(act: ActivationCode, h: FloatArray, n: number): void {
  if (act === ActivationCode.relu) {
    for (let o = 0; o < n; o++) h[o] = Math.max(h[o], 0);
  } else if (act === ActivationCode.tanh) {
    for (let o = 0; o < n; o++) h[o] = detTanh(h[o]);
  } else {
    for (let o = 0; o < n; o++) h[o] = detSigmoid(h[o]);
  }
}
