/**
 * Runs the robustness measurement of every run in the worker's spare time:
 * while training, about ROBUSTNESS_SHARE of the wall time since the measurement began
 * (so training keeps ≥ 0.9× its steps per second); while paused, whole slices.
 * A finished measurement is kept for the frames; the next one starts on the
 * weights of the latest step.
 */
import type { ExperimentConfig } from '../../experiment/types';
import { configOfRun } from '../../experiment/run-facts';
import type { RobustnessOutcome } from '../protocol';
import { RobustnessJob } from '../robustness';
import type { RunSet } from './run-set';

/** The largest share of wall time the measurement takes while training. */
export const ROBUSTNESS_SHARE = 0.05;

export class RobustnessScheduler {
  private jobs: RobustnessJob[] | null = null;
  private results: RobustnessOutcome[] | null = null;
  private startedAt = 0;
  private spentMs = 0;
  private wasTraining = false;

  constructor(private readonly now: () => number) {}

  /** Forgets the measurement (a new run, new weights' meaning, or the curve turned off). */
  reset(): void {
    this.jobs = null;
    this.results = null;
  }

  /** The latest finished measurement of run `slot`, or null. */
  resultOf(slot: number): RobustnessOutcome | null {
    return this.results?.[slot] ?? null;
  }

  /** True when a measurement is under way or due for the current step (a paused worker keeps slicing). */
  pending(runs: RunSet): boolean {
    return this.jobs !== null || this.results === null || this.results[0]?.step !== runs.step;
  }

  /**
   * Works until `deadline` (paused) or while within its share (training). Returns true
   * when a measurement finished (the next frame should carry it).
   */
  work(runs: RunSet, config: ExperimentConfig, layer: number, training: boolean, deadline: number): boolean {
    // Coming back to training (after a pause), the share counts from now: idle time earns no burst.
    if (training && !this.wasTraining) {
      this.startedAt = this.now();
      this.spentMs = 0;
    }
    this.wasTraining = training;
    if (this.jobs === null) {
      if (!this.pending(runs)) return false;
      // Layer 0 = every hidden layer; a layer the network lacks also means every one.
      const only = layer >= 1 && layer <= config.hiddenLayers.length ? layer - 1 : null;
      this.startedAt = this.now();
      this.jobs = runs.runs.map(
        (run) => new RobustnessJob(run.training.net, configOfRun(config, run.id), runs.step, runs.dataset, config.seed, { layer: only }),
      );
      // Copying the weights and the first pass over the test set count too.
      this.spentMs = this.now() - this.startedAt;
    }
    const jobs = this.jobs;
    for (;;) {
      const t = this.now();
      if (training ? this.spentMs > ROBUSTNESS_SHARE * (t - this.startedAt) : t >= deadline) return false;
      const job = jobs.find((j) => !j.done);
      if (job === undefined) break;
      job.runCell();
      this.spentMs += this.now() - t;
    }
    this.results = jobs.map((j) => j.result());
    this.jobs = null;
    return true;
  }
}
