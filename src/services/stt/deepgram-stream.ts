/** One Deepgram `/v1/listen` socket carrying one speaker's utterances (see deepgram.ts). */
import { z } from 'zod';
import type { Clock, TimerHandle } from '../../pipeline/clock.ts';
import { ServiceError } from '../service-base.ts';
import { closeError, frameText, sendJson, shutdown, WebSocket } from '../ws-client.ts';
import { EventQueue } from './event-queue.ts';
import { STT_SAMPLE_RATE, type SttEvent, type SttStream, type SttTranscript } from './types.ts';

/** Seconds of timeline slack when matching results to utterance boundaries. */
const EPS = 0.02;
/** Audio kept while a socket is (re)connecting. */
const MAX_QUEUED_SAMPLES = 10 * STT_SAMPLE_RATE;

const resultsMessage = z.object({
  type: z.literal('Results'),
  start: z.number(),
  duration: z.number(),
  is_final: z.boolean().optional(),
  speech_final: z.boolean().optional(),
  from_finalize: z.boolean().optional(),
  channel: z.object({
    alternatives: z.array(z.object({ transcript: z.string(), confidence: z.number().optional() })),
  }),
});
const errorMessage = z.object({
  type: z.literal('Error'),
  description: z.string().optional(),
  message: z.string().optional(),
  variant: z.string().optional(),
});

/** What a stream needs from the service that opened it (DeepgramSttService). */
export interface DeepgramStreamHost {
  readonly provider: string;
  readonly streamClock: Clock;
  readonly keepAliveMs: number;
  readonly finalizeGraceMs: number;
  openSocket(language: string, signal?: AbortSignal): Promise<WebSocket>;
}

interface Utterance {
  id: number;
  /** Timeline (seconds of audio on this socket) where the utterance starts / ends. */
  startSec: number;
  endSec: number;
  finals: string[];
  confidences: number[];
  interim: string;
  /** Where the final results reached. */
  coveredSec: number;
  lost?: ServiceError;
}

interface Pending {
  utt: Utterance;
  discard: boolean;
  timer: TimerHandle;
  resolve: (t: SttTranscript) => void;
  reject: (e: ServiceError) => void;
}

export class DeepgramStream implements SttStream {
  readonly id: string;
  readonly #svc: DeepgramStreamHost;
  readonly #language: string;
  readonly #events = new EventQueue<SttEvent>();
  readonly #closeCtl = new AbortController();
  #ws: WebSocket | undefined;
  #connecting: Promise<void> | undefined;
  /** Samples accepted on the current socket's timeline (sent + queued). */
  #accepted = 0;
  #queue: Int16Array[] = [];
  #finalizeQueued = false;
  #lastSent = 0;
  #keepAlive: TimerHandle | undefined;
  #utt: Utterance;
  #nextUtt = 1;
  #pending: Pending[] = [];
  #closed = false;
  #closing: Promise<void> | undefined;
  #onClosed: (() => void) | undefined;

