/**
 * One long-lived `lt-proc` child per transducer, spoken to in its null-flush mode (`-z`): each
 * request is text ended by a NUL, each answer the analysis ended by a NUL. Spawning a child per
 * lookup cost 0.1–1 s on a loaded machine (the transducer is loaded each time), which a shopper's
 * first Spanish request paid in full; a resident child answers in about a millisecond.
 *
 * Requests are answered in order, one at a time. A request whose signal aborts is rejected at once
 * and its answer, when it comes, is read and dropped, so the stream stays in step. A child that
 * does not answer within the timeout, exits or fails is killed and every waiting request rejected;
 * the next request starts a fresh child. While nothing is waiting the child and its pipes do not
 * keep the process alive.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export class LtProcError extends Error {
  override name = 'LtProcError';
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

export class LtProcess {
  readonly #command: string;
  readonly #args: readonly string[];
  readonly #timeoutMs: number;
  #child: ChildProcessWithoutNullStreams | undefined;
  /** Written to the child, oldest first; the head is the request being answered. */
  readonly #inFlight: Pending[] = [];
  #received: Buffer[] = [];
  #timer: NodeJS.Timeout | undefined;
  #stderr = '';

  /** `args` must put the program in null-flush mode (`lt-proc -z <transducer>`). */
  constructor(command: string, args: readonly string[], timeoutMs: number) {
    this.#command = command;
    this.#args = args;
    this.#timeoutMs = timeoutMs;
  }

  /** The transducer's answer to `input` (which must not contain a NUL). */
  request(input: string, signal?: AbortSignal): Promise<string> {
    if (input.includes('\0')) return Promise.reject(new LtProcError('lt-proc input must not contain NUL'));
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
        reject(new LtProcError(`lt-proc could not start: ${(e as Error).message}`));
        return;
      }
      this.#inFlight.push(pending);
      this.#setReferenced(true);
      this.#armTimer();
      // The blank ends the last unit: in bilingual mode lt-proc holds a unit back until it sees one.
      child.stdin.write(`${input}\n\0`);
    });
  }

  /** Ends the child (tests and shutdown); waiting requests are rejected. */
  close(): void {
    this.#fail(new LtProcError('lt-proc was closed'));
  }

  #ensureChild(): ChildProcessWithoutNullStreams {
    if (this.#child) return this.#child;
    const child = spawn(this.#command, this.#args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child = child;
    this.#stderr = '';
    child.stdout.on('data', (chunk: Buffer) => this.#onData(child, chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.#stderr.length < 2_000) this.#stderr += chunk.toString('utf8');
    });
    child.on('error', (e) => {
      if (this.#child === child) this.#fail(new LtProcError(`lt-proc failed: ${e.message}`));
    });
    child.on('close', (code, sig) => {
      if (this.#child !== child) return;
      const why = this.#stderr.trim() || `exited with ${sig ?? code}`;
      this.#fail(new LtProcError(`lt-proc stopped: ${why}`));
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
    this.#timer = setTimeout(
      () => this.#fail(new LtProcError(`lt-proc did not answer within ${this.#timeoutMs} ms`)),
      this.#timeoutMs,
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
