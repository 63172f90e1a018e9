/**
 * CPU per thread group of a deployment, from /proc/<pid>/task/<tid>/stat: which part of the
 * server spends its CPU (the main thread, the VAD worker, libuv's pool, V8's GC helpers…).
 * Threads are grouped by their name (`comm`), the main thread of each process kept apart as
 * "main", since the issue's budget is per session and these groups are where it goes.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Cumulative CPU ticks of every thread of `pid`, keyed by thread id, with its group name. */
export function threadTicks(pid: number): Map<number, { group: string; ticks: number }> {
  const out = new Map<number, { group: string; ticks: number }>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      out.set(Number(tid), { group: Number(tid) === pid ? 'main' : comm.trim(), ticks });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** Keeps the first and last tick count of each thread seen; `groups()` sums the deltas by name. */
export class ThreadCpuTracker {
  readonly #first = new Map<string, { group: string; ticks: number }>();
  readonly #last = new Map<string, number>();

  sample(pid: number): void {
    for (const [tid, t] of threadTicks(pid)) {
      const key = `${pid}/${tid}`;
      // A thread first seen mid-window started in it: its whole CPU belongs to the window.
      if (!this.#first.has(key)) this.#first.set(key, { group: t.group, ticks: 0 });
      this.#last.set(key, t.ticks);
    }
  }

  /** Seeds the baseline of threads already running at the window's start. */
  start(pid: number): void {
    for (const [tid, t] of threadTicks(pid)) this.#first.set(`${pid}/${tid}`, t);
  }

  /** CPU seconds per thread group in the window, biggest first. */
  groups(ticksPerSecond: number): [string, number][] {
    const sums = new Map<string, number>();
    for (const [key, first] of this.#first) {
      const last = this.#last.get(key) ?? first.ticks;
      sums.set(first.group, (sums.get(first.group) ?? 0) + (last - first.ticks) / ticksPerSecond);
    }
    return [...sums].sort((a, b) => b[1] - a[1]);
  }
}
