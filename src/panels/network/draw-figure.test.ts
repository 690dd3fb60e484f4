import { describe, expect, it } from 'vitest';
import { drawNoise, edgeCounts, type FigureDom, figureEdges, noiseFill, sameNeurons } from './draw-figure';
import type { RunNoise } from './mask-hold';
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

  const bernoulli = (masks: Uint8Array[]): RunNoise => ({ masks, neuronFactors: null, keptEdges: null, dropout: [0.5] });

  it('draws every edge of a small network, fading those of a dropped neuron while masks show', () => {
    const pairs = figureEdges(plan, params, bernoulli([Uint8Array.of(1, 0)]), options);
    expect(pairs).toHaveLength(2);
    expect(pairs.map((buckets) => buckets.reduce((n, b) => n + b.length / 4, 0))).toEqual([2, 2]);
    expect(pairs.map(fadedCount)).toEqual([1, 1]);
    const testView = figureEdges(plan, params, bernoulli([Uint8Array.of(1, 0)]), { ...options, showMasks: false });
    expect(testView.map(fadedCount)).toEqual([0, 0]);
  });

  it('fades the edges of a knocked-out neuron in the test view only (knock-outs act at test time)', () => {
    const knockedOut = (layer: number, index: number) => layer === 1 && index === 0;
    const testView = figureEdges(plan, params, null, { ...options, showMasks: false, knockedOut });
    expect(testView.map(fadedCount)).toEqual([1, 1]);
    const trainingView = figureEdges(plan, params, bernoulli([Uint8Array.of(1, 1)]), { ...options, knockedOut });
    expect(trainingView.map(fadedCount)).toEqual([0, 0]);
  });

  it('draws no edge from weights of another shape', () => {
    const pairs = figureEdges(plan, Float32Array.of(1, 2), null, options);
    expect(pairs.flat().every((bucket) => bucket.length === 0)).toBe(true);
  });

  it('DropConnect: cuts the drawn edges whose weight was dropped, only in layer pairs that read a hidden layer, only in the training view', () => {
    const sizes3 = [1, 2, 2, 1];
    const [plan3] = planDiagram({ sizes: sizes3, runs: ['B'], dropout: [0.5, 0.5], compare: false, width: 300, height: 200 }).figures;
    // 1→2 (2 weights, 2 biases), 2→2 (4, 2), 2→1 (2, 1): every weight non-zero so every edge is drawn.
    const params3 = Float32Array.from([1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0]);
    const noise: RunNoise = {
      masks: [Uint8Array.of(1, 1), Uint8Array.of(1, 1)],
      neuronFactors: null,
      // Weights reading hidden 1 (2 × 2: w[i·2 + o]) then hidden 2 (2 × 1).
      keptEdges: [Uint8Array.of(1, 0, 0, 1), Uint8Array.of(0, 1)],
      dropout: [0.5, 0.5],
    };
    const opts = { sizes: sizes3, showMasks: true, compare: false };
    const cutOf = (pairs: number[][][]) => pairs.map((buckets) => edgeCounts([buckets]).cut);
    expect(cutOf(figureEdges(plan3, params3, noise, opts))).toEqual([0, 2, 1]);
    expect(edgeCounts(figureEdges(plan3, params3, noise, opts))).toEqual({ drawn: 8, cut: 3 });
    expect(edgeCounts(figureEdges(plan3, params3, noise, { ...opts, showMasks: false })).cut).toBe(0);
    // A layer with p = 0 drops no weight, whatever the flags say; flags of another shape are ignored.
    expect(cutOf(figureEdges(plan3, params3, { ...noise, dropout: [0, 0.5] }, opts))).toEqual([0, 0, 1]);
    expect(cutOf(figureEdges(plan3, params3, { ...noise, keptEdges: [Uint8Array.of(0), Uint8Array.of(0, 1)] }, opts))).toEqual([0, 0, 1]);
  });
});

