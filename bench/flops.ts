/**
 * Nominal FLOP counts for the kernel benchmark.
 *
 * One training step of a 1-…-1 perceptron does, per example and per weight
 * matrix of in × out entries, three matrix products of in·out multiply-adds:
 * the forward pass, the gradient with respect to the layer's input and the
 * gradient with respect to its weights. A multiply-add counts as 2 FLOPs, so a
 * step costs 6 · batch · Σ(in·out). Biases, activations, dropout masks, the
 * loss and the optimizer update are not counted.
 */
export function nominalFlopsPerStep(hiddenLayers: readonly number[], batch: number): number {
  let weights = 0;
  let fanIn = 1;
  for (const width of hiddenLayers) {
    weights += fanIn * width;
    fanIn = width;
  }
  weights += fanIn; // last hidden layer → the single output
  return 6 * batch * weights;
}

/**
 * Mean examples per optimizer step over an epoch of `n` examples cut into
 * minibatches of `batchSize` (0 or ≥ n: full batch), where the last minibatch
 * of an epoch holds the remainder — as the kernel's sampler does.
 */
export function meanBatchSize(n: number, batchSize: number): number {
  if (batchSize <= 0 || batchSize >= n) return n;
  return n / Math.ceil(n / Math.floor(batchSize));
}

/** The minibatch sizes of one epoch, in order (e.g. 200 by 32 → six of 32, then 8). */
export function epochBatchSizes(n: number, batchSize: number): number[] {
  const size = batchSize <= 0 || batchSize >= n ? n : Math.floor(batchSize);
  const sizes: number[] = [];
  for (let start = 0; start < n; start += size) sizes.push(Math.min(size, n - start));
  return sizes;
}
