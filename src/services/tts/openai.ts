/**
 * OpenAI-compatible speech: `POST {TTS_BASE_URL}/audio/speech` with
 * `{model, input, voice, response_format: pcm|wav, speed}`, the body streamed and resampled
 * as it arrives so playback starts with the first bytes, not the last. OpenAI, Kokoro-FastAPI,
 * speaches and LocalAI speak this format. `pcm` is raw 16-bit mono little-endian at
 * TTS_PCM_SAMPLE_RATE (24 kHz on OpenAI); `wav` carries its own rate in the header.
 *
 * Retries (429, 5xx, network, timeout) happen only before the first byte: once audio has
 * been handed on, a failure ends the sentence with a ServiceError instead of repeating words.
 */
import { z } from 'zod';
import { Resampler } from '../../audio/resampler.ts';
import { ServiceBase, ServiceError } from '../service-base.ts';
import { defineTtsProvider, type TtsConfig, type TtsFactoryDeps } from './provider.ts';
import type { SynthesizeOptions, TtsDeps, TtsService } from './types.ts';
import { WavStreamDecoder } from './wav-stream.ts';

const PROVIDER = 'openai';
const OPENAI_URL = 'https://api.openai.com/v1';
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

/** Environment variables of TTS_PROVIDER=openai (TTS_SPEED and TTS_TIMEOUT_MS are shared). */
export const openAiTtsEnvSchema = z.object({
  TTS_BASE_URL: z.url().default(OPENAI_URL).describe('Base URL of an OpenAI-compatible API (…/v1)'),
  TTS_MODEL: z.string().min(1).default('gpt-4o-mini-tts').describe('Speech model (tts-1, kokoro, …)'),
  TTS_API_KEY: optionalString.describe('API key for TTS_BASE_URL; falls back to OPENAI_API_KEY'),
  OPENAI_API_KEY: optionalString.describe('OpenAI key, shared by the openai STT, TTS and LLM providers'),
  TTS_OPENAI_VOICE: z
    .string()
    .min(1)
    .default('alloy')
    .describe('Voice name the server knows (alloy, af_heart…)'),
  TTS_RESPONSE_FORMAT: z.enum(['pcm', 'wav']).default('pcm').describe('Audio format requested'),
  TTS_PCM_SAMPLE_RATE: z.coerce
    .number()
    .int()
    .min(8000)
    .max(48_000)
    .default(24_000)
    .describe('Sample rate of the raw pcm the server returns'),
  TTS_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(1).describe('Retries before the first byte'),
});

export type OpenAiTtsEnv = z.infer<typeof openAiTtsEnvSchema>;

export interface OpenAiTtsOptions {
  baseUrl: string;
  model: string;
  apiKey?: string | undefined;
  voice: string;
  format: 'pcm' | 'wav';
  pcmSampleRate: number;
  speed: number;
  /** Per-attempt timeout to the response headers, and the longest stall between body chunks. */
  timeoutMs: number;
  maxRetries: number;
}

export class OpenAiTtsService extends ServiceBase implements TtsService {
  readonly capabilities = { streaming: false } as const;
  readonly #opts: OpenAiTtsOptions;
  readonly #url: string;
  #closed = false;

