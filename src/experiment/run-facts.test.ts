import { describe, expect, it } from 'vitest';
import { configOfRun, dropoutOfRun, layerSizes, layerSlices, mainRun, paramCount, runsOf } from './run-facts';

describe('run facts', () => {
  it('compare mode has A then B; otherwise B alone, which the readouts follow', () => {
    expect(runsOf(true)).toEqual(['A', 'B']);
    expect(runsOf(false)).toEqual(['B']);
    expect(mainRun(runsOf(true))).toBe('B');
    expect(mainRun([])).toBeUndefined();
  });

  it('run A trains without dropout, B with the configured p', () => {
    expect(dropoutOfRun([0.5, 0.2], 'A')).toEqual([0, 0]);
    expect(dropoutOfRun([0.5, 0.2], 'B')).toEqual([0.5, 0.2]);
    const config = { dropout: [0.3], hiddenLayers: [4] } as Parameters<typeof configOfRun>[0];
    expect(configOfRun(config, 'A').dropout).toEqual([0]);
    expect(config.dropout).toEqual([0.3]);
  });

  it('lays weights out layer by layer, W row-major then biases', () => {
    const sizes = layerSizes([3, 2]);
    expect(sizes).toEqual([1, 3, 2, 1]);
    const slices = layerSlices(sizes);
    expect(slices.map((s) => [s.weightOffset, s.biasOffset])).toEqual([
      [0, 3],
      [6, 12],
      [14, 16],
    ]);
    // 1·3 + 3 + 3·2 + 2 + 2·1 + 1
    expect(paramCount(sizes)).toBe(17);
  });
});
