/**
 * Turns a batch transcriber into an `SttService`: audio is buffered until `finalize`, then
 * sent in one call through `ServiceBase.run` (timeout, retries, metrics). Cloud batch
 * providers (OpenAI, Groq Whisper, Deepgram pre-recorded…) only implement `BatchTranscriber`.
 */
import type { Clock } from '../../pipeline/clock.ts';
import { ServiceBase, ServiceError, type ServiceOptions } from '../service-base.ts';
import { EventQueue } from './event-queue.ts';
import {
  type BatchTranscriber,
  STT_SAMPLE_RATE,
  type SttCapabilities,
  type SttEvent,
  type SttService,
  type SttStream,
  type SttStreamOptions,
  type SttTranscript,
} from './types.ts';

export interface BatchSttInit {
  transcriber: BatchTranscriber;
  options?: Partial<ServiceOptions>;
  clock?: Clock;
  /** Longest utterance kept; older audio is dropped (protects memory on a stuck turn). */
  maxUtteranceSeconds?: number;
}

export class BatchSttService extends ServiceBase implements SttService {
  readonly capabilities: SttCapabilities = { streaming: false, interimResults: false };
  readonly #transcriber: BatchTranscriber;
  readonly #maxSamples: number;
  #nextStream = 1;

  constructor(init: BatchSttInit) {
    super({
      provider: init.transcriber.provider,
      model: init.transcriber.model,
      ...(init.options ? { options: init.options } : {}),
      ...(init.clock ? { clock: init.clock } : {}),
    });
    this.#transcriber = init.transcriber;
    this.#maxSamples = (init.maxUtteranceSeconds ?? 60) * STT_SAMPLE_RATE;
  }

  async openStream(opts: SttStreamOptions = {}): Promise<SttStream> {
    return new BatchStream(this, `${this.provider}-${this.#nextStream++}`, this.#maxSamples, opts);
  }

  /** Used by the stream: one utterance through the retrying, timed runner. */
  transcribeUtterance(
    pcm: Int16Array,
    language: string | undefined,
    signal?: AbortSignal,
  ): Promise<SttTranscript> {
    return this.run(async (s) => {
      const result = await this.#transcriber.transcribe(
        pcm,
        language ? { signal: s, language } : { signal: s },
      );
      return result;
    }, signal);
  }

  async close(): Promise<void> {}
}

class BatchStream implements SttStream {
  readonly id: string;
  readonly #service: BatchSttService;
  readonly #maxSamples: number;
  readonly #language: string | undefined;
  readonly #events = new EventQueue<SttEvent>();
  #chunks: Int16Array[] = [];
  #samples = 0;
  #utteranceId = 1;
  #closed = false;
  #closeSignal: AbortSignal | undefined;

  constructor(service: BatchSttService, id: string, maxSamples: number, opts: SttStreamOptions) {
    this.id = id;
    this.#service = service;
    this.#maxSamples = maxSamples;
    this.#language = opts.language;
    this.#closeSignal = opts.signal;
    opts.signal?.addEventListener('abort', () => void this.close(), { once: true });
  }

  push(pcm: Int16Array): void {
    if (this.#closed)
      throw new ServiceError('push() on a closed STT stream', {
        kind: 'internal',
        provider: this.#service.provider,
      });
    // Copy: the caller may reuse its buffer.
    this.#chunks.push(pcm.slice());
    this.#samples += pcm.length;
    while (this.#samples > this.#maxSamples && this.#chunks.length > 1) {
      this.#samples -= this.#chunks.shift()?.length ?? 0;
    }
  }

  async finalize(signal?: AbortSignal): Promise<SttTranscript> {
    const utteranceId = this.#utteranceId++;
    const pcm = concat(this.#chunks, this.#samples);
    this.reset();
    const signals = [signal, this.#closeSignal].filter((s): s is AbortSignal => s !== undefined);
    const combined = signals.length > 0 ? AbortSignal.any(signals) : undefined;
    try {
      const result =
        pcm.length === 0
          ? { text: '' }
          : await this.#service.transcribeUtterance(pcm, this.#language, combined);
      this.#events.push({ type: 'final', utteranceId, ...result });
      return result;
    } catch (err) {
      const error =
        err instanceof ServiceError
          ? err
          : new ServiceError(String(err), { kind: 'internal', provider: this.#service.provider, cause: err });
      if (error.kind !== 'aborted') this.#events.push({ type: 'error', utteranceId, error });
      throw error;
    }
  }

  reset(): void {
    this.#chunks = [];
    this.#samples = 0;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.reset();
    this.#events.end();
  }

  [Symbol.asyncIterator](): AsyncIterator<SttEvent> {
    return this.#events[Symbol.asyncIterator]();
  }
}

export function concat(chunks: Int16Array[], total = chunks.reduce((n, c) => n + c.length, 0)): Int16Array {
  const out = new Int16Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
