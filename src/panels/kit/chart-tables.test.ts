import { describe, expect, it } from 'vitest';
import type { Telemetry } from '../../state/telemetry-store';
import type { Frame, RunFrame } from '../../training/protocol';
import { networkTable } from './chart-tables';

function telemetry(run: Partial<RunFrame>): Telemetry {
  const frame = { type: 'frame', runVersion: 1, playing: false, stepsPerSec: 0, sizes: [1, 3, 2, 1], runs: [{ run: 'B', ...run }] } as unknown as Frame;
  return { frame } as unknown as Telemetry;
}

describe('networkTable', () => {
  const masks = [Uint8Array.of(1, 0, 1), Uint8Array.of(1, 1)];
  const lastCells = (t: Telemetry) => networkTable(t)?.rows.map((row) => row[row.length - 1]);

  it('Bernoulli dropout: the neurons dropped in the example shown', () => {
    expect(lastCells(telemetry({ dropout: [0.5, 0.5], masks, neuronFactors: null, keptEdges: null }))).toEqual(['1', '0']);
  });

  it('Gaussian dropout: no neuron dropped, and the range of the factors; a layer with p = 0 has no noise to report', () => {
    const neuronFactors = [Float32Array.of(0.5, -0.25, 2), Float32Array.of(1, 1)];
    expect(lastCells(telemetry({ dropout: [0.5, 0], masks: [Uint8Array.of(1, 1, 1), Uint8Array.of(1, 1)], neuronFactors, keptEdges: null }))).toEqual([
      '0 (noise factors −0.25 to 2.00)',
      '0',
    ]);
  });

  it('DropConnect: no neuron dropped, and how many of the weights each layer sends were dropped', () => {
    const keptEdges = [Uint8Array.of(1, 0, 0, 1, 1, 1), Uint8Array.of(0, 1)];
    expect(lastCells(telemetry({ dropout: [0.5, 0.5], masks: [Uint8Array.of(1, 1, 1), Uint8Array.of(1, 1)], neuronFactors: null, keptEdges }))).toEqual([
      '0 (2 of the 6 weights it sends dropped)',
      '0 (1 of the 2 weights it sends dropped)',
    ]);
  });
});
