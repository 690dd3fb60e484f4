import { describe, expect, it } from 'vitest';
import { MinibatchSampler } from './minibatch';
import { Rng } from './rng';

function epochBatches(sampler: MinibatchSampler, out: Int32Array): number[][] {
  const start = sampler.epoch;
  const batches: number[][] = [];
  while (sampler.epoch === start) {
    const count = sampler.next(out);
    batches.push([...out.subarray(0, count)]);
  }
  return batches;
}

describe('MinibatchSampler', () => {
  it('visits every example exactly once per epoch; the last minibatch may be smaller', () => {
    const sampler = new MinibatchSampler(10, new Rng(1), 4);
    const out = new Int32Array(10);
    const batches = epochBatches(sampler, out);
    expect(batches.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(batches.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sampler.epoch).toBe(1);
  });

  it('reshuffles every epoch', () => {
    const sampler = new MinibatchSampler(20, new Rng(2), 5);
    const out = new Int32Array(20);
    const first = epochBatches(sampler, out).flat();
    const second = epochBatches(sampler, out).flat();
    expect(second).not.toEqual(first);
    expect([...second].sort((a, b) => a - b)).toEqual([...first].sort((a, b) => a - b));
  });

  it('treats 0 and ≥ N as full batch, one step per epoch', () => {
    for (const size of [0, 10, 500]) {
      const sampler = new MinibatchSampler(10, new Rng(3), size);
      const out = new Int32Array(10);
      expect(sampler.next(out)).toBe(10);
      expect(sampler.epoch).toBe(1);
    }
  });

  it('applies a new batch size from the next minibatch', () => {
    const sampler = new MinibatchSampler(10, new Rng(4), 2);
    const out = new Int32Array(10);
    expect(sampler.next(out)).toBe(2);
    sampler.setBatchSize(5);
    expect(sampler.next(out)).toBe(5);
    expect(sampler.next(out)).toBe(3);
    expect(sampler.epoch).toBe(1);
  });
});
