/**
 * This machine's scalar peak for the kernel's kind of work: single-threaded
 * Float32Array matrix–vector products y = W·x (W row-major n × n), in three
 * loop shapes. Each matvec counts 2·n² FLOPs; the peak is the best median rate.
 */
import { measureRate, type TimingOptions } from './timing';

export type MatvecKernel = (w: Float32Array, x: Float32Array, y: Float32Array, n: number) => void;

/** One dot product per row. */
function matvecDot(w: Float32Array, x: Float32Array, y: Float32Array, n: number): void {
  for (let r = 0; r < n; r++) {
    const base = r * n;
    let s = 0;
    for (let c = 0; c < n; c++) s += w[base + c] * x[c];
    y[r] = s;
  }
}

/** Four rows at a time, sharing each load of x[c]. */
function matvecRows4(w: Float32Array, x: Float32Array, y: Float32Array, n: number): void {
  let r = 0;
  for (; r + 3 < n; r += 4) {
    const b0 = r * n;
    const b1 = b0 + n;
    const b2 = b1 + n;
    const b3 = b2 + n;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let c = 0; c < n; c++) {
      const xc = x[c];
      s0 += w[b0 + c] * xc;
      s1 += w[b1 + c] * xc;
      s2 += w[b2 + c] * xc;
      s3 += w[b3 + c] * xc;
    }
    y[r] = s0;
    y[r + 1] = s1;
    y[r + 2] = s2;
    y[r + 3] = s3;
  }
  for (; r < n; r++) {
    const base = r * n;
    let s = 0;
    for (let c = 0; c < n; c++) s += w[base + c] * x[c];
    y[r] = s;
  }
}

/** Eight rows at a time. */
function matvecRows8(w: Float32Array, x: Float32Array, y: Float32Array, n: number): void {
  let r = 0;
  for (; r + 7 < n; r += 8) {
    const b0 = r * n;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    for (let c = 0; c < n; c++) {
      const xc = x[c];
      const k = b0 + c;
      s0 += w[k] * xc;
      s1 += w[k + n] * xc;
      s2 += w[k + 2 * n] * xc;
      s3 += w[k + 3 * n] * xc;
      s4 += w[k + 4 * n] * xc;
      s5 += w[k + 5 * n] * xc;
      s6 += w[k + 6 * n] * xc;
      s7 += w[k + 7 * n] * xc;
    }
    y[r] = s0;
    y[r + 1] = s1;
    y[r + 2] = s2;
    y[r + 3] = s3;
    y[r + 4] = s4;
    y[r + 5] = s5;
    y[r + 6] = s6;
    y[r + 7] = s7;
  }
  for (; r < n; r++) {
    const base = r * n;
    let s = 0;
    for (let c = 0; c < n; c++) s += w[base + c] * x[c];
    y[r] = s;
  }
}

export const MATVEC_KERNELS: ReadonlyArray<readonly [string, MatvecKernel]> = [
  ['dot-per-row', matvecDot],
  ['rows-4', matvecRows4],
  ['rows-8', matvecRows8],
];

export interface PeakEntry {
  readonly kernel: string;
  readonly n: number;
  readonly gflops: number;
}

export interface PeakResult {
  readonly gflops: number;
  readonly best: PeakEntry;
  readonly entries: readonly PeakEntry[];
  /** Sum of outputs, so that no product is dead code. */
  readonly checksum: number;
}

/** Deterministic values in [−1, 1) (a small LCG; the values only need to be ordinary floats). */
function fill(a: Float32Array, seed: number): void {
  let s = seed >>> 0;
  for (let i = 0; i < a.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = s / 2147483648 - 1;
  }
}

/** `sizes` must come from run-time input so the JIT cannot specialise on them. */
export function measurePeak(sizes: readonly number[], options: TimingOptions): PeakResult {
  const entries: PeakEntry[] = [];
  let checksum = 0;
  for (const n of sizes) {
    const w = new Float32Array(n * n);
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    fill(w, n);
    fill(x, n + 1);
    for (const [name, kernel] of MATVEC_KERNELS) {
      let pick = 0;
      const rate = measureRate((iterations) => {
        for (let i = 0; i < iterations; i++) {
          kernel(w, x, y, n);
          checksum += y[pick];
          pick = pick + 1 === n ? 0 : pick + 1;
        }
      }, options);
      // Per CPU-second: on a shared machine the wall clock also counts other processes' turns on the core.
      entries.push({ kernel: name, n, gflops: (rate.cpuPerSec * 2 * n * n) / 1e9 });
    }
  }
  const best = entries.reduce((a, b) => (b.gflops > a.gflops ? b : a));
  return { gflops: best.gflops, best, entries, checksum };
}
