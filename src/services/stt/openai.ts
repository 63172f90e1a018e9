/**
 * OpenAI-compatible batch transcription: one `POST {STT_BASE_URL}/audio/transcriptions`
 * (multipart: file=WAV, model, language, response_format=json) per utterance. OpenAI, Groq
 * and self-hosted servers (speaches, LocalAI, whisper.cpp server) speak this format, so which
 * one runs is configuration only. Timeouts, retries (429/5xx/network) and metrics come from
 * `BatchSttService` → `ServiceBase`; this file only makes the call and maps its failures.
 */
import { z } from 'zod';
import { writeWav } from '../../audio/wav.ts';
import { childLogger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import { ServiceError } from '../service-base.ts';
import { BatchSttService } from './batch-adapter.ts';
import { defineSttProvider } from './provider.ts';
import { type BatchTranscriber, STT_SAMPLE_RATE, type SttTranscript } from './types.ts';

const log = childLogger({ component: 'stt' });

const PROVIDER = 'openai';
const OPENAI_URL = 'https://api.openai.com/v1';
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

/** Environment variables of the `openai` STT provider (merged into the STT schema). */
export const openAiSttEnvSchema = z.object({
  STT_BASE_URL: z
    .url()
    .default(OPENAI_URL)
    .describe('Base URL of an OpenAI-compatible API (…/v1): OpenAI, Groq, speaches, LocalAI.'),
  STT_MODEL: z
    .string()
    .min(1)
    .default('gpt-4o-mini-transcribe')
    .describe('Transcription model name the server serves (whisper-1, whisper-large-v3-turbo, …).'),
  STT_API_KEY: optionalString.describe(
    'API key for STT_BASE_URL; falls back to OPENAI_API_KEY. Optional for local servers.',
  ),
  OPENAI_API_KEY: optionalString.describe('OpenAI key, shared by the openai STT, TTS and LLM providers'),
  STT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(10_000)
    .describe('Per-request timeout of one transcription.'),
  STT_MAX_RETRIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(5)
    .default(1)
    .describe('Retries of a failed transcription (timeouts, 429, 5xx, network errors only).'),
  STT_PROMPT: optionalString.describe('Optional prompt that biases recognition (product and brand names).'),
});

export type OpenAiSttEnv = z.infer<typeof openAiSttEnvSchema>;

export interface OpenAiTranscriberOptions {
  baseUrl: string;
  model: string;
  apiKey?: string | undefined;
  prompt?: string | undefined;
}

export class OpenAiTranscriber implements BatchTranscriber {
  readonly provider = PROVIDER;
  readonly model: string;
  readonly #url: string;
  readonly #apiKey: string | undefined;
  readonly #prompt: string | undefined;

  constructor(opts: OpenAiTranscriberOptions) {
    this.model = opts.model;
    this.#url = `${opts.baseUrl.replace(/\/+$/, '')}/audio/transcriptions`;
    this.#apiKey = opts.apiKey;
    this.#prompt = opts.prompt;
  }

  async transcribe(
    pcm: Int16Array,
    opts: { signal: AbortSignal; language?: string },
  ): Promise<SttTranscript> {
    const wav = writeWav({ sampleRate: STT_SAMPLE_RATE, channels: 1, samples: pcm });
    const form = new FormData();
    form.append('file', new Blob([wav as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }), 'utterance.wav');
    form.append('model', this.model);
    form.append('response_format', 'json');
    const language = opts.language?.split('-')[0]?.toLowerCase();
    if (language) form.append('language', language);
    if (this.#prompt) form.append('prompt', this.#prompt);

    let res: Response;
    try {
      res = await fetch(this.#url, {
        method: 'POST',
        headers: this.#apiKey ? { authorization: `Bearer ${this.#apiKey}` } : {},
        body: form,
        signal: opts.signal,
      });
    } catch (err) {
      throw networkError(err, this.#url, opts.signal);
    }
    if (!res.ok) throw ServiceError.fromHttpStatus(PROVIDER, res.status, await errorDetail(res));
    let body: unknown;
    try {
      body = await res.json();
    } catch (err) {
      if (opts.signal.aborted) throw opts.signal.reason;
      // A page instead of JSON (a proxy, a web UI) is a wrong URL: retrying asks the same page.
      throw new ServiceError(
        `${this.#url} answered with a body that is not JSON; is STT_BASE_URL an OpenAI-compatible API?`,
        { kind: 'bad-request', provider: PROVIDER, retryable: false, cause: err },
      );
    }
    const parsed = transcriptionBody.safeParse(body);
    if (!parsed.success)
      throw new ServiceError(`${this.#url} answered without a "text" field; is it OpenAI-compatible?`, {
        kind: 'bad-request',
        provider: PROVIDER,
        retryable: false,
      });
    return { text: parsed.data.text.trim() };
  }
}

const transcriptionBody = z.object({ text: z.string() });

/** Reads `{error:{message}}` (OpenAI) or `{detail}` (FastAPI servers) for the error message. */
export async function errorDetail(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const json = JSON.parse(text) as { error?: { message?: string } | string; detail?: unknown };
    const message =
      typeof json.error === 'string' ? json.error : (json.error?.message ?? json.detail ?? text);
    return String(typeof message === 'string' ? message : JSON.stringify(message)).slice(0, 300);
  } catch {
    return text.slice(0, 300);
  }
}

/** fetch() rejects with a TypeError on connection failures: those are retryable network errors. */
export function networkError(err: unknown, url: string, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason ?? err;
  if (err instanceof ServiceError) return err;
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return new ServiceError(`could not reach ${url}${cause}`, {
    kind: 'network',
    provider: PROVIDER,
    cause: err,
  });
}

/** Builds the batch STT service for STT_PROVIDER=openai. */
export function createOpenAiStt(env: OpenAiSttEnv, deps: { clock?: Clock } = {}): BatchSttService {
  const apiKey = env.STT_API_KEY ?? env.OPENAI_API_KEY;
  if (!apiKey && new URL(env.STT_BASE_URL).hostname === 'api.openai.com')
    throw new ServiceError(
      'STT_PROVIDER=openai with the OpenAI API needs STT_API_KEY or OPENAI_API_KEY (or set STT_BASE_URL to a local server)',
      { kind: 'config', provider: PROVIDER },
    );
  return new BatchSttService({
    transcriber: new OpenAiTranscriber({
      baseUrl: env.STT_BASE_URL,
      model: env.STT_MODEL,
      apiKey,
      prompt: env.STT_PROMPT,
    }),
    options: { timeoutMs: env.STT_TIMEOUT_MS, maxRetries: env.STT_MAX_RETRIES, retryIntervalMs: 250 },
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
}

/** STT_PROVIDER=openai: a remote batch API; no local language model to build or rebuild. */
export const openAiStt = defineSttProvider({
  name: 'openai',
  configSchema: openAiSttEnvSchema,
  async create(config, deps) {
    const service = createOpenAiStt(config, deps);
    log.info({ baseUrl: config.STT_BASE_URL, model: config.STT_MODEL }, 'OpenAI-compatible STT ready');
    return { service, lm: undefined, rebuild: async () => {} };
  },
});
