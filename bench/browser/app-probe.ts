/**
 * Injected into the app page before its own scripts (as a classic script):
 * records long tasks and long animation frames from the start, and measures
 * windows of rAF callbacks and step-readout changes on request. Exposed as
 * window.__dropoutLabProbe.
 */
import type { AppWindow, InputWindow } from './protocol';

interface Slow {
  readonly start: number;
  readonly duration: number;
  /** Long animation frames only: the script that took longest, described. */
  readonly cause: string | null;
}

interface StepChange {
  readonly time: number;
  readonly step: number;
}

/** The parts of a 'long-animation-frame' entry used here (not yet in TypeScript's DOM lib). */
interface ScriptTiming {
  readonly duration: number;
  readonly invoker?: string;
  readonly sourceFunctionName?: string;
  readonly sourceURL?: string;
}
interface AnimationFrameTiming extends PerformanceEntry {
  /** Start of style and layout, after the frame's rAF callbacks (which count as scripts). */
  readonly styleAndLayoutStart?: number;
  readonly scripts?: readonly ScriptTiming[];
}

const STEP_SELECTOR = '[data-testid="step"]';
/** A window also ends on this timer if rAF has stalled (a hidden page runs none). */
const STALL_GRACE_MS = 2000;

/** Where a slow frame's time went: scripts (naming the longest), style/layout/paint, and the rest (waiting for a CPU, GC, other work). */
function describeFrame(entry: AnimationFrameTiming): string {
  const scripts = entry.scripts ?? [];
  const scriptMs = scripts.reduce((sum, s) => sum + s.duration, 0);
  const end = entry.startTime + entry.duration;
  const layoutMs = entry.styleAndLayoutStart !== undefined && entry.styleAndLayoutStart > 0 ? end - entry.styleAndLayoutStart : 0;
  const restMs = Math.max(0, entry.duration - scriptMs - layoutMs);
  let top = '';
  if (scripts.length > 0) {
    const longestScript = scripts.reduce((a, b) => (b.duration > a.duration ? b : a));
    const file = (longestScript.sourceURL ?? '').split('/').pop() || 'unknown file';
    const name = longestScript.sourceFunctionName ? ` ${longestScript.sourceFunctionName}` : '';
    top = `, longest ${longestScript.duration.toFixed(0)} ms in ${longestScript.invoker ?? 'a script'}${name} (${file})`;
  }
  return `scripts ${scriptMs.toFixed(0)} ms (${scripts.length}${top}), style/layout/paint ${layoutMs.toFixed(0)} ms, other ${restMs.toFixed(0)} ms`;
}

/** Records entries of one type from page start (buffered); null where this browser lacks the type. */
function recorder(type: string, describe: (entry: PerformanceEntry) => string | null) {
  if (!PerformanceObserver.supportedEntryTypes.includes(type)) return null;
  const seen: Slow[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) seen.push({ start: entry.startTime, duration: entry.duration, cause: describe(entry) });
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  // durationThreshold: Event Timing's smallest (16 ms); other types ignore it.
  observer.observe({ type, buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  return {
    /** Everything recorded so far, including entries not yet delivered to the callback. */
    all(): readonly Slow[] {
      record(observer.takeRecords());
      return seen;
    },
  };
}

const longTasks = recorder('longtask', () => null);
const longFrames = recorder('long-animation-frame', (entry) => describeFrame(entry as AnimationFrameTiming));

function longest(entries: readonly Slow[], from: number, to: number): Slow | null {
  let best: Slow | null = null;
  for (const entry of entries) if (entry.start >= from && entry.start < to && (best === null || entry.duration > best.duration)) best = entry;
  return best;
}

/** "12,345" (or any grouping separator) → 12345; null for "—" or empty text. */
function parseCount(text: string | null): number | null {
  const digits = (text ?? '').replace(/[^0-9]/g, '');
  return digits === '' ? null : Number(digits);
}

/**
 * Frames (new training states) that the app's workers have sent the page: the probe runs before the
 * app, so it wraps Worker and counts 'frame' messages. The page draws each one it receives.
 */
let workerFrames = 0;
const AppWorker = window.Worker;
window.Worker = class extends AppWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    this.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'frame') workerFrames++;
    });
  }
};

