/**
 * The multiply-adds the kernel really executes. Our kernel skips zero
 * activations (ReLU and dropout make many) in its forward product and zero
 * entries of ∂loss/∂z in its backward products, so its work depends on the
 * network's state. `countedStep` takes one training step exactly as
 * Training.trainStep does (same calls, same streams, so the run is the same
 * bit for bit) and, after each example, counts the products the kernel ran,
 * by the kernel's own rules (src/model/mlp.ts: preactivation, backward,
 * backwardDense, backwardSparse). Only the weight-matrix products are
 * counted, as in the nominal figure; a multiply-add is one MAC (2 FLOPs).
 */
import { ForwardMode, type Mlp } from '../src/model/mlp';
import type { Training } from '../src/model/training';

const nonZero = (values: ArrayLike<number>, n: number): number => {
  let count = 0;
  for (let i = 0; i < n; i++) if (values[i] !== 0) count++;
  return count;
};

/** MACs of the last example's forward and backward pass, read from the state the kernel left in the layers. */
export function exampleMacs(net: Mlp): number {
  const layers = net.layers;
  const hiddenCount = layers.length - 1;
  let macs = 0;
  for (let l = 0; l < hiddenCount; l++) {
    const layer = layers[l];
    const k = nonZero(layer.delta, layer.nOut); // ∂loss/∂z after backward
    if (l === 0) {
      macs += layer.nOut; // forward: x · w
      macs += k; // weight gradient of the non-zero ∂loss/∂z
      continue;
    }
    const prev = layers[l - 1];
    macs += nonZero(prev.a, prev.nOut) * layer.nOut; // forward over the non-zero inputs
    const width = 2 * k > layer.nOut ? layer.nOut : k; // dense or sparse backward
    for (let i = 0; i < prev.nOut; i++) {
      const products = (prev.gate[i] !== 0 ? 1 : 0) + (prev.a[i] !== 0 ? 1 : 0); // input gradient, weight gradient
      macs += products * width;
    }
  }
  const out = layers[hiddenCount];
  const last = layers[hiddenCount - 1];
  const active = nonZero(last.a, last.nOut);
  macs += active; // forward
  macs += active + out.nIn; // weight gradient of the non-zero inputs; ∂loss/∂a of every input
  return macs;
}

/** One step as Training.trainStep takes it, with the MACs it executed. */
export function countedStep(training: Training, batch: Int32Array): { loss: number; macs: number } {
  const { net, train } = training;
  const count = training.sampler.next(batch);
  net.zeroGrads();
  const dScale = 2 / count;
  let loss = 0;
  let macs = 0;
  for (let b = 0; b < count; b++) {
    const i = batch[b];
    const x = train.x[i];
    const d = net.forward(x, ForwardMode.train, training.maskRng, b) - train.y[i];
    loss += d * d;
    net.backward(x, dScale * d);
    macs += exampleMacs(net);
  }
  training.optimizer.step(net.params, net.grads, net.weightRanges, training.step);
  training.lastBatchSize = count;
  training.step++;
  return { loss: loss / count, macs };
}

/** The nominal MACs of a step: 3 · batch · Σ(in·out) (forward, input gradient, weight gradient). */
export function nominalMacsPerStep(hiddenLayers: readonly number[], batch: number): number {
  let weights = 0;
  let fanIn = 1;
  for (const width of hiddenLayers) {
    weights += fanIn * width;
    fanIn = width;
  }
  return 3 * batch * (weights + fanIn);
}
