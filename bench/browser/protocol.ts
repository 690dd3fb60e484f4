/**
 * Shapes shared by the browser benchmark (bench/browser-bench.ts, in Node)
 * and the code it loads into Chromium: the bare-kernel page and worker, and
 * the probe injected into the app page. Types only.
 */

/** Page → bare worker: train for a warm-up, then time `windows` windows. */
export interface BareRequest {
  /** The app link's hash of the case (see cases.ts): the bare kernel trains what that page trains. */
  readonly hash: string;
  readonly warmupMs: number;
  readonly windowMs: number;
  readonly windows: number;
}

/** Bare worker → page, once the windows are done. */
export interface BareResult {
  /** Steps of every run (both twins in compare mode, like the app's step readout) per second, one per window. */
  readonly windowRates: readonly number[];
  readonly totalSteps: number;
  /** Train-mode MSE of the last step: a finite number shows the run did not diverge. */
  readonly lastLoss: number;
}

/** One measurement window on the app page (training or idle). */
export interface AppWindow {
  readonly durationMs: number;
  /** Steps per second from the step readout's changes inside the window; null if it changed fewer than twice. */
  readonly stepsPerSec: number | null;
  /** Step readout at the first and the last change seen in the window (equal when it never moved). */
  readonly firstStep: number;
  readonly lastStep: number;
  readonly readoutChanges: number;
  /** requestAnimationFrame callbacks per second. */
  readonly fps: number;
  /** Frames (new training states) the app's worker sent the page per second: how often what is drawn changes. */
  readonly workerFramesPerSec: number;
  readonly maxFrameGapMs: number;
  /** Longest 'longtask' entry starting inside the window; 0 when none (they are reported from 50 ms). */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** Longest 'long-animation-frame' entry (a frame of 50 ms or more) starting inside the window; 0 when none. */
  readonly longestFrameMs: number;
  /** What that frame spent its time on, by its longest script; null when none or unattributed. */
  readonly longestFrameCause: string | null;
}

/** Input responsiveness over a window of scripted keyboard and pointer input on the controls. */
export interface InputWindow {
  /** Longest Event Timing duration of a keyboard or pointer event in the window (reported from 16 ms; 0 when none reached it). */
  readonly eventWorstMs: number;
  /** Event Timing entries seen (only those of 16 ms or more are reported). */
  readonly eventEntries: number;
  /** Per input event: from its timestamp to the end of the next frame's rendering, measured by the probe itself. */
  readonly nextPaintMs: readonly number[];
}

export interface AppProbe {
  /** Whether this Chromium reports 'longtask' performance entries. */
  readonly longTasksSupported: boolean;
  /** Whether it reports 'long-animation-frame' entries, which name the scripts a slow frame ran. */
  readonly longFramesSupported: boolean;
  /** The longest task recorded so far (before the first window: page load and first renders); 0 if none. */
  longestTaskSoFar(): number;
  measure(durationMs: number): Promise<AppWindow>;
  /** Milliseconds from navigation start to the end of the first frame rendered after the step readout first showed a step; null until then. */
  firstStepDrawnMs(): number | null;
  /** Starts timing keyboard and pointer input (the bench drives the input from outside). */
  startInputs(): void;
  /** Stops, waits for the last input's next paint, and reports. */
  stopInputs(): Promise<InputWindow>;
}

export interface BareBench {
  run(request: BareRequest): Promise<BareResult>;
}

declare global {
  interface Window {
    __dropoutLabProbe?: AppProbe;
    __dropoutLabBare?: BareBench;
  }
}
