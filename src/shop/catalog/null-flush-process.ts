/**
 * A long-lived child spoken to in Apertium's null-flush mode (`-z`): each request is text ended by
 * a NUL, each answer ended by a NUL. It serves one `lt-proc` per transducer (apertium.ts) and the
 * whole translation pipeline (`sh -c 'stage -z | stage -z …'`, translate.ts). Spawning per lookup
 * cost 0.1–1 s on a loaded machine (the transducer is loaded each time), which a shopper's first
 * Spanish request paid in full; a resident child answers in about a millisecond.
 *
 * Requests are answered in order, one at a time. A request whose signal aborts is rejected at once
 * and its answer, when it comes, is read and dropped, so the stream stays in step. A child that
 * does not answer within the timeout, exits or fails is killed and every waiting request rejected;
 * the next request starts a fresh child. While nothing is waiting the child and its pipes do not
 * keep the process alive.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export class NullFlushError extends Error {
  override name = 'NullFlushError';
}

export interface NullFlushOptions {
  /** How long one answer may take once the child has answered once. */
  timeoutMs: number;
  /** How long an answer may take while a fresh child has not answered yet (loading its data). */
  startTimeoutMs?: number;
  /**
   * Written after each request, before the NUL. lt-proc in bilingual mode holds a unit back until
   * it sees a blank; the tagger of a translation pipeline holds the last word back until a
   * sentence end.
   */
  unitEnd?: string;
}

interface Pending {
  input: string;
  resolve: (output: string) => void;
  reject: (error: Error) => void;
  /** Set once the caller gave up: the answer is still read (to keep the stream in step), then dropped. */
  abandoned: boolean;
  signal?: AbortSignal;
  onAbort?: () => void;
}

const NUL = 0;

interface Refable {
  ref?: () => void;
  unref?: () => void;
}

export class NullFlushProcess {
  readonly #command: string;
  readonly #args: readonly string[];
  readonly #timeoutMs: number;
  readonly #startTimeoutMs: number;
  readonly #unitEnd: string;
  /** Whether the running child has answered yet (it has loaded its data). */
  #answered = false;
  #child: ChildProcessWithoutNullStreams | undefined;
  /** Written to the child, oldest first; the head is the request being answered. */
  readonly #inFlight: Pending[] = [];
  #received: Buffer[] = [];
  #timer: NodeJS.Timeout | undefined;
  #stderr = '';

  /** `args` must put the program in null-flush mode (`lt-proc -z <transducer>`). */
  constructor(command: string, args: readonly string[], options: NullFlushOptions) {
    this.#command = command;
    this.#args = args;
    this.#timeoutMs = options.timeoutMs;
    this.#startTimeoutMs = options.startTimeoutMs ?? options.timeoutMs;
    this.#unitEnd = options.unitEnd ?? '\n';
  }

  /** Process id of the running child (benchmarks read its CPU time). */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** The transducer's answer to `input` (which must not contain a NUL). */
  request(input: string, signal?: AbortSignal): Promise<string> {
    if (input.includes('\0'))
      return Promise.reject(new NullFlushError(`${this.#command} input must not contain NUL`));
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise<string>((resolve, reject) => {
      const pending: Pending = { input, resolve, reject, abandoned: false, signal };
      if (signal) {
        pending.onAbort = () => {
          pending.abandoned = true;
          reject(abortError(signal));
        };
        signal.addEventListener('abort', pending.onAbort, { once: true });
      }
      let child: ChildProcessWithoutNullStreams;
      try {
        child = this.#ensureChild();
      } catch (e) {
        this.#settle(pending);
        reject(new NullFlushError(`${this.#command} could not start: ${(e as Error).message}`));
        return;
      }
      this.#inFlight.push(pending);
      this.#setReferenced(true);
      this.#armTimer();
      child.stdin.write(`${input}${this.#unitEnd}\0`);
    });
  }

  /** Ends the child (tests and shutdown); waiting requests are rejected. */
  close(): void {
    this.#fail(new NullFlushError(`${this.#command} was closed`));
  }

  #ensureChild(): ChildProcessWithoutNullStreams {
    if (this.#child) return this.#child;
    const child = spawn(this.#command, this.#args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child = child;
    this.#answered = false;
    this.#stderr = '';
    child.stdout.on('data', (chunk: Buffer) => this.#onData(child, chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.#stderr.length < 2_000) this.#stderr += chunk.toString('utf8');
    });
    child.on('error', (e) => {
      if (this.#child === child) this.#fail(new NullFlushError(`${this.#command} failed: ${e.message}`));
    });
    child.on('close', (code, sig) => {
      if (this.#child !== child) return;
      const why = this.#stderr.trim() || `exited with ${sig ?? code}`;
      this.#fail(new NullFlushError(`${this.#command} stopped: ${why}`));
    });
    child.stdin.on('error', () => {}); // a child that died is reported by 'close'
    return child;
  }

  #onData(child: ChildProcessWithoutNullStreams, chunk: Buffer): void {
    if (this.#child !== child) return;
    let start = 0;
    for (let at = chunk.indexOf(NUL); at >= 0; at = chunk.indexOf(NUL, start)) {
      this.#received.push(chunk.subarray(start, at));
      start = at + 1;
      const answer = Buffer.concat(this.#received).toString('utf8');
      this.#received = [];
      this.#answered = true;
      const pending = this.#inFlight.shift();
      if (pending) {
        this.#settle(pending);
        if (!pending.abandoned) pending.resolve(answer);
      }
    }
    if (start < chunk.length) this.#received.push(chunk.subarray(start));
    if (this.#inFlight.length === 0) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#setReferenced(false);
    } else this.#armTimer();
  }

  #armTimer(): void {
    clearTimeout(this.#timer);
    const ms = this.#answered ? this.#timeoutMs : this.#startTimeoutMs;
    this.#timer = setTimeout(
      () => this.#fail(new NullFlushError(`${this.#command} did not answer within ${ms} ms`)),
      ms,
    );
  }

  /** Kills the child and rejects everything waiting; the next request starts a new child. */
  #fail(error: Error): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const child = this.#child;
    this.#child = undefined;
    this.#received = [];
    if (child && child.exitCode === null && child.signalCode === null) child.kill();
    for (const pending of this.#inFlight.splice(0)) {
      this.#settle(pending);
      if (!pending.abandoned) pending.reject(error);
    }
  }

  #settle(pending: Pending): void {
    if (pending.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
  }

  /** An idle resident child must not keep a CLI run or a test worker from exiting. */
  #setReferenced(referenced: boolean): void {
    const child = this.#child;
    if (!child) return;
    if (referenced) child.ref();
    else child.unref();
    // Piped stdio are sockets at run time, though typed as plain streams.
    for (const stream of [child.stdin, child.stdout, child.stderr] as unknown as Refable[]) {
      if (referenced) stream.ref?.();
      else stream.unref?.();
    }
  }
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}
