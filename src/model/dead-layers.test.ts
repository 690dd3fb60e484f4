import { describe, expect, it } from 'vitest';
import { firstDeadLayer } from './dead-layers';
import { Mlp } from './mlp';
import { Rng, Stream } from './rng';

const xs = Array.from({ length: 41 }, (_, i) => -1 + i / 20);

function net(hiddenLayers: number[]): Mlp {
  const mlp = new Mlp({ hiddenLayers, activation: 'relu', precision: 'f64' });
  mlp.initialize(Rng.stream(7, Stream.init));
  return mlp;
}

describe('firstDeadLayer', () => {
  it('finds none in a freshly initialised network', () => {
    expect(firstDeadLayer(net([16, 16]), xs)).toBeNull();
  });

  it('names the layer whose every unit outputs 0 everywhere (1-based), and only that one', () => {
    const mlp = net([16, 16, 16]);
    // Second hidden layer: biases far below any input it can get, so every ReLU is off.
    // Layout: 1→16 (16 weights, 16 biases), then 16→16 (256 weights, then its 16 biases).
    const secondBiases = 16 + 16 + 256;
    mlp.params.fill(-100, secondBiases, secondBiases + 16);
    expect(firstDeadLayer(mlp, xs)).toBe(2);
  });

  it('a single unit that still responds somewhere keeps the layer alive', () => {
    const mlp = net([4]);
    const bias = 1 * 4;
    mlp.params.fill(-100, bias, bias + 4);
    mlp.params[bias] = 0;
    mlp.params[0] = 1; // unit 0 fires for x > 0
    expect(firstDeadLayer(mlp, xs)).toBeNull();
    expect(
      firstDeadLayer(
        mlp,
        xs.filter((x) => x <= 0),
      ),
    ).toBe(1);
  });
});
