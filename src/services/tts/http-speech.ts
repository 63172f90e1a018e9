/**
 * The part every request/response speech server shares (Piper, Chatterbox, Polly): the request
 * goes through `ServiceBase.run` (timeout and retries, so only failures before the first byte
 * are retried), then the audio body is read as it arrives, decoded (raw PCM16 or a WAV stream
 * whose header names its rate), mixed down to mono and resampled to the rate the transport
 * asked for. A body that stalls longer than the timeout is a `timeout`, one that breaks off is
 * a `network` error, and neither is retried once audio has been handed on, so no word is
 * spoken twice. A provider file only builds its request and maps its errors.
 */
import { z } from 'zod';
import { Resampler } from '../../audio/resampler.ts';
import type { Clock } from '../../pipeline/clock.ts';
import { ServiceBase, ServiceError, type ServiceErrorKind } from '../service-base.ts';
import type { SynthesizeOptions, TtsService } from './types.ts';
import { WavStreamDecoder } from './wav-stream.ts';

/** TTS_MAX_RETRIES of the request/response providers (the same variable as the openai provider's). */
export const ttsMaxRetries = z.coerce
  .number()
  .int()
  .min(0)
  .max(5)
  .default(1)
  .describe('Retries before the first byte');

/** One sentence to speak, as the provider's `request` receives it. */
export interface SpeechRequest {
  text: string;
  /** The session's voice when it means something to this server (no offline `engine:` prefix). */
  voice: string | undefined;
  language: string | undefined;
  /** The rate the transport wants; providers that can choose ask for the nearest they offer. */
  sampleRate: number;
  /** Per-attempt timeout, the caller's abort and the stall guard, combined. */
  signal: AbortSignal;
}

/** The provider's answer: audio bytes as they arrive and how to read them. */
export interface SpeechBody {
  chunks: AsyncIterable<Uint8Array>;
  /** `wav`: rate and channels come from the header; `pcm`: mono PCM16 LE at `sampleRate`. */
  format: 'wav' | 'pcm';
  sampleRate?: number;
}

export interface HttpSpeechInit {
  provider: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  clock?: Clock | undefined;
}

export abstract class HttpSpeechService extends ServiceBase implements TtsService {
  readonly capabilities = { streaming: false } as const;
  #closed = false;

  constructor(init: HttpSpeechInit) {
    super({
      provider: init.provider,
      model: init.model,
      options: { timeoutMs: init.timeoutMs, maxRetries: init.maxRetries, retryIntervalMs: 250 },
      ...(init.clock ? { clock: init.clock } : {}),
    });
  }

  /** Sends the request and returns the body once the server answered with audio (inside `run`). */
  protected abstract request(req: SpeechRequest): Promise<SpeechBody>;

