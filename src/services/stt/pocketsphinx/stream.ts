/**
 * One speaker's streaming recognition on a pooled pocketsphinx decoder. Audio is posted to the
 * pinned worker as it arrives (the copy is transferred, not cloned again); `finalize` closes the
 * utterance. Cancelling an utterance bumps a shared counter the worker checks before decoding,
 * so queued audio for an aborted turn is skipped instead of decoded.
 */
import type { Clock } from '../../../pipeline/clock.ts';
import { ServiceError } from '../../service-base.ts';
import { EventQueue } from '../event-queue.ts';
import type { SttAudioSource, SttEvent, SttStream, SttTranscript } from '../types.ts';
import type { DecoderPool, PoolStreamHandler, WorkerSlot } from './pool.ts';
import { CANCEL_SLOT, type DecoderSpec, type FromWorker } from './protocol.ts';

export interface StreamHost {
  readonly pool: DecoderPool;
  readonly clock: Clock;
  readonly finalizeTimeoutMs: number;
  /**
   * The spec new utterances should use (changes when the catalog LM is rebuilt), for audio from
   * this source (phone sessions may decode with their own setup). The same object until it changes.
   */
  currentSpec(source: SttAudioSource): DecoderSpec;
}

interface PendingFinal {
  utt: number;
  /** The worker showed it is still decoding this utterance: the stall deadline starts again. */
  progressed(): void;
  resolve(t: SttTranscript): void;
  reject(e: ServiceError): void;
}

const PROVIDER = 'pocketsphinx';

export class PocketsphinxStream implements SttStream, PoolStreamHandler {
  readonly id: string;
  readonly #streamId: number;
  readonly #host: StreamHost;
  readonly #events = new EventQueue<SttEvent>();
  readonly #cancel = new Int32Array(new SharedArrayBuffer(4));
  #slot: WorkerSlot | undefined;
  #spec: DecoderSpec | undefined;
  #utt = 1;
  #uttHasAudio = false;
  #pending: PendingFinal | undefined;
  #closed = false;
  #opened: { promise: Promise<number>; resolve(ms: number): void; reject(e: ServiceError): void } | undefined;

  readonly #onClosed: (() => void) | undefined;
  readonly #signal: AbortSignal | undefined;
  /** Set when the worker died mid-utterance: the rest of that turn is dropped and finalize rejects. */
  #lost: ServiceError | undefined;
  #syncSeq = 0;
  /** Worker CPU time of the last utterance's final chunk + finalize (benchmarks). */
  lastFinalCpuMs = 0;
  /** Worker wall time decoding the last utterance (benchmarks). */
  lastDecodeMs = 0;
  /** Front-end warp of the last final's reading, and how many decoders decoded it (tests, benchmarks). */
  lastWarp = 1;
  lastDecoders = 0;
  /** Whether the last final's reading came from the adapted acoustic model (tests, benchmarks). */
  lastAdapted = false;
  /** Path score (acoustic + LM, log) of the last final's reading (benchmarks). */
  lastScore = 0;
  readonly #syncWaiters = new Map<number, () => void>();

  readonly #source: SttAudioSource;

  constructor(
    streamId: number,
    host: StreamHost,
    signal?: AbortSignal,
    onClosed?: () => void,
    source: SttAudioSource = 'wideband',
  ) {
    this.#streamId = streamId;
    this.#source = source;
    this.#onClosed = onClosed;
    this.id = `pocketsphinx-${streamId}`;
    this.#host = host;
    this.#signal = signal;
    if (signal?.aborted) void this.close();
    else signal?.addEventListener('abort', () => void this.close(), { once: true });
  }

