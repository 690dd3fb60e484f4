import type { ModelConfig, OptimizerKind } from './config';
import { detExp } from './detmath';
import { allocFloats, type FloatArray, type Precision } from './floats';

const MOMENTUM = 0.9;
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/** The settings of the model configuration the optimizer reads. */
export type OptimizerSettings = Pick<ModelConfig, 'optimizer' | 'learningRate' | 'l2' | 'lrHalfLife'>;

/** The learning rate of step t (0-based) under the half-life schedule; built from deterministic math so every engine agrees. */
function scheduledRate(learningRate: number, halfLife: number, t: number): number {
  return halfLife > 0 ? learningRate * detExp((-t * Math.LN2) / halfLife) : learningRate;
}

/** Everything an optimizer carries from one step to the next. */
export interface OptimizerState {
  kind: OptimizerKind;
  /** First moments: momentum's velocity or Adam's m (zeros for SGD). */
  m: FloatArray;
  /** Adam's second moments (zeros otherwise). */
  v: FloatArray;
  /** β₁ᵗ and β₂ᵗ of Adam's bias correction, as running products (1 before Adam's first step; they reach 0 in long runs). */
  beta1Power: number;
  beta2Power: number;
}

/** Why `state` cannot resume an optimizer over `size` parameters, or null when it can. */
export function optimizerStateProblem(state: OptimizerState, size: number): string | null {
  if (state.m.length !== size) return `m must hold ${size} numbers (got ${state.m.length})`;
  if (state.v.length !== size) return `v must hold ${size} numbers (got ${state.v.length})`;
  for (const key of ['beta1Power', 'beta2Power'] as const) {
    const b = state[key];
    if (!(b >= 0 && b <= 1)) return `${key} must be a number from 0 to 1 (got ${b})`;
  }
  return null;
}

/** SGD, SGD with momentum and Adam over one flat parameter vector; moments allocated once. */
export class Optimizer {
  private kind: OptimizerKind;
  private learningRate: number;
  private lrHalfLife: number;
  private l2: number;
  private readonly m: FloatArray;
  private readonly v: FloatArray;
  // β^t kept as running products: Math.pow may differ between engines.
  private beta1Power = 1;
  private beta2Power = 1;

  constructor(settings: OptimizerSettings, size: number, precision: Precision) {
    this.kind = settings.optimizer;
    this.learningRate = settings.learningRate;
    this.lrHalfLife = settings.lrHalfLife;
    this.l2 = settings.l2;
    this.m = allocFloats(precision, size);
    this.v = allocFloats(precision, size);
  }

  get current(): OptimizerKind {
    return this.kind;
  }

  /** Applies the settings live; switching optimizer starts its moments from zero (the weights are untouched). */
  configure(settings: OptimizerSettings): void {
    this.learningRate = settings.learningRate;
    this.lrHalfLife = settings.lrHalfLife;
    this.l2 = settings.l2;
    if (settings.optimizer === this.kind) return;
    this.kind = settings.optimizer;
    this.reset();
  }

  /** A copy of the moments and bias-correction products. */
  capture(): OptimizerState {
    return { kind: this.kind, m: this.m.slice(), v: this.v.slice(), beta1Power: this.beta1Power, beta2Power: this.beta2Power };
  }

  /**
   * Continues from a captured state; throws a RangeError if it does not fit.
   * A state of another optimizer than the one configured is dropped and the
   * moments start from zero, as a live switch of optimizer does.
   */
  restore(state: OptimizerState): void {
    const problem = optimizerStateProblem(state, this.m.length);
    if (problem !== null) throw new RangeError(`optimizer: ${problem}`);
    if (state.kind !== this.kind) {
      this.reset();
      return;
    }
    this.m.set(state.m);
    this.v.set(state.v);
    this.beta1Power = state.beta1Power;
    this.beta2Power = state.beta2Power;
  }

  reset(): void {
    this.m.fill(0);
    this.v.fill(0);
    this.beta1Power = 1;
    this.beta2Power = 1;
  }

  /**
   * One update. The L2 penalty λ‖W‖² adds 2λw to the gradient of every entry
   * inside `weightRanges`; biases are not penalised. `t` is the number of
   * steps the run has taken before this one (the schedule's clock).
   */
  step(params: FloatArray, grads: FloatArray, weightRanges: ReadonlyArray<readonly [number, number]>, t: number): void {
    const { l2 } = this;
    const learningRate = scheduledRate(this.learningRate, this.lrHalfLife, t);
    if (l2 > 0) {
      const decay = 2 * l2;
      for (const [start, end] of weightRanges) {
        for (let k = start; k < end; k++) grads[k] += decay * params[k];
      }
    }
    const n = params.length;
    const m = this.m;
    if (this.kind === 'sgd') {
      for (let k = 0; k < n; k++) params[k] -= learningRate * grads[k];
    } else if (this.kind === 'momentum') {
      for (let k = 0; k < n; k++) {
        const mk = MOMENTUM * m[k] + grads[k];
        m[k] = mk;
        params[k] -= learningRate * mk;
      }
    } else {
      const v = this.v;
      this.beta1Power *= BETA1;
      this.beta2Power *= BETA2;
      const c1 = 1 / (1 - this.beta1Power);
      const c2 = 1 / (1 - this.beta2Power);
      for (let k = 0; k < n; k++) {
        const g = grads[k];
        const mk = BETA1 * m[k] + (1 - BETA1) * g;
        const vk = BETA2 * v[k] + (1 - BETA2) * g * g;
        m[k] = mk;
        v[k] = vk;
        params[k] -= (learningRate * mk * c1) / (Math.sqrt(vk * c2) + EPSILON);
      }
    }
  }
}