function measure(durationMs: number): Promise<AppWindow> {
  const framesAtStart = workerFrames;
  const element = document.querySelector(STEP_SELECTOR);
  if (element === null) return Promise.reject(new Error(`the page has no ${STEP_SELECTOR} element`));
  const changes: StepChange[] = [];
  const stepObserver = new MutationObserver(() => {
    const step = parseCount(element.textContent);
    if (step !== null && step !== changes[changes.length - 1]?.step) changes.push({ time: performance.now(), step });
  });
  stepObserver.observe(element, { subtree: true, childList: true, characterData: true });

  const start = performance.now();
  const end = start + durationMs;
  let frames = 0;
  let lastFrame = start;
  let maxGap = 0;
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const stop = performance.now();
      stepObserver.disconnect();
      maxGap = Math.max(maxGap, stop - lastFrame);
      const tasks = (longTasks?.all() ?? []).filter((t) => t.start >= start && t.start < stop);
      const frame = longest(longFrames?.all() ?? [], start, stop);
      const first = changes[0];
      const last = changes[changes.length - 1];
      const initial = parseCount(element.textContent) ?? 0;
      resolve({
        durationMs: stop - start,
        stepsPerSec: changes.length >= 2 ? ((last.step - first.step) * 1000) / (last.time - first.time) : null,
        firstStep: first?.step ?? initial,
        lastStep: last?.step ?? initial,
        readoutChanges: changes.length,
        fps: (frames * 1000) / (stop - start),
        workerFramesPerSec: ((workerFrames - framesAtStart) * 1000) / (stop - start),
        maxFrameGapMs: maxGap,
        longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
        longTasks: tasks.length,
        longestFrameMs: frame?.duration ?? 0,
        longestFrameCause: frame?.cause ?? null,
      });
    };
    const onFrame = () => {
      if (done) return;
      const now = performance.now();
      if (now >= end) {
        finish();
        return;
      }
      frames++;
      maxGap = Math.max(maxGap, now - lastFrame);
      lastFrame = now;
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    setTimeout(finish, durationMs + STALL_GRACE_MS);
  });
}

/** Resolves after the next frame has been rendered: a task queued from a rAF callback runs after that frame's style, layout and paint. */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** The first step on screen: the readout shows a step above 0, then a frame is rendered. */
let firstStepDrawn: number | null = null;
function watchFirstStep(): void {
  const observer = new MutationObserver(() => {
    const element = document.querySelector(STEP_SELECTOR);
    if (element === null || (parseCount(element.textContent) ?? 0) === 0) return;
    observer.disconnect();
    void afterNextPaint().then((time) => (firstStepDrawn = time));
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}
watchFirstStep();

const INPUT_EVENTS = new Set(['keydown', 'keyup', 'keypress', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'beforeinput', 'input']);
/** Event Timing entries (keyboard and pointer only), from page start. */
const eventTimings = recorder('event', (entry) => (INPUT_EVENTS.has(entry.name) ? entry.name : null));
if (eventTimings === null) console.warn('this browser has no Event Timing');

interface InputSession {
  readonly start: number;
  readonly pending: Promise<void>[];
  readonly nextPaint: number[];
  readonly stop: () => void;
}
let inputs: InputSession | null = null;

function startInputs(): void {
  inputs?.stop();
  const pending: Promise<void>[] = [];
  const nextPaint: number[] = [];
  // Capture phase on window: before the app's own handlers run.
  const onInput = (event: Event) => {
    const start = event.timeStamp;
    pending.push(afterNextPaint().then((end) => void nextPaint.push(end - start)));
  };
  const types = ['keydown', 'pointerdown'] as const;
  for (const type of types) window.addEventListener(type, onInput, { capture: true });
  inputs = { start: performance.now(), pending, nextPaint, stop: () => types.forEach((type) => window.removeEventListener(type, onInput, { capture: true })) };
}

async function stopInputs(): Promise<InputWindow> {
  const session = inputs;
  if (session === null) throw new Error('startInputs was not called');
  inputs = null;
  session.stop();
  await Promise.all(session.pending);
  // Event Timing entries are delivered after the event's frame: give them a frame more.
  await afterNextPaint();
  const entries = (eventTimings?.all() ?? []).filter((e) => e.cause !== null && e.start >= session.start);
  return {
    eventWorstMs: Math.max(0, ...entries.map((e) => e.duration)),
    eventEntries: entries.length,
    nextPaintMs: session.nextPaint,
  };
}

window.__dropoutLabProbe = {
  longTasksSupported: longTasks !== null,
  longFramesSupported: longFrames !== null,
  longestTaskSoFar(): number {
    return Math.max(0, ...(longTasks?.all() ?? []).map((t) => t.duration));
  },
  measure,
  firstStepDrawnMs: () => firstStepDrawn,
  startInputs,
  stopInputs,
};
