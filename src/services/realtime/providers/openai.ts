/**
 * OpenAI Realtime over WebSocket: one socket per session, configured with `session.update`
 * (voice, instructions, tools, turn detection, transcription, noise reduction, token cap), audio
 * in and out as base64 PCM16 at 24 kHz, and the server's events normalised to RealtimeEvents.
 * OPENAI_REALTIME_URL points it at a stand-in (tests, benches) or a proxy.
 */
import { z } from 'zod';
import { bytesToInt16, int16ToBytes } from '../../../audio/pcm16.ts';
import { childLogger } from '../../../log/logger.ts';
import { optionalText } from '../../llm/provider.ts';
import { ServiceError } from '../../service-base.ts';
import {
  closeError,
  connectWebSocket,
  frameText,
  sendJson,
  shutdown,
  type WebSocket,
} from '../../ws-client.ts';
import {
  historyItem,
  type OpenAiApi,
  parseServerEvent,
  responseCreate,
  type ServerEvent,
  sessionUpdate,
} from '../openai-events.ts';
import {
  defineRealtimeProvider,
  type RealtimeConnection,
  type RealtimeEvent,
  type RealtimeOpenOptions,
  type RealtimeSettings,
} from '../types.ts';

const PROVIDER = 'openai-realtime';
export const OPENAI_DEFAULT_URL = 'wss://api.openai.com/v1/realtime';
const RATE = 24_000;
const log = childLogger({ component: 'realtime', provider: PROVIDER });

export const openAiRealtime = defineRealtimeProvider({
  name: 'openai',
  defaultVoice: 'alloy',
  configSchema: z.object({
    OPENAI_REALTIME_URL: z
      .url()
      .default(OPENAI_DEFAULT_URL)
      .describe('Realtime WebSocket endpoint (a stand-in or proxy for tests); `?model=` is added'),
    OPENAI_REALTIME_MODEL: z.string().trim().min(1).default('gpt-realtime').describe('Realtime model'),
    OPENAI_REALTIME_API: z
      .enum(['ga', 'beta'])
      .default('ga')
      .describe(
        'Interface version: ga, or beta (`OpenAI-Beta: realtime=v1`, the only one taking a temperature)',
      ),
    OPENAI_REALTIME_TRANSCRIPTION_MODEL: optionalText
      .default('gpt-4o-mini-transcribe')
      .describe('Transcription of the shopper’s speech (captions, recording); `none` turns it off'),
  }),
  create(config) {
    const model = config.OPENAI_REALTIME_MODEL;
    return {
      provider: PROVIDER,
      model,
      open: (opts) => openConnection(config, opts),
    };
  },
});

type OpenAiConfig = {
  OPENAI_REALTIME_URL: string;
  OPENAI_REALTIME_MODEL: string;
  OPENAI_REALTIME_API: OpenAiApi;
  OPENAI_REALTIME_TRANSCRIPTION_MODEL: string | undefined;
  REALTIME_API_KEY: string | undefined;
  REALTIME_CONNECT_TIMEOUT_MS: number;
};

/** The transcription model to use: the settings' unless this provider's own says `none`. */
function withTranscription(settings: RealtimeSettings, config: OpenAiConfig): RealtimeSettings {
  const own = config.OPENAI_REALTIME_TRANSCRIPTION_MODEL;
  return {
    ...settings,
    transcriptionModel: own === 'none' ? undefined : (settings.transcriptionModel ?? own),
  };
}

async function openConnection(config: OpenAiConfig, opts: RealtimeOpenOptions): Promise<RealtimeConnection> {
  const api = config.OPENAI_REALTIME_API;
  const url = new URL(config.OPENAI_REALTIME_URL);
  url.searchParams.set('model', config.OPENAI_REALTIME_MODEL);
  const timeout = new AbortController();
  const timer = opts.clock.setTimer(
    () =>
      timeout.abort(
        new ServiceError(
          `${PROVIDER} did not set up a session within ${config.REALTIME_CONNECT_TIMEOUT_MS} ms`,
          {
            kind: 'timeout',
            provider: PROVIDER,
          },
        ),
      ),
    config.REALTIME_CONNECT_TIMEOUT_MS,
  );
  const signal = AbortSignal.any([opts.signal, timeout.signal]);
  try {
    let conn: OpenAiConnection | undefined;
    await connectWebSocket({
      url: url.toString(),
      provider: PROVIDER,
      headers: {
        ...(config.REALTIME_API_KEY ? { Authorization: `Bearer ${config.REALTIME_API_KEY}` } : {}),
        ...(api === 'beta' ? { 'OpenAI-Beta': 'realtime=v1' } : {}),
      },
      signal,
      beforeOpen: (ws) => {
        conn = new OpenAiConnection(ws, config.OPENAI_REALTIME_MODEL, api, opts);
      },
    });
    if (!conn) throw new Error('unreachable: the socket was created before it opened');
    await conn.setUp(withTranscription(opts.settings, config), opts.history, signal);
    return conn;
  } finally {
    timer.cancel();
  }
}

