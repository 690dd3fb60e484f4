import { detLog } from './detmath';

/** Independent random streams derived from one experiment seed. */
export const Stream = {
  trainData: 1,
  testData: 2,
  init: 3,
  masks: 4,
  batchOrder: 5,
  split: 6,
  monteCarlo: 7,
  thinned: 8,
} as const;
export type StreamId = (typeof Stream)[keyof typeof Stream];

const TWO_POW_32 = 4294967296;

/** The generator's 128-bit state, as four unsigned 32-bit words [a, b, c, d]. */
export type RngState = [number, number, number, number];

/** Why `words` is not an Rng state (four integers from 0 to 2³² − 1), or null when it is. */
export function rngStateProblem(words: readonly unknown[]): string | null {
  if (words.length !== 4) return `must hold 4 words (got ${words.length})`;
  for (let i = 0; i < 4; i++) {
    const w = words[i];
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w >= TWO_POW_32)
      return `word ${i} must be an integer from 0 to 4294967295 (got ${String(w)})`;
  }
  return null;
}

/** splitmix32 finalizer: spreads a 32-bit value over all bits. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Small fast PRNG (the sfc32 generator: 128-bit state, 32-bit output).
 * All randomness in the app comes from instances of this class.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number, stream = 0) {
    const s = mix32(seed >>> 0);
    this.a = mix32(s ^ Math.imul(stream + 1, 0x27d4eb2d));
    this.b = mix32(this.a ^ 0x165667b1);
    this.c = mix32(this.b ^ 0x5bd1e995);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  /** A generator that continues from a captured state. */
  static fromState(words: readonly number[]): Rng {
    const rng = new Rng(0);
    rng.setState(words);
    return rng;
  }

  /**
   * The state, to continue the stream later (setState) exactly where it is.
   * A Gaussian draw caches its pair's second half outside these words, so the
   * state cannot be taken between the two halves; the streams a run saves
   * (masks, minibatch order) draw only uniforms.
   */
  state(): RngState {
    if (this.hasSpare) throw new Error('Rng.state: a Gaussian pair is half drawn; its cached half is not part of the state');
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }

  /** Continues from a state taken by `state()`; throws a RangeError for anything else. */
  setState(words: readonly number[]): void {
    const problem = rngStateProblem(words);
    if (problem !== null) throw new RangeError(`Rng state ${problem}`);
    this.a = words[0] | 0;
    this.b = words[1] | 0;
    this.c = words[2] | 0;
    this.d = words[3] | 0;
    this.spare = 0;
    this.hasSpare = false;
  }

  /** The stream `id` of experiment `seed`. */
  static stream(seed: number, id: StreamId): Rng {
    return new Rng(seed, id);
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.nextU32() / TWO_POW_32;
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** Standard normal draw (Marsaglia's polar method; uses only log and sqrt). */
  gaussian(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * detLog(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }

  /** Shuffles `items[0..count)` in place (Fisher–Yates). */
  shuffle(items: Int32Array, count = items.length): void {
    for (let i = count - 1; i > 0; i--) {
      const j = this.below(i + 1);
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
  }
}
