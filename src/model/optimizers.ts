import type { ModelConfig, OptimizerKind } from './config';
import { allocFloats, type FloatArray, type Precision } from './floats';

const MOMENTUM = 0.9;
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/** The settings of the model configuration the optimizer reads. */
export type OptimizerSettings = Pick<ModelConfig, 'optimizer' | 'learningRate' | 'l2'>;

/** SGD, SGD with momentum and Adam over one flat parameter vector; moments allocated once. */
export class Optimizer {
  private kind: OptimizerKind;
  private learningRate: number;
  private l2: number;
  private readonly m: FloatArray;
  private readonly v: FloatArray;
  // β^t kept as running products: Math.pow may differ between engines.
  private beta1Power = 1;
  private beta2Power = 1;

  constructor(settings: OptimizerSettings, size: number, precision: Precision) {
    this.kind = settings.optimizer;
    this.learningRate = settings.learningRate;
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
    this.l2 = settings.l2;
    if (settings.optimizer === this.kind) return;
    this.kind = settings.optimizer;
    this.reset();
  }

  reset(): void {
    this.m.fill(0);
    this.v.fill(0);
    this.beta1Power = 1;
    this.beta2Power = 1;
  }

  /**
   * One update. The L2 penalty λ‖W‖² adds 2λw to the gradient of every entry
   * inside `weightRanges`; biases are not penalised.
   */
  step(params: FloatArray, grads: FloatArray, weightRanges: ReadonlyArray<readonly [number, number]>): void {
    const { learningRate, l2 } = this;
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
