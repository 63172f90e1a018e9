/**
 * ElevenLabs streaming speech over the stream-input WebSocket (documented wire format):
 * `wss://…/v1/text-to-speech/{voice_id}/stream-input?model_id=…&output_format=pcm_<rate>`,
 * header `xi-api-key`; client sends `{"text":" "}` (open), `{"text":"<sentence> ","flush":true}`,
 * `{"text":""}` (end of input); the server answers `{"audio":"<base64 PCM16LE>", …}` chunks and
 * `{"isFinal":true}`, or an error object / a 1008 close.
 *
 * One socket speaks one sentence (the protocol's end-of-audio marker `isFinal` only follows the
 * end of input), so the next socket is opened in the background while the current one speaks:
 * every sentence after the first starts on a warm socket (no TLS + upgrade on the critical path).
 * Interruption terminates the socket: ElevenLabs stops generating when the connection drops.
 */
import { z } from 'zod';
import type { TimerHandle } from '../../pipeline/clock.ts';
import { ServiceBase, ServiceError } from '../service-base.ts';
import { closeError, connectWebSocket, frameText, Pcm16Decoder, sendJson, WebSocket } from '../ws-client.ts';
import { AsyncQueue } from './async-queue.ts';
import { defineTtsProvider, type TtsConfig, type TtsFactoryDeps } from './provider.ts';
import type { SynthesizeOptions, TtsDeps, TtsService } from './types.ts';
import { deliverSpeech, pickNativeRate, providerVoice, type WsSynthesis } from './ws-speech.ts';

const PROVIDER = 'elevenlabs';
const ELEVENLABS_URL = 'wss://api.elevenlabs.io';
/** Documented `pcm_*` output formats. */
export const ELEVENLABS_RATES = [16_000, 22_050, 24_000, 44_100] as const;
/** "Rachel", a premade voice every account has; used when TTS_VOICE_EN/ES hold offline voice names. */
const DEFAULT_VOICE = '21m00Tcm4TlvDq8fHBxA';
/** A warm socket older than this is replaced (the server's inactivity timeout is set to 180 s). */
const WARM_MAX_AGE_MS = 150_000;
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

export const elevenLabsTtsEnvSchema = z.object({
  ELEVENLABS_API_KEY: optionalString.describe('ElevenLabs API key (xi-api-key)'),
  TTS_MODEL: z.string().min(1).optional().describe('Speech model (eleven_flash_v2_5, eleven_turbo_v2_5, …)'),
  TTS_BASE_URL: optionalString.describe('Server (default wss://api.elevenlabs.io)'),
  TTS_MAX_RETRIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(5)
    .default(1)
    .describe('Retries before the first audio'),
  TTS_PREWARM: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1')
    .describe('Keep the next WebSocket open before it is needed'),
});

export interface ElevenLabsTtsOptions {
  apiKey: string;
  baseUrl?: string;
  model?: string;
  voices: { en: string; es: string };
  speed?: number;
  /** Per-attempt timeout to the first audio, and the longest stall between chunks. */
  timeoutMs?: number;
  maxRetries?: number;
  /** First retry delay (doubles per retry). */
  retryIntervalMs?: number;
  prewarm?: boolean;
}

interface Warm {
  key: string;
  ws: Promise<WebSocket>;
  since: number;
}

export class ElevenLabsTtsService extends ServiceBase implements TtsService {
  readonly capabilities = { streaming: false } as const;
  readonly #opts: ElevenLabsTtsOptions;
  readonly #base: string;
  readonly #live = new Set<WebSocket>();
  #warm: Warm | undefined;
  #warmTimer: TimerHandle | undefined;
  #closed = false;

