import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../experiment/presets';
import { SweepClient } from './client';
import type { FromSweepWorker, SweepCommand, SweepEvent, ToSweepWorker } from './protocol';
import type { SweepPlan } from '../experiment/sweep-plan';

const plan: SweepPlan = { kind: 'p', values: [0, 0.5], series: [], steps: 20, seeds: 2 };
const start = (id: number): SweepCommand => ({ type: 'start', id, config: OVERFITTING_PRESET, plan });

/** A stand-in Worker: records what it is sent; the test makes it answer or fail. */
class FakeWorker {
  onmessage: ((event: { data: FromSweepWorker }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: ToSweepWorker[] = [];
  terminated = false;
  postMessage(message: ToSweepWorker): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: FromSweepWorker): void {
    this.onmessage?.({ data });
  }
  crash(): void {
    this.onerror?.({ preventDefault() {} });
  }
}

function setup(make: () => FakeWorker, cores = 2) {
  const messages: SweepEvent[] = [];
  const notices: string[] = [];
  const workers: FakeWorker[] = [];
  const createWorker = () => {
    const worker = make();
    workers.push(worker);
    return worker as unknown as Worker;
  };
  const client = new SweepClient({ message: (m) => messages.push(m), notice: (t) => notices.push(t) }, { createWorker, cores });
  const finished = () =>
    new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 10_000;
      const poll = () => {
        if (messages.some((m) => m.type === 'finished' || m.type === 'failed')) resolve();
        else if (Date.now() > deadline) reject(new Error(`no end: ${JSON.stringify(messages.map((m) => m.type))}`));
        else setTimeout(poll, 5);
      };
      poll();
    });
  return { client, messages, notices, workers, finished };
}

const live = (workers: readonly FakeWorker[]) => workers.filter((w) => !w.terminated);

describe('SweepClient', () => {
  it('starts a worker per core with the first sweep while the main run is paused, and gives one back while it trains', () => {
    const { client, messages, workers } = setup(() => new FakeWorker(), 2);
    expect(workers).toHaveLength(0);
    client.send(start(1));
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.sent.map((m) => (m.type === 'run' ? m.index : m.type)))).toEqual([
      ['start', 0, 2],
      ['start', 1],
    ]);
    expect(messages).toEqual([{ type: 'workers', id: 1, count: 2 }]);
    client.setMainTraining(true);
    expect(live(workers)).toHaveLength(1);
    expect(messages[messages.length - 1]).toEqual({ type: 'workers', id: 1, count: 1 });
    expect(workers[1].terminated).toBe(true);
    // Given a core back, the pool starts a worker again, which takes the withdrawn run first.
    client.setMainTraining(false);
    expect(live(workers)).toHaveLength(2);
    expect(workers[2].sent.map((m) => (m.type === 'run' ? m.index : m.type))).toEqual(['start', 1]);
    client.send({ type: 'cancel', id: 1 });
    expect(live(workers).every((w) => w.sent[w.sent.length - 1]?.type === 'cancel')).toBe(true);
  });

  it('keeps one worker on a one-core machine', () => {
    const { client, workers } = setup(() => new FakeWorker(), 1);
    client.setMainTraining(true);
    client.send(start(1));
    expect(workers).toHaveLength(1);
  });

  it('runs sweeps on the main thread when no Worker can be made', async () => {
    const { client, messages, notices, finished } = setup(() => {
      throw new Error('no workers here');
    });
    client.send(start(2));
    await finished();
    expect(client.mode).toBe('main-thread');
    expect(client.workerCount).toBe(1);
    expect(notices).toHaveLength(1);
    expect(messages.map((m) => m.type).filter((t) => t !== 'progress')).toEqual(['workers', 'started', 'result', 'result', 'result', 'result', 'finished']);
  });

  it('moves a sweep whose workers never loaded to the main thread', async () => {
    const { client, messages, workers, notices, finished } = setup(() => new FakeWorker());
    client.send(start(3));
    workers[0].crash();
    expect(workers.every((w) => w.terminated)).toBe(true);
    await finished();
    expect(client.mode).toBe('main-thread');
    expect(notices).toEqual([expect.stringMatching(/could not start/)]);
    expect(messages.filter((m) => m.type === 'result')).toHaveLength(4);
    expect(messages[messages.length - 1]).toEqual({ type: 'finished', id: 3 });
  });

  it('reports a worker that fails mid-sweep as a failed sweep, and starts a fresh one for the next', () => {
    const { client, messages, workers } = setup(() => new FakeWorker());
    client.send(start(4));
    workers[0].answer({ type: 'started', id: 4, total: 4 });
    workers[1].crash();
    expect(messages[messages.length - 1]).toMatchObject({ type: 'failed', id: 4 });
    expect(client.mode).toBe('worker');
    client.send(start(5));
    expect(workers).toHaveLength(3);
    expect(live(workers)).toHaveLength(2);
  });
});
