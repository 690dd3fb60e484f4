import { describe, expect, it } from 'vitest';
import type { RunFrame } from '../../training/protocol';
import { diagramSummary, tooltipLines } from './tooltip-text';

function run(partial: Pick<RunFrame, 'dropout' | 'keepFrequency' | 'masks'> & Partial<RunFrame>): RunFrame {
  const empty = new Float32Array(0);
  return {
    run: 'B',
    step: 10,
    epoch: 10,
    trainLoss: 0,
    testLoss: 0,
    batchLoss: 0,
    history: { step: new Float64Array(0), train: empty, test: empty, batch: empty },
    prediction: empty,
    mcMean: null,
    mcStd: null,
    thinnedCurves: null,
    neuronFactors: null,
    keptEdges: null,
    params: empty,
    neuronCurve: null,
    diverged: false,
    divergedAt: null,
    deadLayer: null,
    knockout: null,
    robustness: null,
    ...partial,
  };
}

describe('tooltipLines', () => {
  const sizes = [1, 3, 2, 1];
  const frame = run({
    dropout: [0.5, 0.2],
    keepFrequency: Float32Array.from([0.5, 0.51, 0.49, 0.8, 0.797]),
    masks: [Uint8Array.from([1, 0, 1]), Uint8Array.from([1, 0])],
  });

  it('reads the keep frequency of the right neuron from the concatenated layers', () => {
    const lines = tooltipLines({ run: 'B', layer: 2, index: 1 }, sizes, frame, [], 'train', false);
    expect(lines.title).toBe('Hidden layer 2, neuron 2');
    expect(lines.keep).toBe('kept 79.7% of the time (expected 80%)');
    expect(lines.state).toMatch(/Dropped/);
  });

  it('says every neuron is active in test view, and names the run in compare mode', () => {
    const lines = tooltipLines({ run: 'B', layer: 1, index: 0 }, sizes, frame, [], 'test', true);
    expect(lines.title).toBe('Hidden layer 1, neuron 1 (run B)');
    expect(lines.state).toMatch(/active/);
  });

  it('Gaussian dropout: gives the neuron’s factor in the step shown', () => {
    const gaussian = { ...frame, neuronFactors: [Float32Array.from([1, 1, 1]), Float32Array.from([0.25, -1.5])] };
    const lines = tooltipLines({ run: 'B', layer: 2, index: 1 }, sizes, gaussian, [], 'train', false);
    expect(lines.state).toBe('Output × −1.50 in the step shown (Gaussian noise).');
    // No keep frequency against 1 − p (the neuron is never dropped): the noise's spread at p = 0.2, √(0.2/0.8) = 0.5.
    expect(lines.keep).toBe('Never dropped; its output is multiplied by noise of mean 1 and standard deviation 0.50.');
  });

  it('DropConnect: counts the neuron’s dropped outgoing weights (row i of the weights reading its layer)', () => {
    // Weights reading hidden 1 (3 × 2) then hidden 2 (2 × 1); neuron 2 of hidden 1 owns w[2], w[3].
    const dropConnect = {
      ...frame,
      masks: [Uint8Array.from([1, 1, 1]), Uint8Array.from([1, 1])],
      keptEdges: [Uint8Array.from([0, 0, 1, 0, 1, 1]), Uint8Array.from([1, 0])],
    };
    const lines = tooltipLines({ run: 'B', layer: 1, index: 1 }, sizes, dropConnect, [], 'train', false);
    expect(lines.state).toMatch(/^1 of its 2 outgoing weights dropped/);
    expect(lines.keep).toBe('Never dropped; each weight it sends is kept 50% of the time on average.');
    expect(tooltipLines({ run: 'B', layer: 2, index: 1 }, sizes, dropConnect, [], 'train', false).state).toMatch(/^1 of its 1 outgoing/);
    expect(tooltipLines({ run: 'B', layer: 2, index: 0 }, sizes, dropConnect, [], 'train', false).state).toMatch(/^0 of its 1 outgoing/);
  });

  it('falls back to the configured p before the first frame', () => {
    expect(tooltipLines({ run: 'B', layer: 1, index: 0 }, sizes, null, [0.3, 0.3], 'train', false).keep).toBe('kept — of the time (expected 70%)');
  });
});

describe('diagramSummary', () => {
  it('describes the shape and the keyboard', () => {
    expect(diagramSummary([1, 64, 64, 1], false)).toBe(
      'Network diagram: input, hidden layers of 64, 64 neurons, output. Tab to a hidden neuron, then use the arrow keys.',
    );
    expect(diagramSummary([1, 8, 1], true)).toMatch(/one hidden layer of 8 neurons, output, drawn twice/);
  });
});
