import type { Activation } from './config';

export const ActivationCode = { relu: 0, tanh: 1, sigmoid: 2 } as const;
export type ActivationCode = (typeof ActivationCode)[keyof typeof ActivationCode];

export function activationCode(name: Activation): ActivationCode {
  return ActivationCode[name];
}
