/**
 * Runs a sweep on a pool of threads (sweep workers): each learns the sweep,
 * then trains the runs it is handed by index, lowest first, with one more
 * waiting in its queue while there are enough for everyone (so it never idles
 * waiting for the page). A thread that runs out of work takes the waiting run
 * of a busy one (if that one has begun it meanwhile, both train it and the
 * first result counts: the numbers are the same). The pool grows and shrinks
 * with `size()` during a sweep: a withdrawn thread's runs wait again for another. A run's numbers
 * depend only on the sweep and its index, so any pool gives a serial run's
 * results. Knows nothing of how a thread is made (the client does that).
 */
import { assertNever } from '../experiment/assert-never';
import type { ExperimentConfig } from '../experiment/types';
import type { AnyPlan, FromSweepWorker, SweepCommand, SweepEvent, ToSweepWorker } from './protocol';
import { SweepSchedule } from './schedule';

/** A worker, or the same host on the page's main thread. */
export interface SweepThread {
  post(message: ToSweepWorker): void;
  dispose(): void;
}

export interface SweepPoolDeps {
  /** Makes a thread whose messages go to `receive`; `fail` is called if it stops unexpectedly. */
  spawn(receive: (message: FromSweepWorker) => void, fail: () => void): SweepThread;
  emit(event: SweepEvent): void;
  /** How many threads a sweep should have now (at least one). */
  size(): number;
  /**
   * A thread stopped unexpectedly during a sweep. `heardAny`: whether any thread
   * of this pool ever answered. 'retry' runs the unfinished runs again on fresh
   * threads (after the client changed how it makes them); 'fail' ends the sweep.
   */
  lost(heardAny: boolean): 'retry' | 'fail';
  now(): number;
}

/** Progress events to the page, at most this often (each thread reports a few times a second). */
const PROGRESS_MS = 150;

interface Slot {
  thread: SweepThread;
  /** Runs handed to this thread and not yet reported, in the order handed. */
  assigned: number[];
}

interface Active {
  id: number;
  start: Extract<ToSweepWorker, { type: 'start' }>;
  schedule: SweepSchedule;
  announced: boolean;
  workers: number;
  lastProgress: number;
}

export class SweepPool {
  private slots: Slot[] = [];
  private active: Active | null = null;
  private heard = false;

  constructor(private readonly deps: SweepPoolDeps) {}

  handle(command: SweepCommand): void {
    switch (command.type) {
      case 'start':
        this.begin(command.id, command.config, command.plan);
        return;
      case 'cancel':
        if (this.active?.id === command.id) this.stop();
        return;
      default:
        assertNever(command);
    }
  }

  /** The wanted size may have changed (the main run paused or resumed): grow or shrink the running sweep's pool. */
  resize(): void {
    this.balance();
  }

  /** Threads now (busy or idle). */
  get threadCount(): number {
    return this.slots.length;
  }

  dispose(): void {
    this.active = null;
    for (const slot of this.slots) slot.thread.dispose();
    this.slots = [];
  }

