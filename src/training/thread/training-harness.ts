import type { Frame, FromWorker, SnapshotMessage, ToWorker } from '../protocol';
import type { ExperimentConfig, PlaybackConfig, RestoreState } from '../../experiment/types';
import { DEFAULT_FRAME_OPTIONS } from '../../experiment/defaults';
import { TrainingHost } from './training-host';

/** A TrainingHost driven by a fake clock, for tests: every frame is acknowledged at once, as a page would. */
export class TrainingHarness {
  clock = 0;
  readonly messages: FromWorker[] = [];
  readonly trainer: TrainingHost;

  constructor(tickMs = 0.01) {
    this.trainer = new TrainingHost({
      post: (message) => this.messages.push(message),
      now: () => (this.clock += tickMs),
    });
  }

  /** Starts the trainer; with `restore`, as a restarted worker (or Undo, or a loaded file) does. */
  init(config: ExperimentConfig, playback: Partial<PlaybackConfig> = {}, playing = false, restore: RestoreState | null = null): this {
    this.send({
      type: 'init',
      config,
      playback: { speed: 0, stopAt: 0, compare: false, ...playback },
      frameOptions: { ...DEFAULT_FRAME_OPTIONS },
      playing,
      restore,
    });
    return this;
  }

  send(message: ToWorker): this {
    this.trainer.handle(message);
    return this;
  }

  /** Runs slices until the trainer is idle (nothing to train, no frame to post). */
  settle(maxSlices = 1_000_000): this {
    for (let i = 0; i < maxSlices; i++) {
      const before = this.messages.length;
      const next = this.trainer.slice();
      if (this.messages.slice(before).some((m) => m.type === 'frame')) this.trainer.handle({ type: 'ack' });
      if (next === null) return this;
      this.clock += next;
    }
    throw new Error('trainer did not settle');
  }

  /** Runs `count` slices, advancing the clock by what each asks for. */
  slices(count: number): this {
    for (let i = 0; i < count; i++) {
      const before = this.messages.length;
      const next = this.trainer.slice();
      if (this.messages.slice(before).some((m) => m.type === 'frame')) this.trainer.handle({ type: 'ack' });
      this.clock += next ?? 1;
    }
    return this;
  }

  frames(): Frame[] {
    return this.messages.filter((m): m is Frame => m.type === 'frame');
  }

  lastFrame(): Frame {
    const frames = this.frames();
    if (frames.length === 0) throw new Error('no frame yet');
    return frames[frames.length - 1];
  }

  /** The latest complete training state posted. */
  lastSnapshot(): SnapshotMessage {
    const snapshot = this.ofType('snapshot').at(-1);
    if (snapshot === undefined) throw new Error('no snapshot yet');
    return snapshot;
  }

  ofType<T extends FromWorker['type']>(type: T): Array<Extract<FromWorker, { type: T }>> {
    return this.messages.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  }
}
