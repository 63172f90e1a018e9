/**
 * Says what keeps the process alive after shutdown. Node's own list
 * (`process.getActiveResourcesInfo()`) gives resource types only and leaves worker threads out,
 * so the threads and child processes started from now on are followed through their diagnostics
 * channels, each with where it was created, until they exit. Timers can be followed too (with an
 * async hook, which costs on every promise: debug only); that is how a VAD hold timer left by a
 * late speech start was found keeping the server alive after its shutdown.
 */

import { createHook } from 'node:async_hooks';
import type { ChildProcess } from 'node:child_process';
import dc from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import type { Worker } from 'node:worker_threads';

export interface OpenHandleReport {
  /** Ref'd libuv resources by type (`TCPWrap`, `Timeout`, …), as Node counts them. */
  resources: Record<string, number>;
  /** Sockets, servers and child processes Node lists as active, one line each. */
  handles: string[];
  /** Worker threads started and not yet exited, with where they were created. */
  workers: { threadId: number; createdAt: string }[];
  /** Child processes spawned and not yet exited, with where they were spawned. */
  children: { pid: number | undefined; file: string; createdAt: string }[];
  /** Ref'd timers still pending, by where they were set (only when timers are traced). */
  timers?: string[];
}

interface TracedTimer {
  timer: { hasRef(): boolean; _destroyed?: boolean };
  createdAt: string;
}

/** The first frames of the caller's stack outside Node and this module. */
function creationSite(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  return stack
    .split('\n')
    .slice(1)
    .map((frame) => frame.trim().replace(/^at /, ''))
    .filter((frame) => !frame.includes('node:') && !frame.includes('open-handles.ts'))
    .slice(0, 4)
    .join(' < ');
}

function describeHandle(handle: unknown): string | undefined {
  if (!handle || typeof handle !== 'object') return undefined;
  const name = handle.constructor?.name ?? 'Object';
  if (name === 'Socket') {
    const s = handle as Socket & { _handle?: { fd?: number } };
    const fd = s._handle?.fd;
    if (s.remotePort) {
      return `Socket ${s.localAddress}:${s.localPort} <-> ${s.remoteAddress}:${s.remotePort} (destroyed: ${s.destroyed})`;
    }
    const stdio = fd === 0 ? ' (stdin)' : fd === 1 ? ' (stdout)' : fd === 2 ? ' (stderr)' : '';
    return `Socket fd ${fd ?? '?'}${stdio} (destroyed: ${s.destroyed})`;
  }
  if (name === 'Server') return `Server ${JSON.stringify((handle as { address(): unknown }).address())}`;
  if (name === 'ChildProcess') {
    const c = handle as ChildProcess;
    return `ChildProcess ${c.spawnfile} pid ${c.pid}`;
  }
  return name;
}

export class OpenHandleTracker {
  readonly #workers = new Map<Worker, string>();
  readonly #children = new Map<ChildProcess, string>();
  readonly #timers = new Map<number, TracedTimer>();
  readonly #timerHook;
  readonly #onWorker = (message: unknown) => {
    const { worker } = message as { worker: Worker };
    this.#workers.set(worker, creationSite());
    worker.once('exit', () => this.#workers.delete(worker));
  };
  readonly #onChild = (message: unknown) => {
    const { process: child } = message as { process: ChildProcess };
    this.#children.set(child, creationSite());
    child.once('exit', () => this.#children.delete(child));
  };

  /** `timers`: also say where each pending timer was set (an async hook: debugging only). */
  constructor(opts: { timers?: boolean } = {}) {
    this.#timerHook = opts.timers
      ? createHook({
          init: (asyncId, type, _trigger, resource) => {
            if (type === 'Timeout') {
              this.#timers.set(asyncId, {
                timer: resource as TracedTimer['timer'],
                createdAt: creationSite(),
              });
            }
          },
          destroy: (asyncId) => {
            this.#timers.delete(asyncId);
          },
        })
      : undefined;
  }

  /** Follows what is created from now on. */
  start(): this {
    this.#timerHook?.enable();
    dc.subscribe('worker_threads', this.#onWorker);
    dc.subscribe('child_process', this.#onChild);
    return this;
  }

  stop(): void {
    this.#timerHook?.disable();
    dc.unsubscribe('worker_threads', this.#onWorker);
    dc.unsubscribe('child_process', this.#onChild);
  }

  report(): OpenHandleReport {
    const resources: Record<string, number> = {};
    for (const type of process.getActiveResourcesInfo()) resources[type] = (resources[type] ?? 0) + 1;
    // Undocumented but long-standing: the objects behind the active handles (sockets, servers, children).
    const active =
      (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
    return {
      resources,
      handles: active.flatMap((h) => describeHandle(h) ?? []),
      workers: [...this.#workers].map(([w, createdAt]) => ({ threadId: w.threadId, createdAt })),
      children: [...this.#children].map(([c, createdAt]) => ({ pid: c.pid, file: c.spawnfile, createdAt })),
      ...(this.#timerHook
        ? {
            timers: [...this.#timers.values()]
              .filter((t) => t.timer.hasRef() && !t.timer._destroyed)
              .map((t) => t.createdAt),
          }
        : {}),
    };
  }
}
