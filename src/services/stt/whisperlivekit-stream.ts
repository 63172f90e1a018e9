/**
 * One speaker's utterances over WhisperLiveKit's `/asr` WebSocket (see whisperlivekit.ts).
 *
 * WLK has no per-utterance finalize: it commits the last words only when the audio ends (an
 * empty binary message), then sends its last snapshot and `ready_to_stop`. So each finalized
 * utterance retires its socket: `finalize()` ends that socket's audio and resolves on
 * `ready_to_stop` (or after a grace period, with the best hypothesis), while a fresh socket is
 * opened at once for the next utterance. A `reset()` keeps the socket; the dropped audio stays
 * on its timeline and lines before the new utterance's start are ignored.
 */
import type { Clock, TimerHandle } from '../../pipeline/clock.ts';
import { ServiceError } from '../service-base.ts';
import { closeError, frameText, shutdown, WebSocket } from '../ws-client.ts';
import { EventQueue } from './event-queue.ts';
import { STT_SAMPLE_RATE, type SttEvent, type SttStream, type SttTranscript } from './types.ts';
import { EPS, parseSnapshot, type Snapshot, utteranceText } from './whisperlivekit-messages.ts';

const MAX_QUEUED_SAMPLES = 10 * STT_SAMPLE_RATE;

export interface WlkStreamHost {
  readonly provider: string;
  readonly streamClock: Clock;
  readonly keepAliveMs: number;
  readonly finalizeGraceMs: number;
  openSocket(signal?: AbortSignal): Promise<WebSocket>;
}

interface Utterance {
  id: number;
  startSec: number;
  endSec: number;
  /** Best hypothesis so far (committed lines + WLK's uncommitted buffer). */
  best: string;
  lost?: ServiceError;
}

interface Pending {
  utt: Utterance;
  /** The socket whose audio this utterance ended; undefined while it is still connecting. */
  ws: WebSocket | undefined;
  queue: Int16Array[];
  timer: TimerHandle | undefined;
  resolve: (t: SttTranscript) => void;
  reject: (e: ServiceError) => void;
}

export class WlkStream implements SttStream {
  readonly id: string;
  readonly #svc: WlkStreamHost;
  readonly #events = new EventQueue<SttEvent>();
  readonly #closeCtl = new AbortController();
  #ws: WebSocket | undefined;
  #connecting: Promise<void> | undefined;
  #accepted = 0;
  #queue: Int16Array[] = [];
  /** A finalized utterance whose socket is still connecting: it takes the next socket. */
  #awaitingSocket: Pending | undefined;
  #pending: Pending[] = [];
  #utt: Utterance;
  #nextUtt = 1;
  #lastSent = 0;
  #keepAlive: TimerHandle | undefined;
  #closed = false;
  #closing: Promise<void> | undefined;
  #onClosed: (() => void) | undefined;
  /** Sockets being let go; close() waits for them so nothing outlives the stream. */
  readonly #letGo = new Set<Promise<void>>();