/** A stand-in for a neuron's <g>: its attributes and its --noise-fill. */
class FakeNeuron {
  readonly attributes = new Map<string, string>();
  readonly fill = new Map<string, string>();
  readonly style = {
    setProperty: (name: string, value: string) => this.fill.set(name, value),
    removeProperty: (name: string) => this.fill.delete(name),
  };
  writes = 0;
  setAttribute(name: string, value: string) {
    this.writes++;
    this.attributes.set(name, value);
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
}

describe('drawNoise', () => {
  const sizes = [1, 3, 1];
  const [plan] = planDiagram({ sizes, runs: ['B'], dropout: [0.5], compare: false, width: 300, height: 200 }).figures;
  function dom(): { figure: FigureDom; neurons: FakeNeuron[] } {
    const neurons = [new FakeNeuron(), new FakeNeuron(), new FakeNeuron()];
    const elements = [[], neurons as unknown as Element[], []];
    return { figure: { root: {} as Element, plan, neurons: elements, lastState: elements.map((c) => c.map(() => '')) }, neurons };
  }
  const options = { sizes, showMasks: true, compare: false };
  const gaussian: RunNoise = { masks: [Uint8Array.of(1, 1, 1)], neuronFactors: [Float32Array.of(1.374, -0.5, -0.001)], keptEdges: null, dropout: [0.5] };

  it('Gaussian dropout: marks each neuron with its factor, its sign and a fill by |factor|, and names it', () => {
    const { figure, neurons } = dom();
    drawNoise(figure, gaussian, options);
    expect(neurons.map((n) => n.attributes.get('data-factor'))).toEqual(['1.37', '-0.50', '0.00']);
    expect(neurons.map((n) => n.attributes.get('data-noise'))).toEqual(['positive', 'negative', 'negative']);
    expect(neurons.map((n) => n.fill.get('--noise-fill'))).toEqual(['0.69', '0.25', '0.00']);
    expect(neurons.map((n) => n.attributes.get('data-dropped'))).toEqual(['false', 'false', 'false']);
    expect(neurons[1].attributes.get('aria-label')).toBe('hidden layer 1, neuron 2, output × −0.50 (Gaussian noise)');
  });

  it('removes the noise marks in the test view and where p = 0, and writes nothing for an unchanged frame', () => {
    const { figure, neurons } = dom();
    drawNoise(figure, gaussian, options);
    const writes = neurons.map((n) => n.writes);
    drawNoise(figure, gaussian, options);
    expect(neurons.map((n) => n.writes)).toEqual(writes);
    drawNoise(figure, gaussian, { ...options, showMasks: false });
    expect(neurons.every((n) => !n.attributes.has('data-noise') && !n.attributes.has('data-factor') && n.fill.size === 0)).toBe(true);
    expect(neurons[0].attributes.get('aria-label')).toBe('hidden layer 1, neuron 1, active');
    const fresh = dom();
    drawNoise(fresh.figure, { ...gaussian, dropout: [0] }, options);
    expect(fresh.neurons.every((n) => !n.attributes.has('data-noise'))).toBe(true);
  });

  it('Bernoulli dropout: unchanged, data-dropped and the name say dropped or kept, no noise marks', () => {
    const { figure, neurons } = dom();
    drawNoise(figure, { masks: [Uint8Array.of(0, 1, 1)], neuronFactors: null, keptEdges: null, dropout: [0.5] }, options);
    expect(neurons.map((n) => n.attributes.get('data-dropped'))).toEqual(['true', 'false', 'false']);
    expect(neurons[0].attributes.get('aria-label')).toBe('hidden layer 1, neuron 1, dropped');
    expect(neurons.some((n) => n.attributes.has('data-noise'))).toBe(false);
  });

  it('fills by |factor| / 2, capped at full', () => {
    expect([0, 1, -1, 2, 5].map(noiseFill)).toEqual([0, 0.5, 0.5, 1, 1]);
  });
});
