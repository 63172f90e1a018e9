/**
 * CPU and memory of a process from /proc (Linux): cumulative user+system CPU seconds (all
 * threads, so worker threads count) and resident memory. Sampled by the benchmarks for the
 * server process; they run on the same machine, so nothing else is needed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
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