  private begin(id: number, config: ExperimentConfig, plan: AnyPlan): void {
    if (this.active !== null) this.stop();
    let schedule: SweepSchedule;
    try {
      schedule = new SweepSchedule(config, plan);
    } catch (error) {
      this.deps.emit({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const start: Active['start'] = { type: 'start', id, config, plan };
    this.active = { id, start, schedule, announced: false, workers: 0, lastProgress: this.deps.now() };
    for (const slot of this.slots) {
      slot.assigned = [];
      slot.thread.post(start);
    }
    this.balance();
  }

  /** Ends the sweep in progress: every thread drops it (the threads stay for the next sweep). */
  private stop(): void {
    const active = this.active;
    if (active === null) return;
    this.active = null;
    for (const slot of this.slots) {
      slot.assigned = [];
      slot.thread.post({ type: 'cancel', id: active.id });
    }
  }

  /** Brings the pool to its wanted size and hands out runs. */
  private balance(): void {
    const active = this.active;
    if (active === null) return;
    const { schedule } = active;
    const wanted = () => Math.max(1, this.deps.size());
    while (this.slots.length > wanted()) {
      const slot = this.slots.pop();
      if (slot === undefined) break;
      schedule.giveBack(slot.assigned);
      slot.thread.dispose();
    }
    // The wanted size is asked again after each new thread: making one can move the sweep to the main thread (one thread).
    while (this.slots.length < wanted() && schedule.waitingCount > 0) this.addSlot(active);
    // A run for every thread first, then one waiting behind it.
    for (const slot of this.slots) this.fill(slot, schedule, 1);
    for (const slot of this.slots) this.fill(slot, schedule, 2);
    if (active.workers !== this.slots.length) {
      active.workers = this.slots.length;
      this.deps.emit({ type: 'workers', id: active.id, count: active.workers });
    }
  }

  private addSlot(active: Active): void {
    const slot: Slot = {
      assigned: [],
      thread: this.deps.spawn(
        (message) => this.receive(slot, message),
        () => this.lose(slot),
      ),
    };
    this.slots.push(slot);
    slot.thread.post(active.start);
  }

  /** One run in hand, and one more waiting behind it while there are enough runs for every thread. */
  private fill(slot: Slot, schedule: SweepSchedule, upTo = 2): void {
    const active = this.active;
    if (active === null) return;
    while (slot.assigned.length < upTo) {
      if (slot.assigned.length === 1 && schedule.waitingCount < this.slots.length) return;
      const index = schedule.take();
      if (index === null) return;
      slot.assigned.push(index);
      slot.thread.post({ type: 'run', id: active.id, index });
    }
  }

  /** Moves the run waiting behind another thread's run to this idle thread. */
  private steal(idle: Slot, active: Active): void {
    const busy = this.slots.find((s) => s !== idle && s.assigned.length >= 2);
    const index = busy?.assigned.pop();
    if (busy === undefined || index === undefined) return;
    busy.thread.post({ type: 'drop', id: active.id, index });
    idle.assigned.push(index);
    idle.thread.post({ type: 'run', id: active.id, index });
  }

  private receive(slot: Slot, message: FromSweepWorker): void {
    this.heard = true;
    const active = this.active;
    if (active === null || message.id !== active.id || !this.slots.includes(slot)) return;
    const { schedule } = active;
    switch (message.type) {
      case 'started':
        if (!active.announced) {
          active.announced = true;
          this.deps.emit({ type: 'started', id: active.id, total: schedule.total });
        }
        return;
      case 'result': {
        const at = slot.assigned.indexOf(message.result.index);
        if (at >= 0) slot.assigned.splice(at, 1);
        // A run trained twice (taken from a thread that had begun it) counts once.
        if (schedule.complete(message.result)) {
          const { done, total, fraction } = schedule;
          this.deps.emit({ type: 'result', id: active.id, result: message.result, done, total, fraction });
          active.lastProgress = this.deps.now();
          if (schedule.finished) {
            this.active = null;
            this.deps.emit({ type: 'finished', id: active.id });
            return;
          }
        }
        this.fill(slot, schedule);
        if (slot.assigned.length === 0) this.steal(slot, active);
        return;
      }
      case 'progress': {
        schedule.progress(message.index, message.steps);
        const now = this.deps.now();
        if (now - active.lastProgress < PROGRESS_MS) return;
        active.lastProgress = now;
        const { done, total, fraction } = schedule;
        this.deps.emit({ type: 'progress', id: active.id, done, total, fraction });
        return;
      }
      case 'failed':
        this.stop();
        this.deps.emit({ type: 'failed', id: active.id, message: message.message });
        return;
      default:
        assertNever(message);
    }
  }

  /** A thread stopped unexpectedly. */
  private lose(slot: Slot): void {
    if (!this.slots.includes(slot)) return;
    const active = this.active;
    if (active === null) {
      this.slots = this.slots.filter((s) => s !== slot);
      slot.thread.dispose();
      return;
    }
    if (this.deps.lost(this.heard) === 'retry') {
      // Every thread is replaced (none ever loaded): the unfinished runs start again on the new ones.
      for (const s of this.slots) {
        active.schedule.giveBack(s.assigned);
        s.thread.dispose();
      }
      this.slots = [];
      this.balance();
      return;
    }
    this.slots = this.slots.filter((s) => s !== slot);
    slot.thread.dispose();
    this.stop();
    this.deps.emit({ type: 'failed', id: active.id, message: 'the sweep worker stopped unexpectedly; press Run to try again' });
  }
}
