import { describe, expect, it } from 'vitest';
import { keepProbability } from '../../model/dropout';
import { OVERFITTING_PRESET } from '../../experiment/presets';
import type { ExperimentConfig } from '../../experiment/types';
import { RunSet } from './run-set';

describe('RunSet.thinnedMasks', () => {
  const config: ExperimentConfig = { ...OVERFITTING_PRESET, hiddenLayers: [64, 32], dropout: [0.5, 0.2], seed: 9 };

  it('keeps each unit with probability 1 − p of its layer (within 6σ), the same masks for the same seed', () => {
    const runs = new RunSet(config, true);
    const masks = runs.thinnedMasks(300);
    [0.5, 0.2].forEach((p, l) => {
      let kept = 0;
      let units = 0;
      for (const set of masks) {
        kept += set[l].reduce((s, m) => s + m, 0);
        units += set[l].length;
      }
      const q = keepProbability(p);
      expect(Math.abs(kept / units - q)).toBeLessThanOrEqual(6 * Math.sqrt((q * (1 - q)) / units));
    });
    expect(new RunSet(config, false).thinnedMasks(300)).toEqual(masks);
  });

  it('keeps every unit at p = 0', () => {
    const masks = new RunSet({ ...config, dropout: [0, 0] }, false).thinnedMasks(20);
    expect(masks.every((set) => set.every((mask) => mask.every((m) => m === 1)))).toBe(true);
  });
});
