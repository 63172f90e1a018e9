/**
 * Deepgram live transcription over its `/v1/listen` WebSocket (documented wire format):
 * binary linear16 16 kHz mono audio in; JSON `Results` out with `is_final` (this stretch of
 * audio will not change) and `speech_final` (Deepgram's own endpointing). The turn is ours:
 * `finalize()` sends `{"type":"Finalize"}` and resolves on the result flagged `from_finalize`
 * (or, since Deepgram does not promise that result when little audio is buffered, as soon as
 * the final results cover all audio sent, or after a short grace). `KeepAlive` flows while the
 * user is silent (Deepgram closes a socket after 10 s without audio), `CloseStream` on close.
 *
 * One socket per stream, opened by `openStream()` (so a session's first turn does not pay the
 * TLS + upgrade), through `ServiceBase.run`: the only retry policy. A socket lost mid-stream
 * loses the utterance in flight (error event, finalize rejects) and the next utterance opens a
 * new socket. Results are attributed to utterances by Deepgram's audio timeline (`start`).
 */
import { z } from 'zod';
import { childLogger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import type { CatalogVocabulary } from '../../shop/contract.ts';
import { ServiceBase, ServiceError, type ServiceOptions } from '../service-base.ts';
import { connectWebSocket, type WebSocket } from '../ws-client.ts';
import { DeepgramStream } from './deepgram-stream.ts';
import { openAiSttEnvSchema } from './openai.ts';
import { defineSttProvider } from './provider.ts';
import type { SttCapabilities, SttService, SttStream, SttStreamOptions } from './types.ts';

const log = childLogger({ component: 'stt' });

export const DEEPGRAM_PROVIDER = 'deepgram';
const DEEPGRAM_URL = 'wss://api.deepgram.com';
const DEFAULT_MODEL = 'nova-3';
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

/** Environment variables of STT_PROVIDER=deepgram (STT_BASE_URL/STT_MODEL are shared with openai). */
export const deepgramSttEnvSchema = z.object({
  DEEPGRAM_API_KEY: optionalString.describe('Deepgram API key (sent as `Authorization: Token …`).'),
  STT_LANGUAGE: optionalString.describe(
    'Language sent to a streaming STT instead of the session\'s ("en", "es", "multi" for nova-3 code-switching).',
  ),
  STT_KEEPALIVE_MS: z.coerce
    .number()
    .int()
    .min(500)
    .max(9_000)
    .default(4_000)
    .describe('KeepAlive interval while no audio flows (Deepgram closes after 10 s of silence).'),
  STT_FINALIZE_GRACE_MS: z.coerce
    .number()
    .int()
    .min(50)
    .max(10_000)
    .default(1_000)
    .describe(
      "Longest wait for Deepgram's `from_finalize` result before the turn's finals are used as they are.",
    ),
});

export interface DeepgramSttOptions {
  apiKey: string;
  /** wss://api.deepgram.com (or a proxy / test server); `/v1/listen` is appended when missing. */
  baseUrl?: string;
  model?: string;
  /** Replaces the language each stream asks for. */
  language?: string | undefined;
  keepAliveMs?: number;
  finalizeGraceMs?: number;
  /** Words to boost (nova-3 `keyterm`): brands and product names. */
  keyterms?: string[];
  /** Timeout/retries of opening a socket. */
  options?: Partial<ServiceOptions>;
  clock?: Clock;
}

export class DeepgramSttService extends ServiceBase implements SttService {
  readonly capabilities: SttCapabilities = { streaming: true, interimResults: true };
  readonly #apiKey: string;
  readonly #listenUrl: string;
  readonly #language: string | undefined;
  #keyterms: string[];
  readonly keepAliveMs: number;
  readonly finalizeGraceMs: number;
  readonly #streams = new Set<DeepgramStream>();
  #nextStream = 1;
  #closed = false;

  constructor(opts: DeepgramSttOptions) {
    super({
      provider: DEEPGRAM_PROVIDER,
      model: opts.model ?? DEFAULT_MODEL,
      options: { maxRetries: 2, retryIntervalMs: 250, timeoutMs: 10_000, ...opts.options },
      ...(opts.clock ? { clock: opts.clock } : {}),
    });
    this.#apiKey = opts.apiKey;
    this.#listenUrl = listenUrl(opts.baseUrl ?? DEEPGRAM_URL);
    this.#language = opts.language;
    this.#keyterms = opts.keyterms ?? [];
    this.keepAliveMs = opts.keepAliveMs ?? 4_000;
    this.finalizeGraceMs = opts.finalizeGraceMs ?? 1_000;
  }

  get streamClock(): Clock {
    return this.clock;
  }

  /** Opens the socket now, so the stream is warm before the user speaks. */
  async openStream(opts: SttStreamOptions = {}): Promise<SttStream> {
    if (this.#closed)
      throw new ServiceError('Deepgram STT service is closed', { kind: 'internal', provider: this.provider });
    const language = this.#language ?? opts.language ?? 'en';
    const stream = new DeepgramStream(this, `${this.provider}-${this.#nextStream++}`, language, opts.signal);
    this.#streams.add(stream);
    stream.onClosed(() => this.#streams.delete(stream));
    try {
      await stream.connect();
    } catch (err) {
      await stream.close();
      throw err;
    }
    return stream;
  }

  /** One socket, through the shared timeout/retry policy. */
  openSocket(language: string, signal?: AbortSignal): Promise<WebSocket> {
    const url = this.#url(language);
    return this.run(
      (s) =>
        connectWebSocket({
          url,
          provider: this.provider,
          headers: { authorization: `Token ${this.#apiKey}` },
          signal: s,
          errorHeaders: ['dg-error'],
        }),
      signal,
    );
  }

  /** New catalog words for streams opened from now on (a socket's keyterms are fixed at upgrade). */
  setKeyterms(vocabulary: CatalogVocabulary): void {
    this.#keyterms = keytermsFrom(vocabulary);
  }

  get openStreams(): number {
    return this.#streams.size;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#streams].map((s) => s.close()));
  }

  #url(language: string): string {
    const url = new URL(this.#listenUrl);
    const q = url.searchParams;
    q.set('model', this.model);
    q.set('language', language);
    q.set('encoding', 'linear16');
    q.set('sample_rate', '16000');
    q.set('channels', '1');
    q.set('interim_results', 'true');
    q.set('punctuate', 'true');
    if (this.model.startsWith('nova-3')) for (const term of this.#keyterms) q.append('keyterm', term);
    return url.toString();
  }
}

function listenUrl(base: string): string {
  const url = new URL(base.replace(/^http(s?):/i, 'ws$1:'));
  const path = url.pathname.replace(/\/+$/, '');
  if (!path.endsWith('/listen')) url.pathname = path.endsWith('/v1') ? `${path}/listen` : `${path}/v1/listen`;
  return url.toString();
}

/** Brands and product names, shortest first, within Deepgram's keyterm budget. */
export function keytermsFrom(vocabulary: CatalogVocabulary | undefined, max = 60): string[] {
  if (!vocabulary) return [];
  const terms = [...new Set([...vocabulary.brands, ...vocabulary.productNames].map((t) => t.trim()))]
    .filter((t) => t.length > 1 && t.length <= 40)
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  return terms.slice(0, max);
}

type DeepgramEnv = z.infer<typeof deepgramSttEnvSchema> & {
  STT_BASE_URL: string;
  STT_MODEL: string;
  STT_TIMEOUT_MS: number;
  STT_MAX_RETRIES: number;
};

/** STT_PROVIDER=deepgram. STT_BASE_URL / STT_MODEL left at the OpenAI defaults mean Deepgram's. */
export function createDeepgramStt(
  env: DeepgramEnv,
  deps: { clock?: Clock; vocabulary?: CatalogVocabulary } = {},
): DeepgramSttService {
  if (!env.DEEPGRAM_API_KEY)
    throw new ServiceError(
      'STT_PROVIDER=deepgram needs DEEPGRAM_API_KEY (create one in the Deepgram console)',
      {
        kind: 'config',
        provider: DEEPGRAM_PROVIDER,
      },
    );
  const sharedDefaults = openAiSttEnvSchema.parse({});
  return new DeepgramSttService({
    apiKey: env.DEEPGRAM_API_KEY,
    baseUrl: env.STT_BASE_URL === sharedDefaults.STT_BASE_URL ? DEEPGRAM_URL : env.STT_BASE_URL,
    model: env.STT_MODEL === sharedDefaults.STT_MODEL ? DEFAULT_MODEL : env.STT_MODEL,
    language: env.STT_LANGUAGE,
    keepAliveMs: env.STT_KEEPALIVE_MS,
    finalizeGraceMs: env.STT_FINALIZE_GRACE_MS,
    keyterms: keytermsFrom(deps.vocabulary),
    options: { timeoutMs: env.STT_TIMEOUT_MS, maxRetries: env.STT_MAX_RETRIES, retryIntervalMs: 250 },
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
}

/** STT_PROVIDER=deepgram: streaming over a socket per session; catalog words go as keyterms when streams open. */
export const deepgramStt = defineSttProvider({
  name: 'deepgram',
  configSchema: openAiSttEnvSchema.extend(deepgramSttEnvSchema.shape),
  async create(config, deps) {
    const service = createDeepgramStt(config, deps);
    log.info({ model: service.model }, 'Deepgram streaming STT ready');
    return { service, lm: undefined, rebuild: async (vocabulary) => service.setKeyterms(vocabulary) };
  },
});
