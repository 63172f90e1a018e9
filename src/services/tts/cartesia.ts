/**
 * Cartesia streaming speech over its TTS WebSocket (documented wire format, API version
 * 2024-11-13): `wss://api.cartesia.ai/tts/websocket`, headers `X-API-Key` + `Cartesia-Version`.
 * Each sentence is one context on ONE shared socket: the client sends
 * `{model_id, transcript, voice:{mode:"id",id}, language, context_id, output_format:{container:"raw",
 * encoding:"pcm_s16le", sample_rate}, continue:false}`; the server answers
 * `{type:"chunk", data:<base64>, context_id}` … `{type:"done", context_id}` or
 * `{type:"error", error, status_code, context_id}`. Interruption sends `{context_id, cancel:true}`
 * and drops whatever still arrives for that context; the socket stays open for the next turn.
 *
 * The socket is opened by `warmup()` (a refused key fails at startup) and reopened on demand
 * after a drop, through `ServiceBase.run` like every attempt.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ServiceBase, ServiceError } from '../service-base.ts';
import {
  closeError,
  connectWebSocket,
  frameText,
  Pcm16Decoder,
  sendJson,
  shutdown,
  type WebSocket,
} from '../ws-client.ts';
import { AsyncQueue } from './async-queue.ts';
import { defineTtsProvider, type TtsConfig, type TtsFactoryDeps } from './provider.ts';
import type { SynthesizeOptions, TtsDeps, TtsService } from './types.ts';
import { deliverSpeech, pickNativeRate, providerVoice, type WsSynthesis } from './ws-speech.ts';

const PROVIDER = 'cartesia';
const CARTESIA_URL = 'wss://api.cartesia.ai';
export const CARTESIA_RATES = [8000, 16_000, 22_050, 24_000, 44_100, 48_000] as const;
/** "Barbershop Man", the voice of Cartesia's own examples; used when TTS_VOICE_EN/ES hold offline names. */
const DEFAULT_VOICE = 'a0e99841-438c-4a64-b679-ae501e7d6091';
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

export const cartesiaTtsEnvSchema = z.object({
  CARTESIA_API_KEY: optionalString.describe('Cartesia API key'),
  CARTESIA_VERSION: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default('2024-11-13')
    .describe('Cartesia-Version header'),
  TTS_MODEL: z.string().min(1).optional().describe('Speech model (sonic-3, sonic-2, …)'),
  TTS_BASE_URL: optionalString.describe('Server (default wss://api.cartesia.ai)'),
  TTS_MAX_RETRIES: z.coerce
    .number()
    .int()
    .min(0)
    .max(5)
    .default(1)
    .describe('Retries before the first audio'),
});

export interface CartesiaTtsOptions {
  apiKey: string;
  version?: string;
  baseUrl?: string;
  model?: string;
  voices: { en: string; es: string };
  timeoutMs?: number;
  maxRetries?: number;
  /** First retry delay (doubles per retry). */
  retryIntervalMs?: number;
}

interface Context {
  onMessage(msg: z.infer<typeof serverMessage>): void;
  fail(err: ServiceError): void;
}

export class CartesiaTtsService extends ServiceBase implements TtsService {
  readonly capabilities = { streaming: false } as const;
  readonly #opts: CartesiaTtsOptions;
  readonly #url: string;
  readonly #contexts = new Map<string, Context>();
  #ws: Promise<WebSocket> | undefined;
  #open: WebSocket | undefined;
  #closed = false;

