/**
 * CPU time of the browser's threads, from /proc (Linux): which of the page's
 * main thread, its training worker, the compositor or the GPU process used
 * the cores during a window. Elsewhere it reports nothing.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** CPU ticks per thread, keyed "process type/thread name", summed over threads of the same name. */
export type ThreadTicks = ReadonlyMap<string, number>;

export interface ThreadSample {
  readonly time: number;
  readonly ticks: ThreadTicks;
}

export interface ThreadUse {
  readonly thread: string;
  /** Average cores this thread (or these same-named threads) kept busy. */
  readonly cores: number;
}

function ticksPerSecond(): number {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(value) && value > 0 ? value : 100;
  } catch {
    return 100;
  }
}
const CLK_TCK = ticksPerSecond();

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** /proc/<id>/stat → the name in parentheses and the fields after it (field 3 onwards). */
function parseStat(text: string): { name: string; fields: string[] } | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  return {
    name: text.slice(open + 1, close),
    fields: text
      .slice(close + 2)
      .trim()
      .split(' '),
  };
}

/** Every process descending from `root`, from the parent ids in /proc. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    const parsed = stat === null ? null : parseStat(stat);
    if (parsed === null) continue;
    const parent = Number(parsed.fields[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  const found: number[] = [];
  const queue = [root];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of children.get(id) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** "renderer", "gpu-process", "utility"…, or "browser" for Chromium's main process. */
function processType(pid: number): string {
  // Chromium rewrites its command line into one space-separated string, so search rather than split on NULs.
  const type = /--type=([^\s\0]+)/.exec(read(`/proc/${pid}/cmdline`) ?? '');
  return type === null ? 'browser' : type[1];
}

/** CPU ticks of every thread of every process under `root` (this Node process: Playwright starts Chromium as its child). */
export function sampleThreads(root: number = process.pid): ThreadSample | null {
  if (read('/proc/self/stat') === null) return null;
  const ticks = new Map<string, number>();
  for (const pid of descendants(root)) {
    const kind = processType(pid);
    let threads: string[];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of threads) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      const parsed = stat === null ? null : parseStat(stat);
      if (parsed === null) continue;
      // Fields 14 and 15 (utime, stime) are at 11 and 12 once the first two are cut off.
      const used = Number(parsed.fields[11]) + Number(parsed.fields[12]);
      const key = `${kind}/${parsed.name}`;
      ticks.set(key, (ticks.get(key) ?? 0) + used);
    }
  }
  return { time: performance.now(), ticks };
}

/** Threads by cores used between two samples, busiest first; threads that ended in between are left out, new ones count from zero. */
export function threadUse(from: ThreadSample | null, to: ThreadSample | null): ThreadUse[] {
  if (from === null || to === null || to.time <= from.time) return [];
  const seconds = (to.time - from.time) / 1000;
  const use: ThreadUse[] = [];
  for (const [thread, after] of to.ticks) {
    const before = from.ticks.get(thread) ?? 0;
    if (after < before) continue;
    use.push({ thread, cores: (after - before) / CLK_TCK / seconds });
  }
  return use.sort((a, b) => b.cores - a.cores);
}