  /**
   * Pins the stream to a worker and waits until its decoder is initialised, so the first
   * words are not decoded late. Resolves with the decoder init time (0 when a warm one was reused).
   * Rejects with an `aborted` error as soon as the stream is closed (or its signal aborts) while
   * the worker is still loading or the decoder is still being built: a session that ends while it
   * starts must not wait for a decoder it will never use.
   */
  async prepare(): Promise<number> {
    if (this.#closed) throw this.#closedWhileOpening();
    const slot = this.#ensureSlot();
    const opened = this.#opened;
    if (!opened)
      throw new ServiceError('STT stream has no decoder', { kind: 'internal', provider: PROVIDER });
    // `opened` also rejects on close, so a close during the worker's start ends the wait too.
    await Promise.race([slot.ready, opened.promise]);
    return opened.promise;
  }

  push(pcm: Int16Array): void {
    if (this.#closed) {
      throw new ServiceError('push() on a closed STT stream', { kind: 'internal', provider: PROVIDER });
    }
    if (pcm.length === 0 || this.#lost) return;
    const slot = this.#ensureSlot();
    this.#uttHasAudio = true;
    const copy = pcm.slice();
    slot.post({ op: 'audio', streamId: this.#streamId, utt: this.#utt, pcm: copy }, [
      copy.buffer as ArrayBuffer,
    ]);
  }

  /** Asks for a settled interim of all audio pushed so far (see SttStream.flush). */
  flush(): void {
    if (this.#closed || this.#lost || !this.#uttHasAudio || !this.#slot) return;
    this.#slot.post({ op: 'hyp', streamId: this.#streamId, utt: this.#utt });
  }

  finalize(signal?: AbortSignal): Promise<SttTranscript> {
    if (this.#closed) {
      return Promise.reject(
        new ServiceError('finalize() on a closed STT stream', { kind: 'internal', provider: PROVIDER }),
      );
    }
    const utt = this.#utt++;
    const hadAudio = this.#uttHasAudio;
    this.#uttHasAudio = false;
    const lost = this.#lost;
    if (lost) {
      this.#lost = undefined;
      return Promise.reject(lost);
    }
    if (!hadAudio || !this.#slot) {
      const empty = { text: '' };
      this.#events.push({ type: 'final', utteranceId: utt, ...empty });
      return Promise.resolve(empty);
    }
    this.#slot.post({ op: 'finalize', streamId: this.#streamId, utt });
    return new Promise<SttTranscript>((resolve, reject) => {
      const cleanup = () => {
        timer.cancel();
        signal?.removeEventListener('abort', onAbort);
        if (this.#pending?.utt === utt) this.#pending = undefined;
      };
      const onAbort = () => {
        Atomics.store(this.#cancel, CANCEL_SLOT, utt);
        cleanup();
        reject(
          new ServiceError('STT finalize aborted', {
            kind: 'aborted',
            provider: PROVIDER,
            cause: signal?.reason,
          }),
        );
      };
      // The deadline is for a stalled decoder, not a busy one: every sign of progress on this
      // utterance (a partial, a progress report) restarts it, so a final queued behind a backlog
      // on a loaded machine arrives late instead of the request being dropped.
      const onTimeout = () => {
        Atomics.store(this.#cancel, CANCEL_SLOT, utt);
        cleanup();
        const error = new ServiceError(
          `pocketsphinx made no progress on the utterance for ${this.#host.finalizeTimeoutMs} ms`,
          {
            kind: 'timeout',
            provider: PROVIDER,
            retryable: false,
          },
        );
        this.#events.push({ type: 'error', utteranceId: utt, error });
        reject(error);
      };
      let timer = this.#host.clock.setTimer(onTimeout, this.#host.finalizeTimeoutMs);
      this.#pending = {
        utt,
        progressed: () => {
          timer.cancel();
          timer = this.#host.clock.setTimer(onTimeout, this.#host.finalizeTimeoutMs);
        },
        resolve: (t) => {
          cleanup();
          resolve(t);
        },
        reject: (e) => {
          cleanup();
          reject(e);
        },
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Resolves once the worker has decoded all audio pushed so far (measures finalize cost alone). */
  drain(): Promise<void> {
    const slot = this.#slot;
    if (!slot) return Promise.resolve();
    const seq = ++this.#syncSeq;
    return new Promise<void>((resolve) => {
      this.#syncWaiters.set(seq, resolve);
      slot.post({ op: 'sync', streamId: this.#streamId, seq });
    });
  }

  reset(): void {
    this.#lost = undefined;
    Atomics.store(this.#cancel, CANCEL_SLOT, this.#utt);
    this.#utt++;
    this.#uttHasAudio = false;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    Atomics.store(this.#cancel, CANCEL_SLOT, this.#utt);
    this.#pending?.reject(new ServiceError('STT stream closed', { kind: 'aborted', provider: PROVIDER }));
    // A no-op once the decoder was opened; otherwise `prepare` (and so openStream) stops waiting.
    this.#opened?.reject(this.#closedWhileOpening());
    if (this.#slot) this.#host.pool.detach(this.#slot, this.#streamId);
    this.#slot = undefined;
    for (const resolve of this.#syncWaiters.values()) resolve();
    this.#syncWaiters.clear();
    this.#events.end();
    this.#onClosed?.();
  }

  [Symbol.asyncIterator](): AsyncIterator<SttEvent> {
    return this.#events[Symbol.asyncIterator]();
  }

  onMessage(msg: FromWorker): void {
    if (msg.op === 'synced') {
      this.#syncWaiters.get(msg.seq)?.();
      this.#syncWaiters.delete(msg.seq);
    } else if (msg.op === 'opened') {
      this.#opened?.resolve(msg.reused ? 0 : msg.initMs);
    } else if (msg.op === 'progress') {
      if (this.#pending?.utt === msg.utt) this.#pending.progressed();
    } else if (msg.op === 'partial') {
      if (this.#pending?.utt === msg.utt) this.#pending.progressed();
      if (msg.utt === this.#utt && this.#uttHasAudio) {
        this.#events.push({
          type: 'interim',
          utteranceId: msg.utt,
          text: msg.text,
          ...(msg.settled ? { settled: true } : {}),
        });
      }
    } else if (msg.op === 'final') {
      const p = this.#pending;
      if (!p || p.utt !== msg.utt) return;
      const transcript: SttTranscript = {
        text: msg.text,
        startMs: 0,
        endMs: msg.audioMs,
        ...(msg.confidence === undefined ? {} : { confidence: msg.confidence }),
        ...(msg.inDomain === undefined ? {} : { inDomain: msg.inDomain }),
        ...(msg.alternatives?.length ? { alternatives: msg.alternatives } : {}),
      };
      this.lastFinalCpuMs = msg.finalCpuMs + msg.lastChunkCpuMs;
      this.lastDecodeMs = msg.decodeMs;
      this.lastWarp = msg.warp;
      this.lastAdapted = msg.adapted;
      this.lastDecoders = msg.decoders;
      this.lastScore = msg.score;
      this.#events.push({ type: 'final', utteranceId: msg.utt, ...transcript });
      p.resolve(transcript);
    } else if (msg.op === 'error') {
      const error = new ServiceError(`pocketsphinx: ${msg.message}`, {
        kind: msg.kind,
        provider: PROVIDER,
        retryable: false,
      });
      if (msg.utt === undefined) this.#opened?.reject(error);
      if (msg.utt === undefined && this.#slot) {
        // The decoder could not be opened: re-open on the next utterance.
        this.#host.pool.detach(this.#slot, this.#streamId);
        this.#slot = undefined;
      }
      this.#failUtterance(msg.utt ?? this.#pending?.utt ?? this.#utt, error);
    }
  }

  onWorkerLost(error: ServiceError): void {
    this.#slot = undefined;
    for (const resolve of this.#syncWaiters.values()) resolve();
    this.#syncWaiters.clear();
    this.#opened?.reject(error);
    if (this.#closed) return;
    if (this.#pending) this.#failUtterance(this.#pending.utt, error);
    else if (this.#uttHasAudio) {
      // The audio already sent is gone with the worker: the rest of this turn is dropped and
      // its finalize rejects; the next turn re-pins to the replacement worker.
      this.#lost = error;
      this.#uttHasAudio = false;
      this.#events.push({ type: 'error', utteranceId: this.#utt, error });
    }
  }

  #closedWhileOpening(): ServiceError {
    return new ServiceError('STT stream closed before its decoder was ready', {
      kind: 'aborted',
      provider: PROVIDER,
      ...(this.#signal?.aborted ? { cause: this.#signal.reason } : {}),
    });
  }

  #failUtterance(utt: number, error: ServiceError): void {
    this.#events.push({ type: 'error', utteranceId: utt, error });
    if (this.#pending?.utt === utt) this.#pending.reject(error);
  }

  #ensureSlot(): WorkerSlot {
    const spec = this.#host.currentSpec(this.#source);
    if (this.#slot && this.#spec !== spec && !this.#uttHasAudio) {
      // The LM was rebuilt: reopen on the same worker at the utterance boundary.
      this.#host.pool.detach(this.#slot, this.#streamId);
      this.#slot = undefined;
    }
    if (!this.#slot) {
      const slot = this.#host.pool.attach(this.#streamId, this);
      slot.post({
        op: 'open',
        streamId: this.#streamId,
        spec,
        cancel: this.#cancel.buffer as SharedArrayBuffer,
      });
      this.#slot = slot;
      this.#spec = spec;
      let resolve: (ms: number) => void = () => {};
      let reject: (e: ServiceError) => void = () => {};
      const promise = new Promise<number>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      promise.catch(() => {});
      this.#opened = { promise, resolve, reject };
    }
    return this.#slot;
  }
}
