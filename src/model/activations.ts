import type { Activation } from './config';
import { detSigmoid, detTanh } from './detmath';

export const ActivationCode = { relu: 0, tanh: 1, sigmoid: 2 } as const;
export type ActivationCode = (typeof ActivationCode)[keyof typeof ActivationCode];

export function activationCode(name: Activation): ActivationCode {
  return ActivationCode[name];
}

/** f(z). */
export function activate(code: ActivationCode, z: number): number {
  if (code === ActivationCode.relu) return z > 0 ? z : 0;
  if (code === ActivationCode.tanh) return detTanh(z);
  return detSigmoid(z);
}

/** f′(z), written in terms of h = f(z) as the backward pass has it. */
export function derivativeFromOutput(code: ActivationCode, h: number): number {
  if (code === ActivationCode.relu) return h > 0 ? 1 : 0;
  if (code === ActivationCode.tanh) return 1 - h * h;
  return h * (1 - h);
}
