/** Optimizer steps per second over the last second or so of wall time. */
export class RateMeter {
  private times: number[] = [];
  private steps: number[] = [];

  sample(now: number, totalSteps: number): void {
    this.times.push(now);
    this.steps.push(totalSteps);
    while (this.times.length > 2 && now - this.times[1] > 1000) {
      this.times.shift();
      this.steps.shift();
    }
  }

  reset(): void {
    this.times = [];
    this.steps = [];
  }

  rate(): number {
    const n = this.times.length;
    if (n < 2) return 0;
    const dt = this.times[n - 1] - this.times[0];
    return dt > 0 ? ((this.steps[n - 1] - this.steps[0]) * 1000) / dt : 0;
  }
}
