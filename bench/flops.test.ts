import { describe, expect, it } from 'vitest';
import { epochBatchSizes, meanBatchSize, nominalFlopsPerStep } from './flops';

describe('nominalFlopsPerStep', () => {
  it('matches a per-layer count written out for a 1-3-2-1 network', () => {
    const batch = 5;
    // Weight matrices: 1×3, 3×2, 2×1. Each costs, per example, 2·in·out FLOPs
    // forward, 2·in·out for the input gradient and 2·in·out for the weight gradient.
    const perExample = {
      forward: 2 * (1 * 3) + 2 * (3 * 2) + 2 * (2 * 1), // 6 + 12 + 4 = 22
      inputGrad: 2 * (1 * 3) + 2 * (3 * 2) + 2 * (2 * 1), // 22
      weightGrad: 2 * (1 * 3) + 2 * (3 * 2) + 2 * (2 * 1), // 22
    };
    const expected = batch * (perExample.forward + perExample.inputGrad + perExample.weightGrad);
    expect(expected).toBe(330);
    expect(nominalFlopsPerStep([3, 2], batch)).toBe(expected);
  });

  it('counts the benchmark workloads', () => {
    // overfit: 1-64-64-1, full batch of 16 → 6 · 16 · (64 + 4096 + 64)
    expect(nominalFlopsPerStep([64, 64], 16)).toBe(405_504);
    // wide: 1-128-128-1, minibatch 32 → 6 · 32 · (128 + 16384 + 128)
    expect(nominalFlopsPerStep([128, 128], 32)).toBe(3_194_880);
    // tanh: 1-16-16-1, full batch of 64 → 6 · 64 · (16 + 256 + 16)
    expect(nominalFlopsPerStep([16, 16], 64)).toBe(110_592);
  });

  it('handles a single hidden layer and an empty batch', () => {
    expect(nominalFlopsPerStep([4], 1)).toBe(6 * (4 + 4));
    expect(nominalFlopsPerStep([64, 64], 0)).toBe(0);
  });
});

describe('minibatch partition', () => {
  it('averages a remainder batch into the mean', () => {
    expect(epochBatchSizes(200, 32)).toEqual([32, 32, 32, 32, 32, 32, 8]);
    expect(meanBatchSize(200, 32)).toBeCloseTo(200 / 7, 12);
  });

  it('treats 0 and oversize batches as full batch', () => {
    expect(epochBatchSizes(16, 0)).toEqual([16]);
    expect(meanBatchSize(16, 0)).toBe(16);
    expect(meanBatchSize(64, 500)).toBe(64);
    expect(meanBatchSize(64, 32)).toBe(32);
  });
});
