import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_OPTIONS } from '../experiment/defaults';
import { OVERFITTING_PRESET } from '../experiment/presets';
import type { ExperimentConfig } from '../experiment/types';
import { type InitCommand, TrainerClient } from './client';
import type { Frame, FromWorker, SnapshotMessage, ToWorker } from './protocol';
import { TrainingHost } from './thread/training-host';

/** A stand-in Worker that runs the real TrainingHost synchronously on a fake clock, acknowledging its own frames. */
class HostWorker {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly received: ToWorker[] = [];
  private clock = 0;
  private readonly host = new TrainingHost({
    post: (message) => this.onmessage?.({ data: structuredClone(message) }),
    now: () => (this.clock += 0.01),
  });

  postMessage(message: ToWorker): void {
    this.received.push(structuredClone(message));
    this.host.handle(structuredClone(message));
    for (let i = 0; i < 1_000_000; i++) {
      const next = this.host.slice();
      this.host.handle({ type: 'ack' });
      if (next === null) return;
      this.clock += next;
    }
  }

  terminate(): void {}

  crash(): void {
    this.onerror?.({ preventDefault() {} });
  }
}

function setup() {
  const messages: FromWorker[] = [];
  const notices: string[] = [];
  const workers: HostWorker[] = [];
  const client = new TrainerClient({ message: (m) => messages.push(m), notice: (n) => notices.push(n.text) }, () => {
    const worker = new HostWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  const lastFrame = () => messages.filter((m): m is Frame => m.type === 'frame').at(-1);
  const lastSnapshot = () => messages.filter((m): m is SnapshotMessage => m.type === 'snapshot').at(-1);
  return { client, messages, notices, workers, lastFrame, lastSnapshot };
}

const CONFIG: ExperimentConfig = { ...OVERFITTING_PRESET, dropout: [0.5, 0.5], batchSize: 3 };

function init(config = CONFIG): InitCommand {
  return { type: 'init', config, playback: { speed: 0, stopAt: 0, compare: false }, frameOptions: { ...DEFAULT_FRAME_OPTIONS }, playing: false, restore: null };
}

describe('TrainerClient: a worker restart resumes exactly', () => {
  it('recover() starts a new worker from the last snapshot; its run then matches one that never failed', () => {
    const whole = setup();
    whole.client.start(init());
    whole.client.send({ type: 'step', count: 700 });

    const t = setup();
    t.client.start(init());
    t.client.send({ type: 'step', count: 400 });
    const saved = t.lastSnapshot();
    expect(saved?.runs[0].step).toBe(400);
    t.workers[0].crash();
    expect(t.workers).toHaveLength(2);
    const restart = t.workers[1].received[0];
    expect(restart.type === 'init' && restart.restore).toEqual({ runs: saved?.runs });
    expect(t.notices.at(-1)).toMatch(/restarted and your run resumed from step 400/);
    t.client.send({ type: 'step', count: 300 });

    expect(t.lastFrame()?.runs[0].params).toEqual(whole.lastFrame()?.runs[0].params);
    expect(t.lastSnapshot()?.runs).toEqual(whole.lastSnapshot()?.runs);
  });

  it('forgets the snapshot when a new run starts (reset or rebuild): the restart begins at step 0', () => {
    const t = setup();
    t.client.start(init());
    t.client.send({ type: 'step', count: 20 });
    t.client.send({ type: 'set', patch: { config: { hiddenLayers: [8, 8] } } });
    // The rebuilt run's first frame came with its own snapshot, at step 0.
    expect(t.lastSnapshot()?.runs[0].step).toBe(0);
    t.workers[0].crash();
    const restart = t.workers[1].received[0];
    expect(restart.type === 'init' && restart.config.hiddenLayers).toEqual([8, 8]);
    expect(restart.type === 'init' && restart.restore?.runs[0].step).toBe(0);
    t.client.send({ type: 'reset' });
    t.workers[1].crash();
    const second = t.workers[2].received[0];
    expect(second.type === 'init' && second.restore?.runs[0].step).toBe(0);
  });
});