  constructor(svc: DeepgramStreamHost, id: string, language: string, signal: AbortSignal | undefined) {
    this.id = id;
    this.#svc = svc;
    this.#language = language;
    this.#utt = this.#newUtterance();
    signal?.addEventListener('abort', () => void this.close(), { once: true, signal: this.#closeCtl.signal });
  }

  onClosed(fn: () => void): void {
    this.#onClosed = fn;
  }

  /** Opens (or reopens) the socket; rejects with the connect error. */
  connect(): Promise<void> {
    this.#connecting ??= this.#svc.openSocket(this.#language, this.#closeCtl.signal).then(
      (ws) => {
        this.#connecting = undefined;
        if (this.#closed) {
          ws.terminate();
          return;
        }
        this.#attach(ws);
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
    if (ws && ws.readyState === WebSocket.OPEN && this.#queue.length === 0) {
      this.#send(ws, pcm);
      return;
    }
    this.#queue.push(pcm.slice());
    let queued = this.#queue.reduce((n, c) => n + c.length, 0);
    while (queued > MAX_QUEUED_SAMPLES && this.#queue.length > 1) queued -= this.#queue.shift()?.length ?? 0;
    if (!ws && !this.#connecting) this.connect().catch((err: unknown) => this.#connectFailed(err));
  }

  finalize(signal?: AbortSignal): Promise<SttTranscript> {
    const utt = this.#endUtterance();
    if (utt.lost) return Promise.reject(utt.lost);
    if (this.#closed) return Promise.reject(this.#abortError());
    if (utt.endSec <= utt.startSec + EPS) {
      const empty = { text: '' };
      this.#events.push({ type: 'final', utteranceId: utt.id, ...empty });
      return Promise.resolve(empty);
    }
    return new Promise<SttTranscript>((resolve, reject) => {
      const onAbort = () => {
        p.discard = true;
        reject(this.#abortError());
      };
      const p: Pending = {
        utt,
        discard: false,
        timer: this.#svc.streamClock.setTimer(() => this.#complete(p), this.#svc.finalizeGraceMs),
        resolve: (t) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(t);
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#pending.push(p);
      this.#sendFinalize();
      // Deepgram may already have finalized everything (its own endpointing).
      if (utt.coveredSec >= utt.endSec - EPS) this.#complete(p);
    });
  }

  reset(): void {
    const utt = this.#endUtterance();
    if (utt.endSec <= utt.startSec + EPS || utt.lost) return;
    // Flush Deepgram so the dropped words do not surface in the next utterance; absorb them.
    const p: Pending = {
      utt,
      discard: true,
      timer: this.#svc.streamClock.setTimer(() => this.#complete(p), this.#svc.finalizeGraceMs),
      resolve: () => {},
      reject: () => {},
    };
    this.#pending.push(p);
    this.#sendFinalize();
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
    for (const p of this.#pending.splice(0)) {
      p.timer.cancel();
      p.reject(this.#abortError());
    }
    this.#queue = [];
    const ws = this.#ws;
    this.#ws = undefined;
    if (ws) {
      sendJson(ws, { type: 'CloseStream' });
      await shutdown(ws, this.#svc.streamClock, 1_000);
    }
    this.#events.end();
    this.#onClosed?.();
  }

  #attach(ws: WebSocket): void {
    this.#ws = ws;
    ws.on('message', (data, isBinary) => {
      if (!isBinary) this.#onMessage(frameText(data));
    });
    ws.on('close', (code, reason) => this.#onSocketClosed(ws, code, reason.toString('utf8')));
    for (const chunk of this.#queue.splice(0)) this.#send(ws, chunk);
    if (this.#finalizeQueued) {
      this.#finalizeQueued = false;
      sendJson(ws, { type: 'Finalize' });
    }
    this.#lastSent = this.#svc.streamClock.now();
    this.#scheduleKeepAlive();
  }

  #send(ws: WebSocket, pcm: Int16Array): void {
    // Copied: the caller may reuse its buffer before ws writes it.
    ws.send(Buffer.from(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.byteLength)));
    this.#lastSent = this.#svc.streamClock.now();
  }

  #sendFinalize(): void {
    const ws = this.#ws;
    if (ws && ws.readyState === WebSocket.OPEN && this.#queue.length === 0) {
      sendJson(ws, { type: 'Finalize' });
      this.#lastSent = this.#svc.streamClock.now();
    } else this.#finalizeQueued = true;
  }

  #scheduleKeepAlive(): void {
    const clock = this.#svc.streamClock;
    const every = this.#svc.keepAliveMs;
    this.#keepAlive?.cancel();
    const wait = Math.max(1, this.#lastSent + every - clock.now());
    this.#keepAlive = clock.setTimer(() => {
      const ws = this.#ws;
      if (this.#closed || !ws) return;
      if (clock.now() - this.#lastSent >= every - 1 && sendJson(ws, { type: 'KeepAlive' }))
        this.#lastSent = clock.now();
      this.#scheduleKeepAlive();
    }, wait);
  }

  #onMessage(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Deepgram speaks JSON only: anything else is a broken proxy or server, not a result to wait for.
      this.#fail(
        new ServiceError(`${this.#svc.provider} sent a message that is not JSON: ${text.slice(0, 80)}`, {
          kind: 'unavailable',
          provider: this.#svc.provider,
        }),
      );
      return;
    }
    const results = resultsMessage.safeParse(json);
    if (results.success) {
      this.#onResults(results.data);
      return;
    }
    const error = errorMessage.safeParse(json);
    if (error.success) {
      const e = error.data;
      this.#fail(
        closeError(
          this.#svc.provider,
          1011,
          e.description ?? e.message ?? e.variant ?? '',
          'reported an error',
        ),
      );
    }
  }

  #onResults(r: z.infer<typeof resultsMessage>): void {
    const alt = r.channel.alternatives[0];
    const transcript = alt?.transcript.trim() ?? '';
    const pending = this.#pending.find((p) => r.start < p.utt.endSec - EPS);
    const utt = pending?.utt ?? this.#utt;
    if (r.is_final || r.from_finalize) {
      if (transcript) {
        utt.finals.push(transcript);
        if (alt?.confidence !== undefined) utt.confidences.push(alt.confidence);
      }
      utt.interim = '';
      utt.coveredSec = Math.max(utt.coveredSec, r.start + r.duration);
      if (pending && (r.from_finalize || utt.coveredSec >= utt.endSec - EPS)) this.#complete(pending);
      else if (!pending && transcript) this.#emitInterim(utt);
      return;
    }
    if (pending) return; // late interims of a finalized utterance add nothing
    utt.interim = transcript;
    if (transcript) this.#emitInterim(utt);
  }

  #emitInterim(utt: Utterance): void {
    const text = [...utt.finals, utt.interim].filter(Boolean).join(' ');
    this.#events.push({ type: 'interim', utteranceId: utt.id, text });
  }

  #complete(p: Pending): void {
    const i = this.#pending.indexOf(p);
    if (i < 0) return;
    this.#pending.splice(i, 1);
    p.timer.cancel();
    if (p.discard) return;
    const { utt } = p;
    // Without a from_finalize answer the last interim is the best hypothesis there is.
    const text = [...utt.finals, utt.interim].filter(Boolean).join(' ');
    const result: SttTranscript = { text, startMs: 0, endMs: Math.round((utt.endSec - utt.startSec) * 1000) };
    if (utt.confidences.length > 0)
      result.confidence = utt.confidences.reduce((a, b) => a + b, 0) / utt.confidences.length;
    this.#events.push({ type: 'final', utteranceId: utt.id, ...result });
    p.resolve(result);
  }

  #endUtterance(): Utterance {
    const utt = this.#utt;
    utt.endSec = this.#accepted / STT_SAMPLE_RATE;
    this.#utt = this.#newUtterance();
    return utt;
  }

