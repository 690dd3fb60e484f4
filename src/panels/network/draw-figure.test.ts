import { describe, expect, it } from 'vitest';
import { figureEdges, sameNeurons } from './draw-figure';
import { planDiagram } from './figure-plan';

describe('sameNeurons', () => {
  it('keeps the neuron elements across a change of p, not across a change of the layers drawn', () => {
    const input = { sizes: [1, 64, 64, 1], runs: ['B'] as const, dropout: [0.5, 0.5], compare: false, width: 420, height: 260 };
    const [before] = planDiagram({ ...input, runs: [...input.runs] }).figures;
    const [afterP] = planDiagram({ ...input, runs: [...input.runs], dropout: [0.2, 0.2] }).figures;
    const [otherLayers] = planDiagram({ ...input, runs: [...input.runs], sizes: [1, 8, 1] }).figures;
    expect(sameNeurons(before, afterP)).toBe(true);
    expect(sameNeurons(before, otherLayers)).toBe(false);
  });
});

describe('figureEdges', () => {
  const sizes = [1, 2, 1];
  const [plan] = planDiagram({ sizes, runs: ['B'], dropout: [0.5], compare: false, width: 300, height: 200 }).figures;
  // Weights 1→2 then 2→1, then biases (2 + 1).
  const params = Float32Array.from([1, -1, 0.5, -0.5, 0, 0, 0]);
  const options = { sizes, showMasks: true, compare: false };
  const fadedCount = (pairs: number[][]) => pairs.slice(0, pairs.length / 2).reduce((n, b) => n + b.length / 4, 0);

  it('draws every edge of a small network, fading those of a dropped neuron while masks show', () => {
    const pairs = figureEdges(plan, params, [Uint8Array.of(1, 0)], options);
    expect(pairs).toHaveLength(2);
    expect(pairs.map((buckets) => buckets.reduce((n, b) => n + b.length / 4, 0))).toEqual([2, 2]);
    expect(pairs.map(fadedCount)).toEqual([1, 1]);
    const testView = figureEdges(plan, params, [Uint8Array.of(1, 0)], { ...options, showMasks: false });
    expect(testView.map(fadedCount)).toEqual([0, 0]);
  });

  it('draws no edge from weights of another shape', () => {
    const pairs = figureEdges(plan, Float32Array.of(1, 2), null, options);
    expect(pairs.flat().every((bucket) => bucket.length === 0)).toBe(true);
  });
});