  constructor(svc: WlkStreamHost, id: string, signal: AbortSignal | undefined) {
    this.id = id;
    this.#svc = svc;
    this.#utt = this.#newUtterance();
    signal?.addEventListener('abort', () => void this.close(), { once: true, signal: this.#closeCtl.signal });
  }

  onClosed(fn: () => void): void {
    this.#onClosed = fn;
  }

  connect(): Promise<void> {
    this.#connecting ??= this.#svc.openSocket(this.#closeCtl.signal).then(
      (ws) => {
        this.#connecting = undefined;
        if (this.#closed) ws.terminate();
        else this.#attach(ws);
      },
      (err: unknown) => {
        this.#connecting = undefined;
        throw err;
      },
    );
    return this.#connecting;
  }

  push(pcm: Int16Array): void {
    if (this.#closed)
      throw new ServiceError('push() on a closed STT stream', {
        kind: 'internal',
        provider: this.#svc.provider,
      });
    if (pcm.length === 0 || this.#utt.lost) return;
    this.#accepted += pcm.length;
    const ws = this.#ws;
    if (ws && ws.readyState === WebSocket.OPEN) {
      this.#send(ws, pcm);
      return;
    }
    this.#queue.push(pcm.slice());
    let queued = this.#queue.reduce((n, c) => n + c.length, 0);
    while (queued > MAX_QUEUED_SAMPLES && this.#queue.length > 1) queued -= this.#queue.shift()?.length ?? 0;
    this.#ensureSocket();
  }

  finalize(signal?: AbortSignal): Promise<SttTranscript> {
    const utt = this.#endUtterance();
    if (utt.lost) return Promise.reject(utt.lost);
    if (this.#closed) return Promise.reject(this.#abortError());
    if (utt.endSec <= utt.startSec + EPS) {
      this.#events.push({ type: 'final', utteranceId: utt.id, text: '' });
      return Promise.resolve({ text: '' });
    }
    return new Promise<SttTranscript>((resolve, reject) => {
      const onAbort = () => {
        this.#drop(p);
        reject(this.#abortError());
      };
      const p: Pending = {
        utt,
        ws: undefined,
        queue: [],
        timer: undefined,
        resolve: (t) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(t);
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      if (signal?.aborted) return reject(this.#abortError());
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#pending.push(p);
      const ws = this.#ws;
      if (ws && ws.readyState === WebSocket.OPEN) this.#retire(p, ws);
      else {
        // Its audio is queued for a socket still connecting: that socket carries it and ends it.
        p.queue = this.#queue.splice(0);
        this.#awaitingSocket = p;
        this.#ensureSocket();
      }
      // The next utterance starts a new socket's timeline.
      this.#accepted = 0;
      this.#utt.startSec = 0;
      this.#utt.endSec = 0;
    });
  }

  reset(): void {
    this.#endUtterance();
    if (!this.#ws) {
      // Never sent: nothing of it is on a server timeline.
      this.#queue = [];
      this.#accepted = 0;
      this.#utt = this.#newUtterance();
    }
  }

  close(): Promise<void> {
    this.#closing ??= this.#doClose();
    return this.#closing;
  }

  [Symbol.asyncIterator](): AsyncIterator<SttEvent> {
    return this.#events[Symbol.asyncIterator]();
  }

  async #doClose(): Promise<void> {
    this.#closed = true;
    this.#closeCtl.abort();
    this.#keepAlive?.cancel();
    const sockets: WebSocket[] = [];
    for (const p of this.#pending.splice(0)) {
      p.timer?.cancel();
      if (p.ws) sockets.push(p.ws);
      p.reject(this.#abortError());
    }
    this.#awaitingSocket = undefined;
    this.#queue = [];
    if (this.#ws) sockets.push(this.#ws);
    this.#ws = undefined;
    await this.#connecting?.catch(() => {});
    await Promise.all([...sockets.map((ws) => shutdown(ws, this.#svc.streamClock, 1_000)), ...this.#letGo]);
    this.#events.end();
    this.#onClosed?.();
  }

  #release(ws: WebSocket, graceMs: number): void {
    const done = shutdown(ws, this.#svc.streamClock, graceMs).finally(() => this.#letGo.delete(done));
    this.#letGo.add(done);
  }

  #ensureSocket(): void {
    if (!this.#ws && !this.#connecting && !this.#closed)
      this.connect().catch((err: unknown) => this.#connectFailed(err));
  }

  #attach(ws: WebSocket): void {
    ws.on('message', (data, isBinary) => {
      if (!isBinary) this.#onMessage(ws, frameText(data));
    });
    ws.on('close', (code, reason) => this.#onSocketClosed(ws, code, reason.toString('utf8')));
    const waiting = this.#awaitingSocket;
    if (waiting) {
      this.#awaitingSocket = undefined;
      for (const chunk of waiting.queue) this.#send(ws, chunk);
      this.#retire(waiting, ws);
      if (this.#queue.length > 0) this.#ensureSocket();
      return;
    }
    this.#ws = ws;
    for (const chunk of this.#queue.splice(0)) this.#send(ws, chunk);
    this.#lastSent = this.#svc.streamClock.now();
    this.#scheduleKeepAlive();
  }

  /** Ends the socket's audio for `p` and opens the next utterance's socket now. */
  #retire(p: Pending, ws: WebSocket): void {
    p.ws = ws;
    if (this.#ws === ws) this.#ws = undefined;
    this.#keepAlive?.cancel();
    ws.send(Buffer.alloc(0));
    p.timer = this.#svc.streamClock.setTimer(() => this.#complete(p), this.#svc.finalizeGraceMs);
    this.#ensureSocket();
  }

  #send(ws: WebSocket, pcm: Int16Array): void {
    ws.send(Buffer.from(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.byteLength)));
    this.#lastSent = this.#svc.streamClock.now();
  }

  /** WLK has no keepalive message: a WebSocket ping keeps proxies and NAT from dropping a quiet socket. */
  #scheduleKeepAlive(): void {
    const clock = this.#svc.streamClock;
    const every = this.#svc.keepAliveMs;
    this.#keepAlive?.cancel();
    this.#keepAlive = clock.setTimer(
      () => {
        const ws = this.#ws;
        if (this.#closed || !ws) return;
        if (clock.now() - this.#lastSent >= every - 1 && ws.readyState === WebSocket.OPEN) {
          ws.ping();
          this.#lastSent = clock.now();
        }
        this.#scheduleKeepAlive();
      },
      Math.max(1, this.#lastSent + every - clock.now()),
    );
  }

  #onMessage(ws: WebSocket, text: string): void {
    const parsed: Snapshot | undefined = parseSnapshot(text);
    if (!parsed) {
      this.#socketFailed(
        ws,
        new ServiceError(
          `${this.#svc.provider} sent a message that is not WhisperLiveKit's (${JSON.stringify(text.slice(0, 80))}); is WHISPERLIVEKIT_URL its /asr endpoint?`,
          { kind: 'bad-request', provider: this.#svc.provider, retryable: false },
        ),
      );
      return;
    }
    if (parsed.type === 'config' && parsed.useAudioWorklet === false) {
      this.#socketFailed(
        ws,
        new ServiceError(
          `${this.#svc.provider} expects WebM audio: start WhisperLiveKit with --pcm-input (raw 16 kHz PCM)`,
          { kind: 'config', provider: this.#svc.provider },
        ),
      );
      return;
    }
    if (parsed.error) {
      this.#socketFailed(ws, closeError(this.#svc.provider, 1011, parsed.error, 'reported an error'));
      return;
    }
    const p = this.#pending.find((x) => x.ws === ws);
    const utt = p ? p.utt : this.#ws === ws ? this.#utt : undefined;
    if (!utt) return;
    if (parsed.lines || parsed.segments) {
      const text = utteranceText(parsed, utt.startSec);
      if (!p && text && text !== utt.best) this.#events.push({ type: 'interim', utteranceId: utt.id, text });
      utt.best = text;
    }
    if (p && parsed.type === 'ready_to_stop') this.#complete(p);
  }

  #complete(p: Pending): void {
    if (!this.#drop(p)) return;
    const { utt } = p;
    const result: SttTranscript = {
      text: utt.best,
      startMs: 0,
      endMs: Math.round((utt.endSec - utt.startSec) * 1000),
    };
    this.#events.push({ type: 'final', utteranceId: utt.id, ...result });
    p.resolve(result);
  }

  /** Forgets a pending utterance and lets its socket go; false when it was already settled. */
  #drop(p: Pending): boolean {
    const i = this.#pending.indexOf(p);
    if (i < 0) return false;
    this.#pending.splice(i, 1);
    p.timer?.cancel();
    if (this.#awaitingSocket === p) this.#awaitingSocket = undefined;
    if (p.ws) this.#release(p.ws, 1_000);
    return true;
  }

  #onSocketClosed(ws: WebSocket, code: number, reason: string): void {
    if (this.#closed) return;
    const p = this.#pending.find((x) => x.ws === ws);
    if (p) {
      // WLK closes after its last snapshot; a clean close before ready_to_stop is the same end.
      if (code === 1000 || code === 1005) this.#complete(p);
      else this.#socketFailed(ws, closeError(this.#svc.provider, code, reason));
      return;
    }
    if (this.#ws === ws) this.#socketFailed(ws, closeError(this.#svc.provider, code, reason));
  }

  #connectFailed(err: unknown): void {
    if (this.#closed) return;
    const error =
      err instanceof ServiceError
        ? err
        : new ServiceError(String(err), { kind: 'network', provider: this.#svc.provider, cause: err });
    this.#failWaiting(error);
    this.#loseCurrent(error);
  }

  /** A socket broke or spoke garbage: the utterance it carried is lost; the next one reconnects. */
  #socketFailed(ws: WebSocket, error: ServiceError): void {
    const p = this.#pending.find((x) => x.ws === ws);
    if (p) {
      this.#drop(p);
      this.#events.push({ type: 'error', utteranceId: p.utt.id, error });
      p.reject(error);
      return;
    }
    if (this.#ws !== ws) return;
    this.#ws = undefined;
    this.#keepAlive?.cancel();
    this.#release(ws, 200);
    // An utterance finalized while this socket was closing sent part of its audio here: lost too.
    this.#failWaiting(error);
    this.#loseCurrent(error);
  }

  #failWaiting(error: ServiceError): void {
    const waiting = this.#awaitingSocket;
    if (!waiting) return;
    this.#drop(waiting);
    this.#events.push({ type: 'error', utteranceId: waiting.utt.id, error });
    waiting.reject(error);
  }

  #loseCurrent(error: ServiceError): void {
    this.#queue = [];
    const current = this.#utt;
    const hadAudio = this.#accepted / STT_SAMPLE_RATE > current.startSec + EPS;
    this.#accepted = 0;
    if (hadAudio) {
      current.lost = error;
      this.#events.push({ type: 'error', utteranceId: current.id, error });
      this.#utt = { ...current, startSec: 0, endSec: 0 };
    } else this.#utt = this.#newUtterance();
  }

  #endUtterance(): Utterance {
    const utt = this.#utt;
    utt.endSec = this.#accepted / STT_SAMPLE_RATE;
    this.#utt = this.#newUtterance();
    return utt;
  }

  #newUtterance(): Utterance {
    const at = this.#accepted / STT_SAMPLE_RATE;
    return { id: this.#nextUtt++, startSec: at, endSec: at, best: '' };
  }

  #abortError(): ServiceError {
    return new ServiceError('WhisperLiveKit stream closed', {
      kind: 'aborted',
      provider: this.#svc.provider,
    });
  }
}
