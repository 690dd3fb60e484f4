/**
 * Machine-wide CPU use from /proc/stat (Linux), to tell whether other
 * processes competed with a measurement. Elsewhere it reports nothing.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface CpuSample {
  readonly busy: number;
  readonly total: number;
}

export function sampleCpu(): CpuSample | null {
  let text: string;
  try {
    text = readFileSync('/proc/stat', 'utf8');
  } catch {
    return null;
  }
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  if (line === undefined) return null;
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: idle and iowait are the idle time.
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  const total = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0);
  return { busy: total - idle, total };
}

/** Cores kept busy on average between two samples (all processes), or null without /proc/stat. */
export function busyCores(from: CpuSample | null, to: CpuSample | null): number | null {
  if (from === null || to === null || to.total <= from.total) return null;
  return ((to.busy - from.busy) / (to.total - from.total)) * cpus().length;
}