  constructor(opts: OpenAiTtsOptions, deps: TtsDeps = {}) {
    super({
      provider: PROVIDER,
      model: opts.model,
      options: { timeoutMs: opts.timeoutMs, maxRetries: opts.maxRetries, retryIntervalMs: 250 },
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
    this.#opts = opts;
    this.#url = `${opts.baseUrl.replace(/\/+$/, '')}/audio/speech`;
  }

  async *synthesize(text: string, opts: SynthesizeOptions): AsyncGenerator<Int16Array, void, undefined> {
    if (this.#closed) throw this.#error('TTS service is closed', 'internal');
    if (!Number.isInteger(opts.sampleRate) || opts.sampleRate < 8000 || opts.sampleRate > 48_000)
      throw this.#error(`Unsupported output sample rate ${opts.sampleRate}`, 'bad-request');
    const input = text.trim();
    if (!input) return;
    // Offline voice names (flite:slt) mean nothing to a remote server: use its own voice then.
    const voice = opts.voice && !opts.voice.includes(':') ? opts.voice : this.#opts.voice;
    const stall = new AbortController();
    const signals = [stall.signal, ...(opts.signal ? [opts.signal] : [])];

    const res = await this.run(async (signal) => {
      const r = await fetch(this.#url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.#opts.apiKey ? { authorization: `Bearer ${this.#opts.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: this.#opts.model,
          input,
          voice,
          response_format: this.#opts.format,
          speed: this.#opts.speed,
        }),
        signal: AbortSignal.any([signal, ...signals]),
      }).catch((err: unknown) => {
        throw this.#networkError(err, signal);
      });
      if (!r.ok) throw ServiceError.fromHttpStatus(PROVIDER, r.status, await detail(r));
      if (!r.body) throw this.#error(`${this.#url} answered without a body`, 'unavailable');
      return r;
    }, opts.signal);

    const decoder = this.#opts.format === 'wav' ? new WavStreamDecoder() : undefined;
    let resampler: Resampler | undefined;
    let carry: Uint8Array | undefined;
    const toOutput = (pcm: Int16Array, rate: number): Int16Array => {
      if (rate === opts.sampleRate) return pcm;
      resampler ??= new Resampler(rate, opts.sampleRate);
      return resampler.process(pcm);
    };
    let rate = this.#opts.pcmSampleRate;
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let timer = this.clock.setTimer(() => stall.abort(), this.options.timeoutMs);
    try {
      for (;;) {
        let step: ReadableStreamReadResult<Uint8Array>;
        try {
          step = await reader.read();
        } catch (err) {
          if (opts.signal?.aborted) throw this.#error('speech request aborted', 'aborted', err);
          if (stall.signal.aborted)
            throw this.#error(
              `${this.#url} stalled for ${this.options.timeoutMs} ms mid-audio`,
              'timeout',
              err,
            );
          throw this.#error(`the speech stream from ${this.#url} broke off`, 'network', err);
        }
        timer.cancel();
        if (step.done) break;
        timer = this.clock.setTimer(() => stall.abort(), this.options.timeoutMs);
        let bytes = step.value;
        if (decoder) {
          const out = decoder.push(bytes);
          if (!out) continue;
          rate = decoder.sampleRate;
          bytes = out;
        }
        const samples = takeSamples(carry, bytes);
        carry = samples.rest;
        if (decoder && decoder.channels > 1) samples.pcm = downmix(samples.pcm, decoder.channels);
        if (samples.pcm.length === 0) continue;
        const out = toOutput(samples.pcm, rate);
        if (out.length > 0) yield out;
      }
      const tail = resampler?.flush();
      if (tail && tail.length > 0) yield tail;
    } finally {
      timer.cancel();
      // Also reached when the consumer stops early (interruption): drop the connection.
      stall.abort();
      reader.releaseLock();
    }
  }

  async warmup(): Promise<void> {
    // Nothing local to load; the first request opens the (kept-alive) connection.
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  #networkError(err: unknown, signal: AbortSignal): unknown {
    if (signal.aborted) return signal.reason ?? err;
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return this.#error(`could not reach ${this.#url}${cause}`, 'network', err);
  }

  #error(message: string, kind: ServiceError['kind'], cause?: unknown): ServiceError {
    return new ServiceError(message, { kind, provider: PROVIDER, ...(cause === undefined ? {} : { cause }) });
  }
}

/** Whole 16-bit samples from `carry + bytes`; an odd trailing byte is kept for the next chunk. */
function takeSamples(
  carry: Uint8Array | undefined,
  bytes: Uint8Array,
): { pcm: Int16Array; rest?: Uint8Array } {
  let all = bytes;
  if (carry) {
    all = new Uint8Array(carry.length + bytes.length);
    all.set(carry);
    all.set(bytes, carry.length);
  }
  const even = all.length & ~1;
  const pcm = new Int16Array(even / 2);
  const view = new DataView(all.buffer, all.byteOffset, even);
  for (let i = 0; i < pcm.length; i++) pcm[i] = view.getInt16(i * 2, true);
  return even < all.length ? { pcm, rest: all.slice(even) } : { pcm };
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

async function detail(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const json = JSON.parse(text) as { error?: { message?: string } | string; detail?: unknown };
    const message =
      typeof json.error === 'string' ? json.error : (json.error?.message ?? json.detail ?? text);
    return (typeof message === 'string' ? message : JSON.stringify(message)).slice(0, 300);
  } catch {
    return text.slice(0, 300);
  }
}

/** The TTS_PROVIDER=openai factory (registered in registry.ts). */
export async function createOpenAiTts(
  config: TtsConfig<OpenAiTtsEnv>,
  deps: TtsFactoryDeps,
): Promise<TtsService> {
  const e = config.options;
  const apiKey = e.TTS_API_KEY ?? e.OPENAI_API_KEY;
  if (!apiKey && new URL(e.TTS_BASE_URL).hostname === 'api.openai.com')
    throw new ServiceError(
      'TTS_PROVIDER=openai with the OpenAI API needs TTS_API_KEY or OPENAI_API_KEY (or set TTS_BASE_URL to a local server)',
      { kind: 'config', provider: PROVIDER },
    );
  return new OpenAiTtsService(
    {
      baseUrl: e.TTS_BASE_URL,
      model: e.TTS_MODEL,
      apiKey,
      voice: e.TTS_OPENAI_VOICE,
      format: e.TTS_RESPONSE_FORMAT,
      pcmSampleRate: e.TTS_PCM_SAMPLE_RATE,
      speed: config.speed,
      timeoutMs: config.timeoutMs,
      maxRetries: e.TTS_MAX_RETRIES,
    },
    deps,
  );
}

export const openAiTts = defineTtsProvider({
  name: 'openai',
  configSchema: openAiTtsEnvSchema,
  create: createOpenAiTts,
});
