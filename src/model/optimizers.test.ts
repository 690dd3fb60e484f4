import { describe, expect, it } from 'vitest';
import { Optimizer } from './optimizers';

const WEIGHTS: ReadonlyArray<readonly [number, number]> = [[0, 2]]; // entries 0–1 are weights, 2 is a bias

describe('Optimizer', () => {
  it('SGD steps against the gradient, L2 adds 2λw to weights only', () => {
    const params = new Float64Array([1, -2, 3]);
    const grads = new Float64Array([0.5, 0.5, 0.5]);
    new Optimizer({ optimizer: 'sgd', learningRate: 0.1, l2: 0.25, lrHalfLife: 0 }, 3, 'f64').step(params, grads, WEIGHTS, 0);
    expect(params[0]).toBeCloseTo(1 - 0.1 * (0.5 + 2 * 0.25 * 1), 12);
    expect(params[1]).toBeCloseTo(-2 - 0.1 * (0.5 + 2 * 0.25 * -2), 12);
    expect(params[2]).toBeCloseTo(3 - 0.1 * 0.5, 12);
  });

  it('the half-life schedule halves the rate every h steps of the run (step t moves by lr·2^(−t/h)), and 0 keeps it constant', () => {
    const moveAt = (lrHalfLife: number, t: number) => {
      const params = new Float64Array([0]);
      new Optimizer({ optimizer: 'sgd', learningRate: 0.2, l2: 0, lrHalfLife }, 1, 'f64').step(params, new Float64Array([1]), [], t);
      return -params[0];
    };
    expect(moveAt(100, 0)).toBeCloseTo(0.2, 14);
    expect(moveAt(100, 100)).toBeCloseTo(0.1, 14);
    expect(moveAt(100, 250)).toBeCloseTo(0.2 * 2 ** -2.5, 14);
    expect(moveAt(0, 5000)).toBe(0.2);
  });

  it('momentum accumulates velocity: the second equal gradient moves 1.9× as far', () => {
    const params = new Float64Array([0]);
    const opt = new Optimizer({ optimizer: 'momentum', learningRate: 0.1, l2: 0, lrHalfLife: 0 }, 1, 'f64');
    opt.step(params, new Float64Array([1]), [], 0);
    const first = -params[0];
    opt.step(params, new Float64Array([1]), [], 0);
    expect(-params[0] - first).toBeCloseTo(1.9 * first, 12);
  });

  it('momentum follows m ← μm + g, θ ← θ − lr·m exactly (μ = 0.9, no dampening), with L2 on weights only', () => {
    const lr = 0.05;
    const l2 = 0.1;
    const mu = 0.9;
    const grads = [
      [1, -2, 0.5],
      [0.25, 3, -1],
      [-4, 0.5, 2],
      [0, 0, 0],
      [2, -1, -3],
    ];
    const params = new Float64Array([0.3, -0.7, 1.2]);
    const opt = new Optimizer({ optimizer: 'momentum', learningRate: lr, l2, lrHalfLife: 0 }, 3, 'f64');
    const theta = Array.from(params);
    const m = [0, 0, 0];
    for (const g of grads) {
      opt.step(params, Float64Array.from(g), WEIGHTS, 0);
      for (let k = 0; k < 3; k++) {
        const gk = g[k] + (k < 2 ? 2 * l2 * theta[k] : 0); // entries 0–1 are weights
        m[k] = mu * m[k] + gk;
        theta[k] -= lr * m[k];
      }
      for (let k = 0; k < 3; k++) expect(params[k]).toBeCloseTo(theta[k], 12);
    }
    // After a zero gradient the velocity still moves the parameters (the bias, entry 2, by lr·μ·m).
    expect(theta[2]).not.toBeCloseTo(1.2, 3);
  });

  it('Adam’s bias-corrected first step is lr in the direction of −sign(g), whatever |g|', () => {
    for (const g of [1e-3, 1, 250]) {
      const params = new Float64Array([0, 0]);
      new Optimizer({ optimizer: 'adam', learningRate: 0.01, l2: 0, lrHalfLife: 0 }, 2, 'f64').step(params, new Float64Array([g, -g]), [], 0);
      expect(params[0]).toBeCloseTo(-0.01, 6);
      expect(params[1]).toBeCloseTo(0.01, 6);
    }
  });

  it('switching optimizer resets the moments but not the weights', () => {
    const params = new Float64Array([1]);
    const opt = new Optimizer({ optimizer: 'momentum', learningRate: 0.1, l2: 0, lrHalfLife: 0 }, 1, 'f64');
    opt.step(params, new Float64Array([1]), [], 0);
    opt.configure({ optimizer: 'adam', learningRate: 0.1, l2: 0, lrHalfLife: 0 });
    opt.configure({ optimizer: 'momentum', learningRate: 0.1, l2: 0, lrHalfLife: 0 });
    const before = params[0];
    opt.step(params, new Float64Array([1]), [], 0);
    expect(before - params[0]).toBeCloseTo(0.1, 12); // no leftover velocity
  });
});
