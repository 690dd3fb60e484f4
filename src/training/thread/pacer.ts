/** Paces training at a requested number of steps per second (0 = as fast as possible). */
export class Pacer {
  private startTime = 0;
  private done = 0;

  constructor(private speed: number) {}

  setSpeed(speed: number, now: number): void {
    this.speed = speed;
    this.restart(now);
  }

  get unlimited(): boolean {
    return this.speed <= 0;
  }

  restart(now: number): void {
    this.startTime = now;
    this.done = 0;
  }

  /** Steps due now. After a long stall (a hidden tab, a slow frame) it restarts rather than bursting to catch up. */
  due(now: number): number {
    if (this.unlimited) return Infinity;
    const owed = Math.floor(((now - this.startTime) * this.speed) / 1000) - this.done;
    if (owed > Math.max(1, this.speed / 4)) {
      this.restart(now);
      return 1;
    }
    return Math.max(0, owed);
  }

  consumed(steps: number): void {
    this.done += steps;
  }

  /** Milliseconds until the next step is due. */
  msUntilNext(now: number): number {
    if (this.unlimited) return 0;
    return Math.max(0, ((this.done + 1) * 1000) / this.speed - (now - this.startTime));
  }
}
