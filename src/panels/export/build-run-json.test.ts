import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExperimentConfig } from '../../experiment/types';
import { buildRunJson, runExportProblem } from './build-run-json';
import { parseRunJson } from './parse-run-json';
import { layerSizes, paramCount } from '../../experiment/run-facts';
import { CONFIG, stateFor, PLAYBACK } from './test-fixtures';
import { MAX_RUN_FILE_BYTES } from '../../experiment/run-file';

const SAVED_AT = new Date('2025-01-02T03:04:05.000Z');

describe('buildRunJson', () => {
  it('writes the format, version, time, sizes and every run of the frame', () => {
    const frame = stateFor(CONFIG, true);
    const file = buildRunJson({ config: CONFIG, playback: { ...PLAYBACK, compare: true }, state: frame, savedAt: SAVED_AT });
    expect(file.format).toBe('dropout-lab-run');
    expect(file.version).toBe(2);
    expect(file.savedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(file.sizes).toEqual([1, 8, 4, 1]);
    expect(file.runs.map((r) => [r.run, r.step, r.epoch])).toEqual([
      ['A', 1234, 617],
      ['B', 1234, 617],
    ]);
    expect(file.runs[1].params).toEqual(Array.from(frame.runs[1].params));
    const { optimizer, batchOrder, maskRng } = frame.runs[1].resume;
    expect(file.runs[1].optimizer).toEqual({ ...optimizer, m: Array.from(optimizer.m), v: Array.from(optimizer.v) });
    expect(file.runs[1].batchOrder).toEqual({ ...batchOrder, order: Array.from(batchOrder.order) });
    expect(file.runs[1].maskRng).toEqual(maskRng);
  });

  it('copies the configuration instead of sharing its arrays', () => {
    const file = buildRunJson({ config: CONFIG, playback: PLAYBACK, state: stateFor(CONFIG, false), savedAt: SAVED_AT });
    expect(file.config).toEqual(CONFIG);
    expect(file.config.hiddenLayers).not.toBe(CONFIG.hiddenLayers);
  });
});

describe('round trip: buildRunJson → JSON.stringify → parseRunJson', () => {
  function roundTrip(config: ExperimentConfig, compare: boolean) {
    const frame = stateFor(config, compare, 4321);
    const playback = { speed: 30, stopAt: 5000, compare };
    const result = parseRunJson(JSON.stringify(buildRunJson({ config, playback, state: frame, savedAt: SAVED_AT })));
    if (!result.ok) throw new Error(result.error);
    return { result: result.run, frame, playback };
  }

  it('gives back the same configuration, playback, steps and float32 weights', () => {
    for (const compare of [false, true]) {
      const { result, frame, playback } = roundTrip(CONFIG, compare);
      expect(result.config).toEqual(CONFIG);
      expect(result.playback).toEqual(playback);
      expect(result.savedAt).toBe(SAVED_AT.toISOString());
      expect(result.restore.runs).toHaveLength(frame.runs.length);
      result.restore.runs.forEach((run, i) => {
        expect(run.step).toBe(4321);
        expect(run.epoch).toBe(frame.runs[i].epoch);
        expect(run.params).toBeInstanceOf(Float32Array);
        expect(run.params).toEqual(frame.runs[i].params);
        expect(run.resume).toEqual(frame.runs[i].resume);
      });
      expect(result.approximate).toBe(false);
    }
  });

  it('keeps custom points', () => {
    const config: ExperimentConfig = {
      ...CONFIG,
      dataset: 'custom',
      points: [
        { x: -0.5, y: 1.25 },
        { x: 0.3, y: -2 },
      ],
    };
    expect(roundTrip(config, false).result.config).toEqual(config);
  });

  it('holds for any valid network and weights (property)', () => {
    const layers = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        layers,
        fc.boolean(),
        fc.double({ min: 1e-5, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (hiddenLayers, compare, learningRate, seed) => {
          const config: ExperimentConfig = { ...CONFIG, hiddenLayers, dropout: hiddenLayers.map(() => 0.3), learningRate, seed };
          const { result, frame } = roundTrip(config, compare);
          expect(result.config).toEqual(config);
          expect(result.restore.runs.map((r) => r.params.length)).toEqual(frame.runs.map(() => paramCount(layerSizes(hiddenLayers))));
          result.restore.runs.forEach((r, i) => expect(r.params).toEqual(frame.runs[i].params));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('file size', () => {
  it('the biggest network (4 × 128, compare mode, Adam) saves under the load limit', () => {
    const config: ExperimentConfig = { ...CONFIG, hiddenLayers: [128, 128, 128, 128], dropout: [0.5, 0.5, 0.5, 0.5], n: 500 };
    const text = JSON.stringify(buildRunJson({ config, playback: { ...PLAYBACK, compare: true }, state: stateFor(config, true), savedAt: SAVED_AT }));
    expect(text.length).toBeLessThan(MAX_RUN_FILE_BYTES);
    expect(parseRunJson(text).ok).toBe(true);
  });
});

describe('runExportProblem', () => {
  it('is null for a frame that matches the configuration', () => {
    expect(runExportProblem(CONFIG, PLAYBACK, stateFor(CONFIG, false))).toBeNull();
  });

  it('asks to wait before the first frame', () => {
    expect(runExportProblem(CONFIG, PLAYBACK, null)).toMatch(/first training step/);
  });

  it('asks to wait while the network is rebuilt', () => {
    expect(runExportProblem({ ...CONFIG, hiddenLayers: [8, 8] }, PLAYBACK, stateFor(CONFIG, false))).toMatch(/rebuilt/);
    expect(runExportProblem(CONFIG, { ...PLAYBACK, compare: true }, stateFor(CONFIG, false))).toMatch(/rebuilt/);
  });

  it('refuses weights that diverged, naming the run', () => {
    const frame = stateFor(CONFIG, true);
    const params = Float32Array.from(frame.runs[0].params);
    params[3] = Number.NaN;
    const broken = { ...frame, runs: [{ ...frame.runs[0], params }, frame.runs[1]] };
    expect(runExportProblem(CONFIG, { ...PLAYBACK, compare: true }, broken)).toMatch(/^Run A diverged/);
  });
});