  constructor(opts: ElevenLabsTtsOptions, deps: TtsDeps = {}) {
    super({
      provider: PROVIDER,
      model: opts.model ?? 'eleven_flash_v2_5',
      options: {
        timeoutMs: opts.timeoutMs ?? 10_000,
        maxRetries: opts.maxRetries ?? 1,
        retryIntervalMs: opts.retryIntervalMs ?? 250,
      },
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
    this.#opts = opts;
    this.#base = (opts.baseUrl ?? ELEVENLABS_URL).replace(/^http(s?):/i, 'ws$1:').replace(/\/+$/, '');
  }

  synthesize(text: string, opts: SynthesizeOptions): AsyncIterable<Int16Array> {
    if (this.#closed)
      throw new ServiceError('TTS service is closed', { kind: 'internal', provider: PROVIDER });
    if (!Number.isInteger(opts.sampleRate) || opts.sampleRate < 8000 || opts.sampleRate > 48_000)
      throw new ServiceError(`Unsupported output sample rate ${opts.sampleRate}`, {
        kind: 'bad-request',
        provider: PROVIDER,
      });
    const input = text.trim();
    const voice = providerVoice(opts.voice, opts.language, this.#opts.voices, DEFAULT_VOICE);
    const nativeRate = pickNativeRate(opts.sampleRate, ELEVENLABS_RATES);
    if (!input) return (async function* () {})();
    const key = this.#url(voice, nativeRate);
    return deliverSpeech({
      provider: PROVIDER,
      run: (fn, signal) => this.run(fn, signal),
      clock: this.clock,
      start: (signal) => this.#start(key, input, signal),
      nativeRate,
      sampleRate: opts.sampleRate,
      signal: opts.signal,
      stallMs: this.options.timeoutMs,
    });
  }

  /**
   * Opens a socket for the English voice at 24 kHz, so the first sentence starts warm. A refused
   * key fails here, at startup; other failures only cost the first sentence its warm start.
   */
  async warmup(): Promise<void> {
    if (this.#opts.prewarm === false || this.#closed) return;
    const voice = providerVoice(undefined, 'en', this.#opts.voices, DEFAULT_VOICE);
    this.#prewarm(this.#url(voice, 24_000));
    await this.#warm?.ws.catch((err: unknown) => {
      if (err instanceof ServiceError && (err.kind === 'auth' || err.kind === 'bad-request')) throw err;
    });
  }

  /** Sockets open right now (in use or warm); for tests and diagnostics. */
  get openSockets(): number {
    return this.#live.size;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#dropWarm();
    for (const ws of this.#live) ws.terminate();
    await Promise.all(
      [...this.#live].map(
        (ws) =>
          new Promise<void>((r) => (ws.readyState === WebSocket.CLOSED ? r() : ws.once('close', () => r()))),
      ),
    );
  }

  #url(voice: string, rate: number): string {
    const url = new URL(`${this.#base}/v1/text-to-speech/${encodeURIComponent(voice)}/stream-input`);
    url.searchParams.set('model_id', this.model);
    url.searchParams.set('output_format', `pcm_${rate}`);
    url.searchParams.set('inactivity_timeout', '180');
    return url.toString();
  }

  #connect(url: string, signal: AbortSignal): Promise<WebSocket> {
    return connectWebSocket({
      url,
      provider: PROVIDER,
      headers: { 'xi-api-key': this.#opts.apiKey },
      signal,
    }).then((ws) => {
      this.#live.add(ws);
      ws.once('close', () => this.#live.delete(ws));
      if (this.#closed) ws.terminate();
      return ws;
    });
  }

  /** A warm socket for `key` if one is open, else a new one. */
  async #socket(key: string, signal: AbortSignal): Promise<WebSocket> {
    const warm = this.#warm;
    if (warm && warm.key === key && this.clock.now() - warm.since < WARM_MAX_AGE_MS) {
      this.#warm = undefined;
      this.#warmTimer?.cancel();
      const ws = await warm.ws.catch(() => undefined);
      if (ws && ws.readyState === WebSocket.OPEN) return ws;
    }
    return this.#connect(key, signal);
  }

  #prewarm(key: string): void {
    if (this.#opts.prewarm === false || this.#closed) return;
    this.#dropWarm();
    const ctl = new AbortController();
    const ws = this.#connect(key, ctl.signal);
    ws.catch(() => {
      if (this.#warm?.ws === ws) this.#warm = undefined;
    });
    this.#warm = { key, ws, since: this.clock.now() };
    this.#warmTimer = this.clock.setTimer(() => this.#dropWarm(), WARM_MAX_AGE_MS);
  }

  #dropWarm(): void {
    this.#warmTimer?.cancel();
    this.#warmTimer = undefined;
    const warm = this.#warm;
    this.#warm = undefined;
    warm?.ws.then((ws) => ws.terminate()).catch(() => {});
  }

  async #start(key: string, text: string, signal: AbortSignal): Promise<WsSynthesis> {
    const ws = await this.#socket(key, signal);
    this.#prewarm(key);
    const audio = new AsyncQueue<Int16Array>();
    const decoder = new Pcm16Decoder();
    let done = false;
    const finish = (err?: ServiceError) => {
      if (done) return;
      done = true;
      if (err) audio.fail(err);
      else audio.end();
    };
    ws.on('message', (data) => {
      const msg = parseMessage(frameText(data));
      if (!msg) return;
      if (typeof msg.audio === 'string' && msg.audio.length > 0) {
        const pcm = decoder.push(Buffer.from(msg.audio, 'base64'));
        if (pcm.length > 0 && !done) audio.push(pcm);
      }
      if (msg.isFinal === true) {
        finish();
        ws.close(1000);
      } else if (msg.error !== undefined || (msg.message !== undefined && msg.audio === undefined)) {
        const reason = [msg.error, msg.message].filter(Boolean).join(': ');
        finish(closeError(PROVIDER, msg.code ?? 1008, reason, 'reported an error'));
        ws.terminate();
      }
    });
    ws.on('close', (code, reason) => {
      if (code === 1000) finish();
      else finish(closeError(PROVIDER, code, reason.toString('utf8')));
    });
    const cancel = () => {
      finish(new ServiceError('ElevenLabs synthesis cancelled', { kind: 'aborted', provider: PROVIDER }));
      ws.terminate();
    };
    const speed = this.#opts.speed ?? 1;
    sendJson(ws, {
      text: ' ',
      ...(speed !== 1 ? { voice_settings: { speed: Math.min(1.2, Math.max(0.7, speed)) } } : {}),
    });
    sendJson(ws, { text: `${text} `, flush: true });
    sendJson(ws, { text: '' });
    if (ws.readyState !== WebSocket.OPEN)
      finish(
        new ServiceError('ElevenLabs socket closed before the text was sent', {
          kind: 'network',
          provider: PROVIDER,
        }),
      );
    return { audio, cancel };
  }
}

const message = z.object({
  audio: z.string().nullable().optional(),
  isFinal: z.boolean().nullable().optional(),
  error: z.string().optional(),
  message: z.string().optional(),
  code: z.number().int().optional(),
});

function parseMessage(text: string): z.infer<typeof message> | undefined {
  try {
    const parsed = message.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** TTS_PROVIDER=elevenlabs (registered in registry.ts). */
export async function createElevenLabsTts(
  config: TtsConfig<z.output<typeof elevenLabsTtsEnvSchema>>,
  deps: TtsFactoryDeps,
): Promise<TtsService> {
  const e = config.options;
  if (!e.ELEVENLABS_API_KEY)
    throw new ServiceError(
      'TTS_PROVIDER=elevenlabs needs ELEVENLABS_API_KEY (ElevenLabs profile → API keys)',
      {
        kind: 'config',
        provider: PROVIDER,
      },
    );
  const tts = new ElevenLabsTtsService(
    {
      apiKey: e.ELEVENLABS_API_KEY,
      ...(e.TTS_BASE_URL ? { baseUrl: e.TTS_BASE_URL } : {}),
      ...(e.TTS_MODEL ? { model: e.TTS_MODEL } : {}),
      voices: { en: config.voiceEn, es: config.voiceEs },
      speed: config.speed,
      timeoutMs: config.timeoutMs,
      maxRetries: e.TTS_MAX_RETRIES,
      prewarm: e.TTS_PREWARM,
    },
    deps,
  );
  await tts.warmup();
  return tts;
}

export const elevenLabsTts = defineTtsProvider({
  name: 'elevenlabs',
  configSchema: elevenLabsTtsEnvSchema,
  create: createElevenLabsTts,
});