  async *synthesize(text: string, opts: SynthesizeOptions): AsyncGenerator<Int16Array, void, undefined> {
    if (this.#closed) throw this.error('TTS service is closed', 'internal');
    if (!Number.isInteger(opts.sampleRate) || opts.sampleRate < 8000 || opts.sampleRate > 48_000)
      throw this.error(`Unsupported output sample rate ${opts.sampleRate}`, 'bad-request');
    const input = text.trim();
    if (!input) return;
    // Offline voice names (flite:slt) mean nothing to a remote server: its own default then.
    const voice = opts.voice && !opts.voice.includes(':') ? opts.voice : undefined;
    const stall = new AbortController();
    const stop = opts.signal ? AbortSignal.any([stall.signal, opts.signal]) : stall.signal;

    const body = await this.run(
      (signal) =>
        this.request({
          text: input,
          voice,
          language: opts.language,
          sampleRate: opts.sampleRate,
          signal: AbortSignal.any([signal, stop]),
        }),
      opts.signal,
    );

    const wav = body.format === 'wav' ? new WavStreamDecoder(this.provider) : undefined;
    const pcm = new PcmAssembler();
    let resampler: Resampler | undefined;
    let bytesSeen = 0;
    const it = body.chunks[Symbol.asyncIterator]();
    let timer = this.clock.setTimer(() => stall.abort(), this.options.timeoutMs);
    try {
      for (;;) {
        let step: IteratorResult<Uint8Array>;
        try {
          step = await nextOrAbort(it, stop);
        } catch (err) {
          if (opts.signal?.aborted) throw this.error('speech request aborted', 'aborted', err);
          if (stall.signal.aborted)
            throw this.error(
              `the audio stalled for ${this.options.timeoutMs} ms mid-sentence`,
              'timeout',
              err,
            );
          throw this.error(`the audio stream broke off after ${bytesSeen} bytes`, 'network', err);
        }
        timer.cancel();
        if (step.done) break;
        timer = this.clock.setTimer(() => stall.abort(), this.options.timeoutMs);
        bytesSeen += step.value.length;
        let bytes: Uint8Array | undefined = step.value;
        if (wav) {
          bytes = wav.push(bytes);
          if (!bytes) continue;
        }
        let samples = pcm.push(bytes);
        const channels = wav ? wav.channels : 1;
        if (channels > 1) samples = downmix(samples, channels);
        if (samples.length === 0) continue;
        const rate = wav ? wav.sampleRate : (body.sampleRate ?? opts.sampleRate);
        if (rate !== opts.sampleRate) {
          resampler ??= new Resampler(rate, opts.sampleRate);
          samples = resampler.process(samples);
        }
        if (samples.length > 0) yield samples;
      }
      if (bytesSeen === 0)
        throw this.error('the server answered with an empty body instead of audio', 'unavailable');
      if (wav && !wav.sampleRate)
        throw this.error('the WAV stream ended before its audio data', 'bad-request');
      const tail = resampler?.flush();
      if (tail && tail.length > 0) yield tail;
    } finally {
      timer.cancel();
      // Also reached when the consumer stops early (barge-in): drop the connection.
      stall.abort();
      void Promise.resolve(it.return?.()).catch(() => {});
    }
  }

  async warmup(): Promise<void> {
    // Nothing local to load; the first request opens the (kept-alive) connection.
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  protected error(message: string, kind: ServiceErrorKind, cause?: unknown): ServiceError {
    return new ServiceError(`${this.provider}: ${message}`, {
      kind,
      provider: this.provider,
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

/** `it.next()`, rejected as soon as `signal` fires even if the source ignores it. */
function nextOrAbort(
  it: AsyncIterator<Uint8Array>,
  signal: AbortSignal,
): Promise<IteratorResult<Uint8Array>> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    it.next().then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Whole little-endian 16-bit samples; an odd trailing byte waits for the next chunk. */
export class PcmAssembler {
  #carry: Uint8Array | undefined;

  push(bytes: Uint8Array): Int16Array {
    let all = bytes;
    if (this.#carry) {
      all = new Uint8Array(this.#carry.length + bytes.length);
      all.set(this.#carry);
      all.set(bytes, this.#carry.length);
    }
    const even = all.length & ~1;
    const out = new Int16Array(even / 2);
    if (LITTLE_ENDIAN) {
      // The wire's byte order is the machine's: one copy, not a DataView read per sample (this
      // runs for every network chunk of every reply; the loop was ~1.4 % of the main thread).
      new Uint8Array(out.buffer).set(all.subarray(0, even));
    } else {
      const view = new DataView(all.buffer, all.byteOffset, even);
      for (let i = 0; i < out.length; i++) out[i] = view.getInt16(i * 2, true);
    }
    this.#carry = even < all.length ? all.slice(even) : undefined;
    return out;
  }
}

function downmix(pcm: Int16Array, channels: number): Int16Array {
  const out = new Int16Array(Math.floor(pcm.length / channels));
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += pcm[i * channels + c] as number;
    out[i] = Math.round(sum / channels);
  }
  return out;
}

/** The body of a fetch Response as audio, refusing answers that are plainly not audio. */
export function audioBody(
  provider: string,
  res: Response,
  format: 'wav' | 'pcm',
  sampleRate?: number,
): SpeechBody {
  const type = res.headers.get('content-type') ?? '';
  if (/^(application\/json|text\/)/i.test(type))
    throw new ServiceError(
      `${provider} answered HTTP ${res.status} with ${type.split(';')[0]} instead of audio; is the URL its speech endpoint?`,
      { kind: 'bad-request', provider, retryable: false },
    );
  if (!res.body)
    throw new ServiceError(`${provider} answered without a body`, { kind: 'unavailable', provider });
  return {
    chunks: streamChunks(res.body),
    format,
    ...(sampleRate === undefined ? {} : { sampleRate }),
  };
}

/** A failed fetch (connection refused, reset, DNS) as a retryable network error. */
export function fetchError(provider: string, url: string, err: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason ?? err;
  if (err instanceof ServiceError) return err;
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return new ServiceError(`could not reach ${provider} at ${url}${cause}`, {
    kind: 'network',
    provider,
    cause: err,
  });
}

/** An HTTP error answer as a typed error, with the server's own message (`detail`, `error`, `message`). */
export async function httpError(provider: string, res: Response): Promise<ServiceError> {
  const text = await res.text().catch(() => '');
  let detail = text;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const err = json.error;
    const found = [
      typeof err === 'object' && err !== null ? (err as { message?: unknown }).message : err,
      json.detail,
      json.message,
    ].find((c) => c !== undefined);
    if (found !== undefined) detail = typeof found === 'string' ? found : JSON.stringify(found);
  } catch {
    // Not JSON (Flask's HTML error page): keep the text.
  }
  return ServiceError.fromHttpStatus(provider, res.status, detail.replace(/\s+/g, ' ').trim().slice(0, 300));
}

/**
 * A fetch body as an async iterable. Stopping early cancels the stream; a read pending when the
 * caller gives up ends because the request's signal (which carries the stall guard) aborts it.
 */
async function* streamChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const step = await reader.read();
      if (step.done) return;
      yield step.value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
