/**
 * The same workloads on the TensorFlow.js CPU backend, in its leanest training
 * loop: optimizer.minimize over raw ops on prebuilt tensors (weights as
 * variables, each minibatch as constant x/y tensors), tf.dropout for p > 0.
 */
import * as tf from '@tensorflow/tfjs';
import { epochBatchSizes } from './flops';
import { measureWindows, type RateResult, type WindowOptions } from './timing';
import { newTraining, type TrainData, type Workload } from './workloads';

/** Production mode skips tfjs's debug checks and silences its "use tfjs-node" notice. */
export async function initTfjs(): Promise<string> {
  tf.enableProdMode();
  await tf.setBackend('cpu');
  await tf.ready();
  return tf.getBackend();
}

interface Minibatch {
  readonly x: tf.Tensor2D;
  readonly y: tf.Tensor2D;
}

interface TfjsModel {
  readonly weights: tf.Variable[];
  readonly biases: tf.Variable[];
  /** The initial values, to restore before every window. */
  readonly initial: tf.Tensor[];
  readonly batches: Minibatch[];
  readonly optimizer: tf.Optimizer;
}

function buildModel(w: Workload, p: number, data: TrainData): TfjsModel {
  const net = newTraining(w, p, data).net;
  const weights: tf.Variable[] = [];
  const biases: tf.Variable[] = [];
  const initialWeights: tf.Tensor[] = [];
  const initialBiases: tf.Tensor[] = [];
  for (const layer of net.layers) {
    initialWeights.push(tf.tensor2d(Float32Array.from(layer.w), [layer.nIn, layer.nOut]));
    initialBiases.push(tf.tensor1d(Float32Array.from(layer.b)));
  }
  for (let l = 0; l < net.layers.length; l++) {
    weights.push(tf.variable(initialWeights[l].clone()));
    biases.push(tf.variable(initialBiases[l].clone()));
  }
  // The kernel's epoch partition (e.g. 200 by 32: six of 32 and one of 8), cycled in order.
  const batches: Minibatch[] = [];
  let start = 0;
  for (const size of epochBatchSizes(w.n, w.batchSize)) {
    batches.push({
      x: tf.tensor2d(data.x.subarray(start, start + size), [size, 1]),
      y: tf.tensor2d(data.y.subarray(start, start + size), [size, 1]),
    });
    start += size;
  }
  const optimizer = w.optimizer === 'adam' ? tf.train.adam(w.learningRate, 0.9, 0.999, 1e-8) : tf.train.sgd(w.learningRate);
  return { weights, biases, initial: [...initialWeights, ...initialBiases], batches, optimizer };
}

function lossOf(model: TfjsModel, w: Workload, p: number, batch: Minibatch): tf.Scalar {
  const hiddenCount = model.weights.length - 1;
  let a: tf.Tensor = batch.x;
  for (let l = 0; l < hiddenCount; l++) {
    const z = tf.add(tf.matMul(a as tf.Tensor2D, model.weights[l]), model.biases[l]);
    const h = w.activation === 'relu' ? tf.relu(z) : w.activation === 'tanh' ? tf.tanh(z) : tf.sigmoid(z);
    a = p > 0 ? tf.dropout(h, p) : h;
  }
  const out = tf.add(tf.matMul(a as tf.Tensor2D, model.weights[hiddenCount]), model.biases[hiddenCount]);
  return tf.mean(tf.square(tf.sub(out, batch.y))) as tf.Scalar;
}

export interface TfjsResult {
  readonly rate: RateResult;
  /** Live tensors after the warm-up and at the end: equal when memory stays flat. */
  readonly tensorsAfterWarmup: number;
  readonly tensorsAtEnd: number;
  /** Sum of the first weight, read once per chunk (keeps the work observable). */
  readonly checksum: number;
}

/**
 * The same windows as ours: before each, the weights go back to their initial
 * values and the minibatch order to its start (tfjs's dense work does not
 * depend on the values; the optimizer keeps its slots, made in the warm-up,
 * so no window pays for making them).
 */
export function measureTfjs(w: Workload, p: number, data: TrainData, steps: number, timing: WindowOptions): TfjsResult {
  const model = buildModel(w, p, data);
  const varList = [...model.weights, ...model.biases];
  const batches = model.batches;
  let next = 0;
  let checksum = 0;
  let tensorsAfterWarmup = -1;
  let windows = 0;
  const reset = () => {
    varList.forEach((v, k) => v.assign(model.initial[k]));
    next = 0;
  };
  const rate = measureWindows(
    () => {
      // From the second window on, the optimizer's slots exist: the count should stay put.
      if (++windows === 2) tensorsAfterWarmup = tf.memory().numTensors;
      for (let i = 0; i < steps; i++) {
        const batch = batches[next];
        next = next + 1 === batches.length ? 0 : next + 1;
        tf.tidy(() => {
          model.optimizer.minimize(() => lossOf(model, w, p, batch), false, varList);
        });
      }
      // dataSync waits for the work (the cpu backend runs it at once; this keeps it observable).
      checksum += model.weights[0].dataSync()[0];
    },
    reset,
    steps,
    timing,
  );
  const tensorsAtEnd = tf.memory().numTensors;
  model.optimizer.dispose();
  for (const v of varList) v.dispose();
  for (const t of model.initial) t.dispose();
  for (const b of batches) {
    b.x.dispose();
    b.y.dispose();
  }
  return { rate, tensorsAfterWarmup, tensorsAtEnd, checksum };
}