  #newUtterance(): Utterance {
    const at = this.#accepted / STT_SAMPLE_RATE;
    return {
      id: this.#nextUtt++,
      startSec: at,
      endSec: at,
      finals: [],
      confidences: [],
      interim: '',
      coveredSec: at,
    };
  }

  #onSocketClosed(ws: WebSocket, code: number, reason: string): void {
    if (this.#ws !== ws) return;
    this.#ws = undefined;
    this.#keepAlive?.cancel();
    if (this.#closed) return;
    this.#fail(closeError(this.#svc.provider, code, reason));
  }

  #connectFailed(err: unknown): void {
    if (this.#closed) return;
    this.#fail(
      err instanceof ServiceError
        ? err
        : new ServiceError(String(err), { kind: 'network', provider: this.#svc.provider, cause: err }),
    );
  }

  /**
   * The socket is gone: utterances awaiting their final and the one in progress are lost
   * (their audio cannot be replayed to a new socket's timeline); the next utterance reconnects.
   */
  #fail(error: ServiceError): void {
    const ws = this.#ws;
    this.#ws = undefined;
    if (ws) void shutdown(ws, this.#svc.streamClock, 200);
    this.#queue = [];
    this.#finalizeQueued = false;
    for (const p of this.#pending.splice(0)) {
      p.timer.cancel();
      if (p.discard) continue;
      this.#events.push({ type: 'error', utteranceId: p.utt.id, error });
      p.reject(error);
    }
    const current = this.#utt;
    const hadAudio = this.#accepted / STT_SAMPLE_RATE > current.startSec + EPS;
    if (hadAudio) {
      current.lost = error;
      this.#events.push({ type: 'error', utteranceId: current.id, error });
    }
    // A new socket starts a new timeline.
    this.#accepted = 0;
    this.#utt = hadAudio ? { ...current, startSec: 0, endSec: 0, coveredSec: 0 } : this.#newUtterance();
  }

  #abortError(): ServiceError {
    return new ServiceError('Deepgram stream closed', { kind: 'aborted', provider: this.#svc.provider });
  }
}
