import { describe, expect, it } from 'vitest';
import type { Frame, RunFrame } from '../../training/protocol';
import { MaskHold, type RunNoise } from './mask-hold';

/** A frame whose only mask (one hidden layer of one neuron) says which frame it came from; its Gaussian factor and kept weights too. */
function frame(step: number, { playing = true, runVersion = 1, tag = step } = {}): Frame {
  const run = {
    run: 'B',
    step,
    dropout: [0.5],
    masks: [Uint8Array.of(tag % 256)],
    neuronFactors: [Float32Array.of(tag)],
    keptEdges: [Uint8Array.of(tag % 256)],
  } as unknown as RunFrame;
  return { type: 'frame', runVersion, playing, stepsPerSec: 1000, sizes: [1, 1, 1], runs: [run] };
}

/** The tag of the held noise, checking that its parts all come from one frame. */
function tagOf(noise: readonly RunNoise[]): number | undefined {
  const [run] = noise;
  const tag = run?.masks[0]?.[0];
  expect(run?.neuronFactors?.[0]?.[0] ?? Number.NaN).toBe(tag);
  expect(run?.keptEdges?.[0]?.[0]).toBe(tag);
  return tag;
}

describe('MaskHold', () => {
  it('keeps a mask on screen for the hold time while training runs fast', () => {
    const hold = new MaskHold(250);
    expect(tagOf(hold.noiseFor(frame(10), 0))).toBe(10);
    expect(tagOf(hold.noiseFor(frame(40), 16))).toBe(10);
    expect(tagOf(hold.noiseFor(frame(70), 240))).toBe(10);
    expect(tagOf(hold.noiseFor(frame(100), 250))).toBe(100);
    expect(tagOf(hold.noiseFor(frame(130), 266))).toBe(100);
  });

  it('does not restart the hold when the same frame is drawn again', () => {
    const hold = new MaskHold(250);
    hold.noiseFor(frame(10), 0);
    hold.noiseFor(frame(10), 200);
    expect(tagOf(hold.noiseFor(frame(40), 250))).toBe(40);
  });

  it('shows every step in slow motion, one step per frame', () => {
    const hold = new MaskHold(250);
    hold.noiseFor(frame(1), 0);
    expect(tagOf(hold.noiseFor(frame(2), 10))).toBe(2);
    expect(tagOf(hold.noiseFor(frame(3), 20))).toBe(3);
  });

  it('shows the latest mask at once when paused, on a new run and after a reset', () => {
    const hold = new MaskHold(250);
    hold.noiseFor(frame(10), 0);
    expect(tagOf(hold.noiseFor(frame(50, { playing: false }), 5))).toBe(50);
    hold.noiseFor(frame(60), 6);
    expect(tagOf(hold.noiseFor(frame(90, { runVersion: 2 }), 7))).toBe(90);
    expect(tagOf(hold.noiseFor(frame(0, { runVersion: 2, tag: 200 }), 8))).toBe(200);
  });
});
