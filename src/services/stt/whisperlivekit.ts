/**
 * WhisperLiveKit (`wlk --pcm-input`, or `whisperlivekit-server --pcm-input`): streaming Whisper
 * over a WebSocket at `/asr`. Audio goes in as raw 16 kHz mono PCM16 binary messages; the
 * server sends snapshots of the session's transcript (`lines` of committed text with
 * start/end and speaker, plus `buffer_transcription`, the words not yet committed; newer
 * servers name them `segments` with a per-segment `buffer`) several times a second; an empty
 * binary message ends the audio, answered by a last snapshot and `{"type": "ready_to_stop"}`.
 * How utterances map onto sockets is in whisperlivekit-stream.ts. The language is the
 * server's (`--lan`); WLK has no per-connection setting for it.
 */
import { z } from 'zod';
import { childLogger } from '../../log/logger.ts';
import type { Clock } from '../../pipeline/clock.ts';
import { ServiceBase, ServiceError, type ServiceOptions } from '../service-base.ts';
import { connectWebSocket, type WebSocket } from '../ws-client.ts';
import { defineSttProvider } from './provider.ts';
import type { SttCapabilities, SttService, SttStream, SttStreamOptions } from './types.ts';
import { WlkStream } from './whisperlivekit-stream.ts';

const log = childLogger({ component: 'stt' });
const PROVIDER = 'whisperlivekit';
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

export const whisperLiveKitSttEnvSchema = z.object({
  WHISPERLIVEKIT_URL: z
    .url()
    .default('ws://127.0.0.1:8000/asr')
    .describe('WhisperLiveKit /asr WebSocket (the server must run with --pcm-input)'),
  WHISPERLIVEKIT_API_KEY: optionalString.describe(
    'Sent as `Authorization: Bearer …` when WhisperLiveKit sits behind an authenticating proxy',
  ),
  WHISPERLIVEKIT_FINALIZE_GRACE_MS: z.coerce
    .number()
    .int()
    .min(50)
    .max(30_000)
    .default(3_000)
    .describe("Longest wait for WhisperLiveKit's ready_to_stop before the best hypothesis is used"),
  WHISPERLIVEKIT_KEEPALIVE_MS: z.coerce
    .number()
    .int()
    .min(500)
    .max(60_000)
    .default(10_000)
    .describe('WebSocket ping interval while no audio flows'),
  WHISPERLIVEKIT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(5_000)
    .describe('Timeout of opening a socket'),
  WHISPERLIVEKIT_MAX_RETRIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(5)
    .default(2)
    .describe('Retries of opening a socket (network errors, 429, 5xx)'),
});

export type WhisperLiveKitSttEnv = z.infer<typeof whisperLiveKitSttEnvSchema>;

export interface WhisperLiveKitOptions {
  url: string;
  apiKey?: string | undefined;
  finalizeGraceMs?: number;
  keepAliveMs?: number;
  options?: Partial<ServiceOptions>;
  clock?: Clock | undefined;
}

export class WhisperLiveKitSttService extends ServiceBase implements SttService {
  readonly capabilities: SttCapabilities = { streaming: true, interimResults: true };
  readonly keepAliveMs: number;
  readonly finalizeGraceMs: number;
  readonly #url: string;
  readonly #apiKey: string | undefined;
  readonly #streams = new Set<WlkStream>();
  #next = 1;
  #closed = false;

  constructor(opts: WhisperLiveKitOptions) {
    super({
      provider: PROVIDER,
      model: 'whisperlivekit',
      options: { maxRetries: 2, retryIntervalMs: 250, timeoutMs: 5_000, ...opts.options },
      ...(opts.clock ? { clock: opts.clock } : {}),
    });
    const url = new URL(opts.url.replace(/^http(s?):/i, 'ws$1:'));
    if (url.pathname === '/' || url.pathname === '') url.pathname = '/asr';
    this.#url = url.toString();
    this.#apiKey = opts.apiKey;
    this.keepAliveMs = opts.keepAliveMs ?? 10_000;
    this.finalizeGraceMs = opts.finalizeGraceMs ?? 3_000;
  }

  get streamClock(): Clock {
    return this.clock;
  }

  /** Opens the first socket now, so the session's first utterance does not wait for it. */
  async openStream(opts: SttStreamOptions = {}): Promise<SttStream> {
    if (this.#closed)
      throw new ServiceError('WhisperLiveKit STT service is closed', {
        kind: 'internal',
        provider: PROVIDER,
      });
    const stream = new WlkStream(this, `${PROVIDER}-${this.#next++}`, opts.signal);
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

  openSocket(signal?: AbortSignal): Promise<WebSocket> {
    return this.run(
      (s) =>
        connectWebSocket({
          url: this.#url,
          provider: PROVIDER,
          ...(this.#apiKey ? { headers: { authorization: `Bearer ${this.#apiKey}` } } : {}),
          signal: s,
        }),
      signal,
    );
  }

  get openStreams(): number {
    return this.#streams.size;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#streams].map((s) => s.close()));
  }
}

export function createWhisperLiveKitStt(
  env: WhisperLiveKitSttEnv,
  deps: { clock?: Clock } = {},
): WhisperLiveKitSttService {
  return new WhisperLiveKitSttService({
    url: env.WHISPERLIVEKIT_URL,
    apiKey: env.WHISPERLIVEKIT_API_KEY,
    finalizeGraceMs: env.WHISPERLIVEKIT_FINALIZE_GRACE_MS,
    keepAliveMs: env.WHISPERLIVEKIT_KEEPALIVE_MS,
    options: { timeoutMs: env.WHISPERLIVEKIT_TIMEOUT_MS, maxRetries: env.WHISPERLIVEKIT_MAX_RETRIES },
    clock: deps.clock,
  });
}

/** STT_PROVIDER=whisperlivekit: streaming Whisper, interims while the shopper speaks. */
export const whisperLiveKitStt = defineSttProvider({
  name: 'whisperlivekit',
  configSchema: whisperLiveKitSttEnvSchema,
  async create(config, deps) {
    const service = createWhisperLiveKitStt(config, deps);
    log.info({ url: config.WHISPERLIVEKIT_URL }, 'WhisperLiveKit streaming STT ready');
    return { service, lm: undefined, rebuild: async () => {} };
  },
});
