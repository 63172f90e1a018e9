/**
 * CPU and memory of a process from /proc (Linux): cumulative user+system CPU seconds (all
 * threads, so worker threads count) and resident memory. Sampled by the benchmarks for the
 * server process; they run on the same machine, so nothing else is needed.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { ThreadCpuTracker } from './thread-cpu.ts';

let ticksPerSecond: number | undefined;

export function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export interface ProcSample {
  /** performance.now() when sampled. */
  at: number;
  /** User + system CPU seconds since the process started. */
  cpuSeconds: number;
  /**
   * The same for the main thread alone (its event loop): CPU it actually ran, so unlike its
   * wall-clock busy share it does not grow when other work on the machine preempts it.
   */
  mainThreadCpuSeconds: number;
  rssBytes: number;
  /** Peak resident set size so far. */
  hwmBytes: number;
  threads: number;
}

/** Undefined when the process is gone (or /proc is unavailable). */
export function sampleProcess(pid: number): ProcSample | undefined {
  try {
    const cpuTicks = statTicks(`/proc/${pid}/stat`);
    const mainTicks = statTicks(`/proc/${pid}/task/${pid}/stat`);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return {
      at: performance.now(),
      cpuSeconds: cpuTicks / clockTicks(),
      mainThreadCpuSeconds: mainTicks / clockTicks(),
      rssBytes: kb('VmRSS'),
      hwmBytes: kb('VmHWM'),
      threads: Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 0),
    };
  } catch {
    return undefined;
  }
}

/** utime + stime of a /proc stat file (fields 14 and 15, after the parenthesised command name). */
function statTicks(file: string): number {
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Samples a process every `intervalMs`, keeping the peak RSS; `stop()` returns the window's totals. */
export class ProcSampler {
  readonly #pid: number;
  readonly #first: ProcSample | undefined;
  #last: ProcSample | undefined;
  #peakRss = 0;
  readonly #timer: NodeJS.Timeout;

  constructor(pid: number, intervalMs = 500) {
    this.#pid = pid;
    this.#first = sampleProcess(pid);
    this.#last = this.#first;
    this.#peakRss = this.#first?.rssBytes ?? 0;
    this.#timer = setInterval(() => this.#sample(), intervalMs);
    this.#timer.unref();
  }

  #sample(): void {
    const s = sampleProcess(this.#pid);
    if (!s) return;
    this.#last = s;
    this.#peakRss = Math.max(this.#peakRss, s.rssBytes);
  }

  /** CPU used in the window as a fraction of one core, start and peak RSS. */
  stop(): {
    cpuCores: number;
    cpuSeconds: number;
    /** The main thread's CPU in the window, as a fraction of one core. */
    mainThreadCores: number;
    wallSeconds: number;
    startRss: number;
    peakRss: number;
    endRss: number;
  } {
    clearInterval(this.#timer);
    this.#sample();
    const first = this.#first;
    const last = this.#last;
    if (!first || !last)
      return {
        cpuCores: Number.NaN,
        cpuSeconds: Number.NaN,
        mainThreadCores: Number.NaN,
        wallSeconds: 0,
        startRss: 0,
        peakRss: 0,
        endRss: 0,
      };
    const wallSeconds = (last.at - first.at) / 1000;
    const cpuSeconds = last.cpuSeconds - first.cpuSeconds;
    return {
      cpuCores: wallSeconds > 0 ? cpuSeconds / wallSeconds : Number.NaN,
      cpuSeconds,
      mainThreadCores:
        wallSeconds > 0 ? (last.mainThreadCpuSeconds - first.mainThreadCpuSeconds) / wallSeconds : Number.NaN,
      wallSeconds,
      startRss: first.rssBytes,
      peakRss: this.#peakRss,
      endRss: last.rssBytes,
    };
  }
}

/** Every live process whose parent chain reaches one of `roots` (the roots included). */
export function processTree(roots: readonly number[]): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [...roots];
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // Exited between the listing and the read.
    }
  }
  const out: number[] = [];
  const todo = [...roots];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    if (out.includes(pid)) continue;
    out.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * ProcSampler over a whole deployment: the root processes (one server, a primary, or several
 * nodes) and every process they started (workers), found again at each sample. CPU is the sum
 * of each process's own CPU in the window (from when it was first seen), RSS the peak of the
 * summed RSS, and the main thread the busiest process's event loop (the one that limits).
 */
export class ProcTreeSampler {
  readonly #roots: readonly number[];
  readonly #first = new Map<number, ProcSample>();
  readonly #last = new Map<number, ProcSample>();
  #startAt = performance.now();
  #endAt = this.#startAt;
  #peakRss = 0;
  #startRss = 0;
  readonly #timer: NodeJS.Timeout;
  readonly #threads = new ThreadCpuTracker();

  constructor(roots: readonly number[], intervalMs = 500) {
    this.#roots = roots;
    for (const pid of processTree(roots)) this.#threads.start(pid);
    this.#startRss = this.#sample();
    this.#startAt = performance.now();
    this.#timer = setInterval(() => this.#sample(), intervalMs);
    this.#timer.unref();
  }

  /** Samples every process of the tree; returns their summed RSS. */
  #sample(): number {
    let rss = 0;
    for (const pid of processTree(this.#roots)) {
      const s = sampleProcess(pid);
      if (!s) continue;
      if (!this.#first.has(pid)) this.#first.set(pid, s);
      this.#last.set(pid, s);
      this.#threads.sample(pid);
      rss += s.rssBytes;
    }
    this.#endAt = performance.now();
    this.#peakRss = Math.max(this.#peakRss, rss);
    return rss;
  }

  /** The processes seen so far. */
  get pids(): number[] {
    return [...this.#first.keys()];
  }

  stop(): ReturnType<ProcSampler['stop']> & {
    processes: number;
    /** CPU seconds in the window per thread group ("main" = each process's event loop), biggest first. */
    threadGroups: [string, number][];
  } {
    clearInterval(this.#timer);
    const endRss = this.#sample();
    const wallSeconds = (this.#endAt - this.#startAt) / 1000;
    let cpuSeconds = 0;
    let busiestMain = 0;
    for (const [pid, first] of this.#first) {
      const last = this.#last.get(pid) ?? first;
      cpuSeconds += last.cpuSeconds - first.cpuSeconds;
      busiestMain = Math.max(busiestMain, last.mainThreadCpuSeconds - first.mainThreadCpuSeconds);
    }
    return {
      cpuCores: wallSeconds > 0 ? cpuSeconds / wallSeconds : Number.NaN,
      cpuSeconds,
      mainThreadCores: wallSeconds > 0 ? busiestMain / wallSeconds : Number.NaN,
      wallSeconds,
      startRss: this.#startRss,
      peakRss: this.#peakRss,
      endRss,
      processes: this.#first.size,
      threadGroups: this.#threads.groups(clockTicks()),
    };
  }
}

/** Summed RSS of a deployment's processes now. */
export function treeRss(roots: readonly number[]): number {
  let rss = 0;
  for (const pid of processTree(roots)) rss += sampleProcess(pid)?.rssBytes ?? 0;
  return rss;
}