class OpenAiConnection implements RealtimeConnection {
  readonly provider = PROVIDER;
  readonly inputRate = RATE;
  readonly outputRate = RATE;
  readonly model: string;
  readonly #ws: WebSocket;
  readonly #api: OpenAiApi;
  readonly #opts: RealtimeOpenOptions;
  #created: { resolve: () => void; reject: (err: unknown) => void } | undefined;
  readonly #createdPromise: Promise<void>;
  #closing = false;
  #transcriptionModel: string | undefined;

  constructor(ws: WebSocket, model: string, api: OpenAiApi, opts: RealtimeOpenOptions) {
    this.#ws = ws;
    this.model = model;
    this.#api = api;
    this.#opts = opts;
    this.#createdPromise = new Promise<void>((resolve, reject) => {
      this.#created = { resolve, reject };
    });
    this.#createdPromise.catch(() => {}); // a failed handshake is reported by connectWebSocket
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        this.#emit({
          type: 'error',
          error: new Error(`${PROVIDER} sent a binary frame; it speaks JSON text`),
        });
        return;
      }
      this.#onMessage(frameText(data));
    });
    ws.on('close', (code, reason) => {
      const text = reason.toString('utf8');
      const error =
        this.#closing && code !== 1011
          ? undefined
          : closeError(PROVIDER, code, text, 'closed the connection');
      this.#created?.reject(
        error ??
          new ServiceError(`${PROVIDER} closed before the session was set up`, {
            kind: 'network',
            provider: PROVIDER,
          }),
      );
      this.#created = undefined;
      this.#emit(error ? { type: 'closed', error } : { type: 'closed' });
    });
  }

  /** Waits for `session.created`, then configures the session and replays the history. */
  async setUp(settings: RealtimeSettings, history: RealtimeOpenOptions['history'], signal: AbortSignal) {
    this.#transcriptionModel = settings.transcriptionModel;
    const created = this.#createdPromise;
    const onAbort = () => {
      this.#created?.reject(signal.reason);
      this.#ws.terminate();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      await created;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    this.#send(sessionUpdate(settings, this.#api));
    for (const item of history) this.#send(historyItem(item, this.#api));
  }

  sendAudio(pcm: Int16Array): void {
    if (pcm.length === 0) return;
    this.#send({
      type: 'input_audio_buffer.append',
      audio: Buffer.from(int16ToBytes(pcm)).toString('base64'),
    });
  }

  startActivity(): void {
    // Local turn detection: whatever was buffered before the shopper spoke is not their turn.
    this.#send({ type: 'input_audio_buffer.clear' });
  }

  endActivity(): void {
    this.#send({ type: 'input_audio_buffer.commit' });
  }

  addUserText(text: string): void {
    this.#send(historyItem({ role: 'user', text }, this.#api));
  }

  addToolResult(callId: string, _name: string, output: unknown): void {
    this.#send({
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: callId, output: JSON.stringify(output ?? null) },
    });
  }

  createResponse(opts: { instructions?: string; toolChoice?: 'auto' | 'none'; audio?: boolean } = {}): void {
    this.#send(responseCreate(opts, this.#api));
  }

  cancelResponse(): void {
    this.#send({ type: 'response.cancel' });
  }

  truncate(itemId: string, audioEndMs: number): void {
    this.#send({
      type: 'conversation.item.truncate',
      item_id: itemId,
      content_index: 0,
      audio_end_ms: Math.max(0, Math.floor(audioEndMs)),
    });
  }

  update(settings: RealtimeSettings): void {
    this.#send(sessionUpdate({ ...settings, transcriptionModel: this.#transcriptionModel }, this.#api));
  }

  async close(): Promise<void> {
    this.#closing = true;
    await shutdown(this.#ws, this.#opts.clock, 1000);
  }

  #send(message: unknown): void {
    // A closed socket drops the message: the close event already told the session.
    sendJson(this.#ws, message);
  }

  #emit(event: RealtimeEvent): void {
    try {
      this.#opts.onEvent(event);
    } catch (err) {
      log.error({ err, event: event.type }, 'realtime event handler failed');
    }
  }

  #onMessage(text: string): void {
    const parsed = parseServerEvent(text);
    if (parsed.kind === 'ignored') return;
    if (parsed.kind === 'invalid') {
      log.warn({ detail: parsed.message }, 'unusable realtime server message; ignored');
      this.#emit({ type: 'error', error: new Error(`${PROVIDER}: ${parsed.message}`) });
      return;
    }
    this.#onEvent(parsed.event);
  }

  #onEvent(e: ServerEvent): void {
    const event = this.#toEvent(e);
    if (event) this.#emit(event);
  }

  #toEvent(e: ServerEvent): RealtimeEvent | undefined {
    switch (e.type) {
      case 'session.created':
        this.#created?.resolve();
        this.#created = undefined;
        return undefined;
      case 'session.updated':
        return { type: 'session-ready' };
      case 'input_audio_buffer.speech_started':
        return { type: 'speech-started' };
      case 'input_audio_buffer.speech_stopped':
        return { type: 'speech-stopped' };
      case 'conversation.item.input_audio_transcription.delta':
        return { type: 'user-transcript', itemId: e.item_id, text: e.delta, final: false };
      case 'conversation.item.input_audio_transcription.completed':
        return {
          type: 'user-transcript',
          itemId: e.item_id,
          text: e.transcript.trim(),
          final: true,
        };
      case 'conversation.item.input_audio_transcription.failed':
        return {
          type: 'error',
          error: new Error(
            `${PROVIDER} could not transcribe the shopper: ${e.error.message ?? 'unknown reason'}`,
          ),
        };
      case 'response.created':
        return { type: 'response-started', responseId: e.response.id };
      case 'response.output_audio.delta':
      case 'response.audio.delta': {
        const bytes = Buffer.from(e.delta, 'base64');
        return {
          type: 'audio',
          responseId: e.response_id,
          itemId: e.item_id,
          audio: bytesToInt16(bytes.subarray(0, bytes.length & ~1)),
        };
      }
      case 'response.output_audio_transcript.delta':
      case 'response.audio_transcript.delta':
      case 'response.output_text.delta':
      case 'response.text.delta':
        return { type: 'text', responseId: e.response_id, itemId: e.item_id, text: e.delta };
      case 'response.output_item.done':
        if (e.item.type !== 'function_call') return undefined;
        return {
          type: 'function-call',
          responseId: e.response_id,
          callId: e.item.call_id ?? '',
          name: e.item.name ?? '',
          arguments: e.item.arguments ?? '',
        };
      case 'response.done': {
        const r = e.response;
        const status = r.status === 'in_progress' ? 'incomplete' : r.status;
        const u = r.usage;
        const reason =
          r.status_details?.error?.code ?? r.status_details?.error?.type ?? r.status_details?.reason;
        return {
          type: 'response-done',
          responseId: r.id,
          status,
          usage: u
            ? {
                inputTokens: u.input_tokens ?? 0,
                outputTokens: u.output_tokens ?? 0,
                totalTokens: u.total_tokens ?? 0,
              }
            : undefined,
          ...(status === 'failed' ? { error: responseError(reason ?? 'unknown') } : {}),
        };
      }
      case 'error':
        return { type: 'error', error: inBandError(e.error) };
    }
  }
}

const RATE_LIMIT = /rate_limit|quota|too_many/i;

function responseError(reason: string): ServiceError {
  const rate = RATE_LIMIT.test(reason);
  return new ServiceError(
    rate
      ? `${PROVIDER} refused the reply: rate limit (${reason}); the shopper can try again shortly`
      : `${PROVIDER} failed the reply: ${reason}`,
    { kind: rate ? 'rate-limit' : 'unavailable', provider: PROVIDER },
  );
}

function inBandError(err: { type?: string | undefined; code?: string | null | undefined; message: string }) {
  const code = err.code ?? err.type ?? 'error';
  const kind = RATE_LIMIT.test(code)
    ? 'rate-limit'
    : err.type === 'server_error'
      ? 'unavailable'
      : 'bad-request';
  return new ServiceError(`${PROVIDER} error ${code}: ${err.message}`, { kind, provider: PROVIDER });
}