  constructor(opts: CartesiaTtsOptions, deps: TtsDeps = {}) {
    super({
      provider: PROVIDER,
      model: opts.model ?? 'sonic-3',
      options: {
        timeoutMs: opts.timeoutMs ?? 10_000,
        maxRetries: opts.maxRetries ?? 1,
        retryIntervalMs: opts.retryIntervalMs ?? 250,
      },
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
    this.#opts = opts;
    const base = (opts.baseUrl ?? CARTESIA_URL).replace(/^http(s?):/i, 'ws$1:').replace(/\/+$/, '');
    this.#url = base.endsWith('/tts/websocket') ? base : `${base}/tts/websocket`;
  }

  synthesize(text: string, opts: SynthesizeOptions): AsyncIterable<Int16Array> {
    if (this.#closed)
      throw new ServiceError('TTS service is closed', { kind: 'internal', provider: PROVIDER });
    if (!Number.isInteger(opts.sampleRate) || opts.sampleRate < 8000 || opts.sampleRate > 48_000)
      throw new ServiceError(`Unsupported output sample rate ${opts.sampleRate}`, {
        kind: 'bad-request',
        provider: PROVIDER,
      });
    const transcript = text.trim();
    if (!transcript) return (async function* () {})();
    const nativeRate = pickNativeRate(opts.sampleRate, CARTESIA_RATES);
    const request = {
      model_id: this.model,
      transcript,
      voice: { mode: 'id', id: providerVoice(opts.voice, opts.language, this.#opts.voices, DEFAULT_VOICE) },
      language: opts.language?.trim().toLowerCase().split(/[-_]/)[0] || 'en',
      output_format: { container: 'raw', encoding: 'pcm_s16le', sample_rate: nativeRate },
      continue: false,
    };
    return deliverSpeech({
      provider: PROVIDER,
      run: (fn, signal) => this.run(fn, signal),
      clock: this.clock,
      start: (signal) => this.#start(request, signal),
      nativeRate,
      sampleRate: opts.sampleRate,
      signal: opts.signal,
      stallMs: this.options.timeoutMs,
    });
  }

  /** Opens the shared socket now; a refused key or an unreachable server fails here. */
  async warmup(signal?: AbortSignal): Promise<void> {
    if (this.#closed) return;
    await this.run((s) => this.#socket(s), signal);
  }

  /** Contexts still registered (tests check that cancelled and finished ones are gone). */
  get activeContexts(): number {
    return this.#contexts.size;
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const ctx of this.#contexts.values())
      ctx.fail(new ServiceError('TTS service closed', { kind: 'aborted', provider: PROVIDER }));
    this.#contexts.clear();
    const ws = await this.#ws?.catch(() => undefined);
    this.#ws = undefined;
    if (ws) await shutdown(ws, this.clock, 500);
  }

  /** The shared socket, (re)connecting when there is none. */
  #socket(signal: AbortSignal): Promise<WebSocket> {
    if (!this.#ws) {
      // Not tied to one caller's signal: other sentences share this connect.
      const ctl = new AbortController();
      const timer = this.clock.setTimer(
        () => ctl.abort(timeoutError(this.options.timeoutMs)),
        this.options.timeoutMs,
      );
      const pending = connectWebSocket({
        url: this.#url,
        provider: PROVIDER,
        headers: {
          'x-api-key': this.#opts.apiKey,
          'cartesia-version': this.#opts.version ?? '2024-11-13',
        },
        signal: ctl.signal,
      }).finally(() => timer.cancel());
      this.#ws = pending;
      pending.then(
        (ws) => this.#attach(ws, pending),
        () => {
          if (this.#ws === pending) this.#ws = undefined;
        },
      );
    }
    return raceSignal(this.#ws, signal);
  }

  #attach(ws: WebSocket, pending: Promise<WebSocket>): void {
    if (this.#closed) {
      ws.terminate();
      return;
    }
    this.#open = ws;
    ws.on('message', (data) => {
      const parsed = serverMessage.safeParse(safeJson(frameText(data)));
      if (!parsed.success || !parsed.data.context_id) return;
      this.#contexts.get(parsed.data.context_id)?.onMessage(parsed.data);
    });
    ws.on('close', (code, reason) => {
      if (this.#ws === pending) this.#ws = undefined;
      if (this.#open === ws) this.#open = undefined;
      const err = closeError(PROVIDER, code, reason.toString('utf8'));
      for (const ctx of [...this.#contexts.values()]) ctx.fail(err);
    });
  }

  async #start(request: Record<string, unknown>, signal: AbortSignal): Promise<WsSynthesis> {
    const ws = await this.#socket(signal);
    const contextId = randomUUID();
    const audio = new AsyncQueue<Int16Array>();
    const decoder = new Pcm16Decoder();
    const finish = (err?: ServiceError) => {
      if (!this.#contexts.delete(contextId)) return;
      if (err) audio.fail(err);
      else audio.end();
    };
    this.#contexts.set(contextId, {
      onMessage: (msg) => {
        if (msg.type === 'chunk' && msg.data) {
          const pcm = decoder.push(Buffer.from(msg.data, 'base64'));
          if (pcm.length > 0) audio.push(pcm);
        } else if (msg.type === 'error') {
          finish(
            ServiceError.fromHttpStatus(PROVIDER, msg.status_code ?? 500, msg.error ?? 'synthesis failed'),
          );
        }
        if (msg.done === true || msg.type === 'done') finish();
      },
      fail: (err) => finish(err),
    });
    if (!sendJson(ws, { ...request, context_id: contextId }))
      finish(
        new ServiceError('Cartesia socket closed before the request was sent', {
          kind: 'network',
          provider: PROVIDER,
        }),
      );
    const cancel = () => {
      if (!this.#contexts.has(contextId)) return;
      sendJson(ws, { context_id: contextId, cancel: true });
      finish(new ServiceError('Cartesia synthesis cancelled', { kind: 'aborted', provider: PROVIDER }));
    };
    return { audio, cancel };
  }
}

const serverMessage = z.object({
  type: z.string(),
  context_id: z.string().optional(),
  data: z.string().nullable().optional(),
  done: z.boolean().optional(),
  error: z
    .string()
    .nullable()
    .optional()
    .transform((v) => v ?? undefined),
  status_code: z.number().int().optional(),
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function timeoutError(ms: number): ServiceError {
  return new ServiceError(`Cartesia did not accept the connection within ${ms} ms`, {
    kind: 'timeout',
    provider: PROVIDER,
  });
}

function raceSignal<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** TTS_PROVIDER=cartesia (registered in registry.ts). */
export async function createCartesiaTts(
  config: TtsConfig<z.output<typeof cartesiaTtsEnvSchema>>,
  deps: TtsFactoryDeps,
): Promise<TtsService> {
  const e = config.options;
  if (!e.CARTESIA_API_KEY)
    throw new ServiceError('TTS_PROVIDER=cartesia needs CARTESIA_API_KEY (play.cartesia.ai → API keys)', {
      kind: 'config',
      provider: PROVIDER,
    });
  const tts = new CartesiaTtsService(
    {
      apiKey: e.CARTESIA_API_KEY,
      version: e.CARTESIA_VERSION,
      ...(e.TTS_BASE_URL ? { baseUrl: e.TTS_BASE_URL } : {}),
      ...(e.TTS_MODEL ? { model: e.TTS_MODEL } : {}),
      voices: { en: config.voiceEn, es: config.voiceEs },
      timeoutMs: config.timeoutMs,
      maxRetries: e.TTS_MAX_RETRIES,
    },
    deps,
  );
  try {
    await tts.warmup(deps.signal);
  } catch (err) {
    await tts.close();
    throw err;
  }
  return tts;
}

export const cartesiaTts = defineTtsProvider({
  name: 'cartesia',
  configSchema: cartesiaTtsEnvSchema,
  create: createCartesiaTts,
});
