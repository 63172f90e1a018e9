/**
 * OpenAI-compatible speech: `POST {TTS_BASE_URL}/audio/speech` with
 * `{model, input, voice, response_format: pcm|wav, speed}`, the body streamed and resampled
 * as it arrives so playback starts with the first bytes, not the last. OpenAI, Kokoro-FastAPI,
 * speaches and LocalAI speak this format. `pcm` is raw 16-bit mono little-endian at
 * TTS_PCM_SAMPLE_RATE (24 kHz on OpenAI); `wav` carries its own rate in the header.
 *
 * Reading, decoding, resampling, the stall timeout and retries only before the first byte come
 * from the shared HTTP speech base (http-speech.ts); this file builds the request.
 */
import { z } from 'zod';
import { ServiceError } from '../service-base.ts';
import {
  audioBody,
  fetchError,
  HttpSpeechService,
  httpError,
  type SpeechBody,
  type SpeechRequest,
} from './http-speech.ts';
import { defineTtsProvider, type TtsConfig, type TtsFactoryDeps } from './provider.ts';
import type { TtsDeps, TtsService } from './types.ts';

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

export class OpenAiTtsService extends HttpSpeechService {
  readonly #opts: OpenAiTtsOptions;
  readonly #url: string;

  constructor(opts: OpenAiTtsOptions, deps: TtsDeps = {}) {
    super({
      provider: PROVIDER,
      model: opts.model,
      timeoutMs: opts.timeoutMs,
      maxRetries: opts.maxRetries,
      clock: deps.clock,
    });
    this.#opts = opts;
    this.#url = `${opts.baseUrl.replace(/\/+$/, '')}/audio/speech`;
  }

  protected async request(req: SpeechRequest): Promise<SpeechBody> {
    const res = await fetch(this.#url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.#opts.apiKey ? { authorization: `Bearer ${this.#opts.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: this.#opts.model,
        input: req.text,
        voice: req.voice ?? this.#opts.voice,
        response_format: this.#opts.format,
        speed: this.#opts.speed,
      }),
      signal: req.signal,
    }).catch((err: unknown) => {
      throw fetchError(PROVIDER, this.#url, err, req.signal);
    });
    if (!res.ok) throw await httpError(PROVIDER, res);
    return audioBody(PROVIDER, res, this.#opts.format, this.#opts.pcmSampleRate);
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
