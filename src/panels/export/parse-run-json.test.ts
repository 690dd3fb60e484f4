import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRunJson } from './build-run-json';
import { parseRunJson } from './parse-run-json';
import { MAX_RUN_FILE_BYTES, type RunFile } from '../../experiment/run-file';
import { CONFIG, stateFor, PLAYBACK } from './test-fixtures';

/** A valid file as a plain JSON value, ready to be broken in one place. */
function validDoc(compare = false): Record<string, unknown> {
  const file: RunFile = buildRunJson({ config: CONFIG, playback: { ...PLAYBACK, compare }, state: stateFor(CONFIG, compare), savedAt: new Date(0) });
  return JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
}

function configOf(doc: Record<string, unknown>): Record<string, unknown> {
  return doc.config as Record<string, unknown>;
}

function runsOf(doc: Record<string, unknown>): Record<string, unknown>[] {
  return doc.runs as Record<string, unknown>[];
}

function errorOf(text: string): string {
  const result = parseRunJson(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

const broken = (change: (doc: Record<string, unknown>) => void, compare = false) => {
  const doc = validDoc(compare);
  change(doc);
  return errorOf(JSON.stringify(doc));
};

describe('parseRunJson', () => {
  it('accepts a valid file', () => {
    const result = parseRunJson(JSON.stringify(validDoc()));
    expect(result.ok).toBe(true);
  });

  it('refuses garbage with a clear message', () => {
    expect(errorOf('')).toMatch(/not valid JSON/);
    expect(errorOf('{"format": "dropout-lab-run",')).toMatch(/not valid JSON/);
    expect(errorOf('\u0000\u00ff binary')).toMatch(/not valid JSON/);
    for (const text of ['null', '42', '"text"', '[]', '{}', 'true']) expect(errorOf(text)).toMatch(/not a Dropout Lab run file/);
  });

  it('refuses another format or version', () => {
    expect(broken((d) => (d.format = 'something-else'))).toMatch(/not a Dropout Lab run file/);
    expect(broken((d) => (d.version = 3))).toMatch(/newer Dropout Lab \(file version 3\); this page reads versions up to 2/);
    expect(broken((d) => (d.version = '1'))).toMatch(/Unsupported run file version "1"; this page reads versions 1 to 2/);
    expect(broken((d) => (d.version = 0))).toMatch(/Unsupported run file version 0/);
    expect(broken((d) => delete d.version)).toMatch(/Unsupported run file version nothing/);
  });

  it('reads the complete training state of a version-2 file, and flags it exact', () => {
    const result = parseRunJson(JSON.stringify(validDoc(true)));
    if (!result.ok) throw new Error(result.error);
    expect(result.run.approximate).toBe(false);
    const expected = stateFor(CONFIG, true);
    result.run.restore.runs.forEach((run, i) => {
      expect(run.resume).toEqual(expected.runs[i].resume);
      expect(run.resume?.optimizer.m).toBeInstanceOf(Float32Array);
      expect(run.resume?.batchOrder.order).toBeInstanceOf(Int32Array);
    });
  });

  it('still loads a version-1 file (weights and counters only) and flags it approximate', () => {
    const doc = validDoc(true);
    doc.version = 1;
    for (const run of runsOf(doc)) {
      delete run.optimizer;
      delete run.batchOrder;
      delete run.maskRng;
    }
    const result = parseRunJson(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.error);
    expect(result.run.approximate).toBe(true);
    expect(result.run.restore.runs.map((r) => r.resume)).toEqual([null, null]);
    expect(result.run.restore.runs[1].params).toEqual(stateFor(CONFIG, true).runs[1].params);
    expect(result.run.restore.runs[1].step).toBe(1234);
  });

  it('names the bad field of the training state (version 2)', () => {
    // CONFIG: sizes [1, 8, 4, 1] (57 parameters), 16 training examples, Adam.
    const optimizer = (d: Record<string, unknown>) => runsOf(d)[0].optimizer as Record<string, unknown>;
    const order = (d: Record<string, unknown>) => runsOf(d)[0].batchOrder as Record<string, unknown>;
    expect(broken((d) => delete runsOf(d)[0].optimizer)).toContain('runs[0].optimizer: must be an object (got nothing)');
    expect(broken((d) => (optimizer(d).kind = 'sgd'))).toContain('runs[0].optimizer.kind: must be "adam", the optimizer of config.optimizer (got "sgd")');
    expect(broken((d) => (optimizer(d).m as number[]).pop())).toContain(
      'runs[0].optimizer.m: must hold 57 numbers for a network of sizes [1, 8, 4, 1] (got 56)',
    );
    expect(broken((d) => ((optimizer(d).m as unknown[])[4] = 'x'))).toContain('runs[0].optimizer.m[4]: must be a finite number (got "x")');
    expect(broken((d) => ((optimizer(d).v as unknown[])[5] = -1e-9))).toContain('runs[0].optimizer.v[5]: must be 0 or more (got -1e-9)');
    expect(broken((d) => delete optimizer(d).v)).toContain('runs[0].optimizer.v: must be a list of numbers (got nothing)');
    expect(broken((d) => (optimizer(d).beta1Power = 1.1))).toContain('runs[0].optimizer.beta1Power: must be a number from 0 to 1 (got 1.1)');
    expect(broken((d) => delete optimizer(d).beta2Power)).toContain('runs[0].optimizer.beta2Power: must be a number from 0 to 1 (got nothing)');
    expect(broken((d) => (runsOf(d)[1].batchOrder = 'x'), true)).toContain('runs[1].batchOrder: must be an object (got "x")');
    expect(broken((d) => (order(d).position = 16))).toContain('runs[0].batchOrder.position: must be an integer from 0 to 15 (got 16)');
    expect(broken((d) => (order(d).order as number[]).pop())).toContain('runs[0].batchOrder.order: must list 16 training example indices');
    expect(broken((d) => ((order(d).order as number[])[2] = 16))).toContain('runs[0].batchOrder.order[2]: must be an integer from 0 to 15 (got 16)');
    expect(broken((d) => ((order(d).order as number[])[1] = (order(d).order as number[])[0]))).toContain(
      'runs[0].batchOrder.order[1]: must not repeat an index',
    );
    expect(broken((d) => (order(d).rng = [1, 2, 3]))).toContain('runs[0].batchOrder.rng: must list 4 unsigned 32-bit words');
    expect(broken((d) => ((order(d).rng as number[])[3] = 2 ** 32))).toContain(
      'runs[0].batchOrder.rng[3]: must be an integer from 0 to 4294967295 (got 4294967296)',
    );
    expect(broken((d) => ((runsOf(d)[0].maskRng as number[])[0] = -1))).toContain('runs[0].maskRng[0]: must be an integer from 0 to 4294967295 (got -1)');
    expect(broken((d) => delete runsOf(d)[0].maskRng)).toContain('runs[0].maskRng: must be a list of unsigned 32-bit words');
  });

  it('sizes the order by the training examples of custom data (the points less a held-out quarter)', () => {
    const points = Array.from({ length: 9 }, (_, i) => ({ x: i / 10, y: 0 }));
    const doc = validDoc();
    Object.assign(configOf(doc), { dataset: 'custom', points });
    // 9 points: 2 held out for testing, 7 to train on.
    const order = (runsOf(doc)[0].batchOrder as Record<string, unknown>).order as number[];
    expect(errorOf(JSON.stringify(doc))).toContain('runs[0].batchOrder.order: must list 7 training example indices');
    (runsOf(doc)[0].batchOrder as Record<string, unknown>).order = order.filter((k) => k < 7);
    expect(parseRunJson(JSON.stringify(doc)).ok).toBe(true);
  });

  it('names the bad field and its allowed range', () => {
    expect(broken((d) => ((configOf(d).hiddenLayers as number[])[1] = 300))).toContain('hiddenLayers[1]: must be an integer from 1 to 128 (got 300)');
    expect(broken((d) => (configOf(d).hiddenLayers = [8, 4, 4, 4, 4]))).toContain('hiddenLayers: must list 1 to 4 hidden layer sizes (got 5)');
    expect(broken((d) => (configOf(d).hiddenLayers = [8, 2.5]))).toContain('hiddenLayers[1]: must be an integer');
    expect(broken((d) => (configOf(d).dropout = [0.5]))).toContain('dropout: must list 2 drop probabilities');
    expect(broken((d) => (configOf(d).dropout = [0.5, 0.95]))).toContain('dropout[1]: must be a number from 0 to 0.9 (got 0.95)');
    expect(broken((d) => (configOf(d).activation = 'softmax'))).toContain('activation: must be one of relu, tanh, sigmoid (got "softmax")');
    expect(broken((d) => (configOf(d).variant = 'weird'))).toContain('variant: must be one of inverted, classic');
    expect(broken((d) => (configOf(d).optimizer = 1))).toContain('optimizer: must be one of sgd, momentum, adam (got 1)');
    expect(broken((d) => (configOf(d).dataset = 'mnist'))).toContain('dataset: must be one of sine, cubic, abs, step, custom');
    expect(broken((d) => (configOf(d).learningRate = 0))).toContain('learningRate: must be a number from 0.00001 to 10 (got 0)');
    expect(broken((d) => (configOf(d).seed = -1))).toContain('seed: must be an integer');
    expect(broken((d) => delete configOf(d).n)).toContain('n: must be an integer from 2 to 500 (got nothing)');
    expect(broken((d) => (configOf(d).noise = '0.1'))).toContain('noise: must be a number from 0 to 1 (got "0.1")');
    expect(broken((d) => (d.config = [1, 2]))).toContain('config: must be an object (got a list of 2)');
    expect(broken((d) => ((d.playback as Record<string, unknown>).compare = 'yes'))).toContain('playback.compare: must be true or false');
    expect(broken((d) => ((d.playback as Record<string, unknown>).stopAt = 1.5))).toContain('playback.stopAt: must be an integer');
  });

  it('says that nothing was changed', () => {
    expect(broken((d) => (configOf(d).l2 = 5))).toMatch(/Nothing was changed\.$/);
  });

  it('checks custom points', () => {
    expect(broken((d) => (configOf(d).dataset = 'custom'))).toContain('points: custom data needs 2 to 500 points (got none)');
    expect(broken((d) => Object.assign(configOf(d), { dataset: 'custom', points: [{ x: 0, y: 0 }] }))).toContain('points: must list 2 to 500 points (got 1)');
    expect(
      broken((d) =>
        Object.assign(configOf(d), {
          dataset: 'custom',
          points: [
            { x: 0, y: 0 },
            { x: 3, y: 0 },
          ],
        }),
      ),
    ).toContain('points[1].x: must be a number from -1 to 1 (got 3)');
    expect(broken((d) => Object.assign(configOf(d), { dataset: 'custom', points: [{ x: 0, y: 0 }, 'p'] }))).toContain('points[1]: must be an object');
  });

  it('needs one run, or A and B in compare mode', () => {
    expect(broken((d) => (d.runs = []))).toContain('runs: must list 1 run, as compare mode is off (got 0)');
    expect(broken((d) => runsOf(d).pop(), true)).toContain('runs: must list 2 runs (A without dropout, then B), as compare mode is on (got 1)');
    expect(broken((d) => runsOf(d).reverse(), true)).toContain('runs[0].run: must be "A" (got "B")');
    expect(broken((d) => (runsOf(d)[0].step = -5))).toContain('runs[0].step: must be an integer');
    expect(broken((d) => (runsOf(d)[0].epoch = 'x'))).toContain('runs[0].epoch: must be an integer');
  });

  it('needs exactly Σ (nIn·nOut + nOut) finite weights', () => {
    // sizes [1, 8, 4, 1]: 16 + 36 + 5 = 57
    expect(broken((d) => (runsOf(d)[0].params as number[]).pop())).toContain(
      'runs[0].params: must hold 57 numbers for a network of sizes [1, 8, 4, 1] (got 56)',
    );
    expect(broken((d) => ((runsOf(d)[0].params as unknown[])[9] = null))).toContain('runs[0].params[9]: must be a finite number (got null)');
    expect(broken((d) => ((runsOf(d)[0].params as unknown[])[9] = '1'))).toContain('runs[0].params[9]: must be a finite number (got "1")');
    expect(broken((d) => ((runsOf(d)[0].params as unknown[])[9] = 1e39))).toContain('runs[0].params[9]: must be a finite number');
    expect(broken((d) => (runsOf(d)[0].params = { length: 57 }))).toContain('runs[0].params: must be a list of numbers (got an object)');
  });

  it('refuses NaN and Infinity written as JavaScript (not JSON)', () => {
    const text = JSON.stringify(validDoc()).replace('"learningRate":0.01', '"learningRate":NaN');
    expect(errorOf(text)).toMatch(/not valid JSON/);
    expect(errorOf(JSON.stringify(validDoc()).replace('"noise":0.25', '"noise":Infinity'))).toMatch(/not valid JSON/);
  });

  it('checks the sizes against the hidden layers when present', () => {
    expect(broken((d) => (d.sizes = [1, 3, 1]))).toContain('sizes: must be [1, 8, 4, 1] to match hiddenLayers (got [1, 3, 1])');
    expect(parseRunJson(JSON.stringify({ ...validDoc(), sizes: undefined })).ok).toBe(true);
  });

  it('refuses huge arrays quickly, by length, before looking at their elements', () => {
    const t0 = performance.now();
    expect(broken((d) => (runsOf(d)[0].params = new Array(400_000).fill(0)))).toContain('must hold 57 numbers');
    expect(broken((d) => (configOf(d).hiddenLayers = new Array(200_000).fill(8)))).toContain('hiddenLayers: must list 1 to 4 hidden layer sizes (got 200000)');
    expect(broken((d) => (d.runs = new Array(100_000).fill({})))).toContain('(got 100000)');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const text = `{"format":"dropout-lab-run","pad":"${'x'.repeat(MAX_RUN_FILE_BYTES)}"}`;
    expect(errorOf(text)).toMatch(/too large \(10\.0 MB\); a saved run is at most 10 MB/);
  });

  it('ignores __proto__ and constructor keys and builds fresh objects', () => {
    const valid = JSON.stringify(validDoc());
    const hostile = valid
      .replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"')
      .replace('"config":{', '"config":{"__proto__":{"hiddenLayers":[999],"polluted":true},"constructor":"x","toString":1,');
    const result = parseRunJson(hostile);
    if (!result.ok) throw new Error(result.error);
    expect(result.run.config).toEqual(CONFIG);
    expect(Object.getPrototypeOf(result.run.config)).toBe(Object.prototype);
    expect(Object.keys(result.run.config)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((result.run.config as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not take fields from __proto__ when they are missing', () => {
    const doc = validDoc();
    delete configOf(doc).activation;
    const text = JSON.stringify(doc).replace('"config":{', '"config":{"__proto__":{"activation":"relu"},');
    expect(errorOf(text)).toContain('activation: must be one of relu, tanh, sigmoid (got nothing)');
  });

  it('drops unknown keys', () => {
    const doc = validDoc();
    Object.assign(configOf(doc), { extra: 'x', mode: 'evil' });
    const result = parseRunJson(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.error);
    expect(Object.keys(result.run.config)).not.toContain('extra');
  });

  it('never throws, whatever the JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseRunJson(JSON.stringify(value) ?? '');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any field of a valid file is replaced (property)', () => {
    const keys = [...Object.keys(validDoc()), ...Object.keys(configOf(validDoc())).map((k) => `config.${k}`)];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const doc = validDoc();
        const [head, tail] = key.split('.');
        if (tail === undefined) doc[head] = value;
        else configOf(doc)[tail] = value;
        const result = parseRunJson(JSON.stringify(doc));
        if (result.ok) expect(result.run.restore.runs[0].params).toHaveLength(57);
        else expect(result.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });
});
