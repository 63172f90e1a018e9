/**
 * whisper.cpp's HTTP server (`whisper-server -m ggml-base.en.bin`): one `POST {WHISPER_CPP_URL}/inference`
 * per utterance, multipart `file` (16 kHz mono WAV), `response_format=json`, `temperature`,
 * `language`, `prompt`; it answers `{"text": …}`, or `{"error": …}` (sometimes with status
 * 200). Non-speech markers whisper emits for silence and noise (`[BLANK_AUDIO]`, `(music)`)
 * are not words the shopper said and are dropped. A whisper.cpp server started with
 * `--inference-path /v1/audio/transcriptions` (and speaches, LocalAI, faster-whisper-server)
 * is served by STT_PROVIDER=openai with STT_BASE_URL instead.
 */
import { z } from 'zod';
import { writeWav } from '../../audio/wav.ts';
import { childLogger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import { ServiceError } from '../service-base.ts';
import { BatchSttService } from './batch-adapter.ts';
import { errorDetail, networkError } from './openai.ts';
import { defineSttProvider } from './provider.ts';
import { type BatchTranscriber, STT_SAMPLE_RATE, type SttTranscript } from './types.ts';

const log = childLogger({ component: 'stt' });
const PROVIDER = 'whisper-cpp';
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

export const whisperCppSttEnvSchema = z.object({
  WHISPER_CPP_URL: z
    .url()
    .default('http://127.0.0.1:8080')
    .describe('whisper.cpp server (`whisper-server`); /inference is appended'),
  WHISPER_CPP_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(15_000)
    .describe('Per-utterance timeout (a CPU-only server takes seconds with larger models)'),
  WHISPER_CPP_MAX_RETRIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(5)
    .default(1)
    .describe('Retries of a failed transcription (timeouts, 5xx, network errors only)'),
  WHISPER_CPP_PROMPT: optionalString.describe('Initial prompt biasing recognition (brand and product names)'),
});

export type WhisperCppSttEnv = z.infer<typeof whisperCppSttEnvSchema>;

/** Whisper's annotations for what is not speech: [BLANK_AUDIO], [MUSIC], (wind blowing), *coughs*. */
const NON_SPEECH = /\[[^\]]*\]|\([^)]*\)|\*[^*]*\*/g;

const inferenceBody = z.union([z.object({ text: z.string() }), z.object({ error: z.string() })]);

export class WhisperCppTranscriber implements BatchTranscriber {
  readonly provider = PROVIDER;
  readonly model = 'whisper.cpp';
  readonly #url: string;
  readonly #prompt: string | undefined;

  constructor(opts: { url: string; prompt?: string | undefined }) {
    this.#url = `${opts.url.replace(/\/+$/, '')}/inference`;
    this.#prompt = opts.prompt;
  }

  async transcribe(
    pcm: Int16Array,
    opts: { signal: AbortSignal; language?: string },
  ): Promise<SttTranscript> {
    const wav = writeWav({ sampleRate: STT_SAMPLE_RATE, channels: 1, samples: pcm });
    const form = new FormData();
    form.append('file', new Blob([wav as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }), 'utterance.wav');
    form.append('response_format', 'json');
    form.append('temperature', '0.0');
    const language = opts.language?.split('-')[0]?.toLowerCase();
    if (language) form.append('language', language);
    if (this.#prompt) form.append('prompt', this.#prompt);
    let res: Response;
    try {
      res = await fetch(this.#url, { method: 'POST', body: form, signal: opts.signal });
    } catch (err) {
      throw relabel(networkError(err, this.#url, opts.signal));
    }
    if (!res.ok) throw relabel(ServiceError.fromHttpStatus(PROVIDER, res.status, await errorDetail(res)));
    let body: unknown;
    try {
      body = await res.json();
    } catch (err) {
      if (opts.signal.aborted) throw opts.signal.reason;
      throw new ServiceError(
        `${this.#url} answered with a body that is not JSON; is WHISPER_CPP_URL a whisper.cpp server?`,
        {
          kind: 'bad-request',
          provider: PROVIDER,
          retryable: false,
          cause: err,
        },
      );
    }
    const parsed = inferenceBody.safeParse(body);
    if (!parsed.success)
      throw new ServiceError(
        `${this.#url} answered JSON without "text"; is WHISPER_CPP_URL a whisper.cpp server?`,
        {
          kind: 'bad-request',
          provider: PROVIDER,
          retryable: false,
        },
      );
    if ('error' in parsed.data)
      throw new ServiceError(
        `whisper.cpp could not transcribe the utterance: ${parsed.data.error.slice(0, 300)}`,
        {
          kind: 'bad-request',
          provider: PROVIDER,
          retryable: false,
        },
      );
    return { text: parsed.data.text.replace(NON_SPEECH, ' ').replace(/\s+/g, ' ').trim() };
  }
}

/** The openai helpers name their own provider; errors from here must name whisper-cpp. */
function relabel(err: unknown): unknown {
  if (!(err instanceof ServiceError) || err.provider === PROVIDER) return err;
  return new ServiceError(err.message.replace(/^openai\b/, PROVIDER), {
    kind: err.kind,
    provider: PROVIDER,
    retryable: err.retryable,
    cause: err.cause,
    ...(err.status === undefined ? {} : { status: err.status }),
  });
}

export function createWhisperCppStt(env: WhisperCppSttEnv, deps: { clock?: Clock } = {}): BatchSttService {
  return new BatchSttService({
    transcriber: new WhisperCppTranscriber({ url: env.WHISPER_CPP_URL, prompt: env.WHISPER_CPP_PROMPT }),
    options: {
      timeoutMs: env.WHISPER_CPP_TIMEOUT_MS,
      maxRetries: env.WHISPER_CPP_MAX_RETRIES,
      retryIntervalMs: 250,
    },
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
}

/** STT_PROVIDER=whisper-cpp: a local whisper.cpp server, one request per utterance. */
export const whisperCppStt = defineSttProvider({
  name: 'whisper-cpp',
  configSchema: whisperCppSttEnvSchema,
  async create(config, deps) {
    const service = createWhisperCppStt(config, deps);
    log.info({ url: config.WHISPER_CPP_URL }, 'whisper.cpp STT ready');
    return { service, lm: undefined, rebuild: async () => {} };
  },
});
