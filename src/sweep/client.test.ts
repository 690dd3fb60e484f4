import { describe, expect, it } from 'vitest';
import { OVERFITTING_PRESET } from '../experiment/presets';
import { SweepClient } from './client';
import type { FromSweepWorker, ToSweepWorker } from './protocol';
import type { SweepPlan } from '../experiment/sweep-plan';

const plan: SweepPlan = { kind: 'p', values: [0, 0.5], series: [], steps: 20, seeds: 1 };
const start = (id: number): ToSweepWorker => ({ type: 'start', id, config: OVERFITTING_PRESET, plan });

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

function setup(make: () => FakeWorker) {
  const messages: FromSweepWorker[] = [];
  const notices: string[] = [];
  const workers: FakeWorker[] = [];
  const client = new SweepClient({ message: (m) => messages.push(m), notice: (t) => notices.push(t) }, () => {
    const worker = make();
    workers.push(worker);
    return worker as unknown as Worker;
  });
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

describe('SweepClient', () => {
  it('starts its worker with the first sweep and passes its messages on', () => {
    const { client, messages, workers } = setup(() => new FakeWorker());
    expect(workers).toHaveLength(0);
    client.send(start(1));
    client.send({ type: 'cancel', id: 1 });
    expect(workers).toHaveLength(1);
    expect(workers[0].sent.map((m) => m.type)).toEqual(['start', 'cancel']);
    workers[0].answer({ type: 'cancelled', id: 1 });
    expect(messages).toEqual([{ type: 'cancelled', id: 1 }]);
  });

  it('runs sweeps on the main thread when no Worker can be made', async () => {
    const { client, messages, notices, finished } = setup(() => {
      throw new Error('no workers here');
    });
    client.send(start(2));
    await finished();
    expect(client.mode).toBe('main-thread');
    expect(notices).toHaveLength(1);
    expect(messages.map((m) => m.type)).toEqual(['started', 'result', 'result', 'finished']);
  });

  it('moves a sweep whose worker never loaded to the main thread', async () => {
    const { client, messages, workers, finished } = setup(() => new FakeWorker());
    client.send(start(3));
    workers[0].crash();
    expect(workers[0].terminated).toBe(true);
    await finished();
    expect(messages[messages.length - 1]).toEqual({ type: 'finished', id: 3 });
  });

  it('reports a worker that fails mid-sweep as a failed sweep', () => {
    const { client, messages, workers } = setup(() => new FakeWorker());
    client.send(start(4));
    workers[0].answer({ type: 'started', id: 4, total: 2 });
    workers[0].crash();
    expect(messages[messages.length - 1]).toMatchObject({ type: 'failed', id: 4 });
    expect(client.mode).toBe('worker');
    client.send(start(5));
    expect(workers).toHaveLength(2);
  });
});
