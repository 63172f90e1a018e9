/**
 * Gemini Live through `@google/genai`: one Live session per shopper, configured at set-up
 * (voice, system instruction, our shop tools as JSON Schema, automatic or manual activity
 * detection, input and output transcription, temperature, token cap), 16 kHz PCM16 in and
 * 24 kHz out, server messages normalised to RealtimeEvents. Gemini has no response ids, no
 * cancel and no truncation: a reply is the model turn between two turnComplete/interrupted
 * marks, a barge-in is its own VAD's `interrupted` (or ours: activityStart), and the server
 * keeps what it generated. GEMINI_LIVE_BASE_URL points it at a stand-in.
 */
import { GoogleGenAI, type LiveServerMessage, Modality, type Session } from '@google/genai';
import { z } from 'zod';
import { bytesToInt16, int16ToBytes } from '../../../audio/pcm16.ts';
import { childLogger } from '../../../log/logger.ts';
import { ServiceError } from '../../service-base.ts';
import { closeError } from '../../ws-client.ts';
import { toolDefinitions } from '../openai-events.ts';
import {
  defineRealtimeProvider,
  type RealtimeConnection,
  type RealtimeEvent,
  type RealtimeOpenOptions,
  type RealtimeSettings,
} from '../types.ts';

const PROVIDER = 'gemini-live';
const log = childLogger({ component: 'realtime', provider: PROVIDER });

export const geminiLive = defineRealtimeProvider({
  name: 'gemini',
  defaultVoice: 'Puck',
  configSchema: z.object({
    GEMINI_LIVE_MODEL: z
      .string()
      .trim()
      .min(1)
      .default('gemini-live-2.5-flash-preview')
      .describe('Gemini Live model'),
    GEMINI_LIVE_BASE_URL: z
      .url()
      .optional()
      .describe('Base URL of the Gemini API (a stand-in or proxy); default: Google’s'),
  }),
  create(config) {
    const model = config.GEMINI_LIVE_MODEL;
    return { provider: PROVIDER, model, open: (opts) => openGemini(config, opts) };
  },
});

type GeminiConfig = {
  GEMINI_LIVE_MODEL: string;
  GEMINI_LIVE_BASE_URL?: string | undefined;
  REALTIME_API_KEY: string | undefined;
  REALTIME_CONNECT_TIMEOUT_MS: number;
};

function liveConfig(settings: RealtimeSettings) {
  return {
    responseModalities: [Modality.AUDIO],
    systemInstruction: settings.instructions,
    speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: settings.voice } } },
    tools: [
      {
        functionDeclarations: toolDefinitions(settings).map((t) => ({
          name: t.name,
          description: t.description,
          parametersJsonSchema: t.parameters,
        })),
      },
    ],
    realtimeInputConfig: { automaticActivityDetection: { disabled: settings.turnDetection === 'local' } },
    inputAudioTranscription: {},
    outputAudioTranscription: {},
    ...(settings.temperature === undefined ? {} : { temperature: settings.temperature }),
    ...(settings.maxOutputTokens === undefined ? {} : { maxOutputTokens: settings.maxOutputTokens }),
  };
}

async function openGemini(config: GeminiConfig, opts: RealtimeOpenOptions): Promise<RealtimeConnection> {
  const ai = new GoogleGenAI({
    apiKey: config.REALTIME_API_KEY ?? '',
    ...(config.GEMINI_LIVE_BASE_URL ? { httpOptions: { baseUrl: config.GEMINI_LIVE_BASE_URL } } : {}),
  });
  const conn = new GeminiConnection(config.GEMINI_LIVE_MODEL, opts);
  const timeout = new Promise<never>((_, reject) => {
    const timer = opts.clock.setTimer(
      () =>
        reject(
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
    conn.onSettled = () => timer.cancel();
  });
  timeout.catch(() => {});
  const connecting = ai.live.connect({
    model: config.GEMINI_LIVE_MODEL,
    config: liveConfig(opts.settings),
    callbacks: {
      onmessage: (m) => conn.onMessage(m),
      onerror: (e) => log.debug({ err: (e as { message?: string }).message }, 'gemini live socket error'),
      onclose: (e) => conn.onClose(e.code, e.reason),
    },
  });
  try {
    const session = await Promise.race([connecting, timeout]);
    conn.attach(session);
  } catch (err) {
    void connecting.then((s) => s.close()).catch(() => undefined);
    throw toServiceError(err);
  } finally {
    conn.onSettled?.();
  }
  conn.replay(opts.history);
  return conn;
}

function toServiceError(err: unknown): ServiceError {
  if (err instanceof ServiceError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const code = Number(/code (\d+)/.exec(message)?.[1] ?? 1006);
  return closeError(PROVIDER, code, message, 'refused the session');
}

class GeminiConnection implements RealtimeConnection {
  readonly provider = PROVIDER;
  readonly inputRate = 16_000;
  readonly outputRate = 24_000;
  readonly model: string;
  readonly #opts: RealtimeOpenOptions;
  #session: Session | undefined;
  #closing = false;
  #turn = 0;
  #inTurn = false;
  #userText = '';
  #userItem = 0;
  #userSpeaking = false;
  /** The model answers on its own after tool results and after our activityEnd. */
  #autoReply = false;
  #usage: { inputTokens: number; outputTokens: number; totalTokens: number } | undefined;
  onSettled: (() => void) | undefined;

  constructor(model: string, opts: RealtimeOpenOptions) {
    this.model = model;
    this.#opts = opts;
  }

  attach(session: Session): void {
    this.#session = session;
    // The SDK parses each frame in a promise nobody awaits: a non-JSON frame from a broken
    // server or proxy would be an unhandled rejection. Check frames before it sees them.
    const ws = (
      session as unknown as { conn?: { ws?: { onmessage: ((ev: { data: unknown }) => void) | null } } }
    ).conn?.ws;
    const parse = ws?.onmessage;
    if (ws && parse) {
      ws.onmessage = (ev) => {
        const text =
          typeof ev.data === 'string' ? ev.data : Buffer.from(ev.data as ArrayBuffer).toString('utf8');
        try {
          JSON.parse(text);
        } catch {
          log.warn({ detail: text.slice(0, 120) }, 'unusable gemini live message; ignored');
          this.#emit({
            type: 'error',
            error: new Error(`${PROVIDER}: unparsable message from the server: ${text.slice(0, 120)}`),
          });
          return;
        }
        parse(ev);
      };
    }
  }

  replay(history: RealtimeOpenOptions['history']): void {
    if (history.length === 0) return;
    this.#session?.sendClientContent({
      turns: history.map((h) => ({ role: h.role === 'user' ? 'user' : 'model', parts: [{ text: h.text }] })),
      turnComplete: false,
    });
  }

  #emit(event: RealtimeEvent): void {
    try {
      this.#opts.onEvent(event);
    } catch (err) {
      log.error({ err, event: event.type }, 'realtime event handler failed');
    }
  }

  #responseId(): string {
    if (!this.#inTurn) {
      if (this.#userSpeaking) {
        this.#userSpeaking = false;
        this.#emit({ type: 'speech-stopped' });
      }
      this.#inTurn = true;
      this.#turn++;
      this.#finishUserText();
      this.#emit({ type: 'response-started', responseId: `turn-${this.#turn}` });
    }
    return `turn-${this.#turn}`;
  }

  #finishUserText(): void {
    if (!this.#userText.trim()) return;
    this.#emit({
      type: 'user-transcript',
      itemId: `in-${this.#userItem}`,
      text: this.#userText.trim(),
      final: true,
    });
    this.#userText = '';
    this.#userItem++;
  }

  #endTurn(status: 'completed' | 'cancelled'): void {
    if (!this.#inTurn) return;
    this.#inTurn = false;
    this.#emit({ type: 'response-done', responseId: `turn-${this.#turn}`, status, usage: this.#usage });
    this.#usage = undefined;
  }

  onMessage(m: LiveServerMessage): void {
    try {
      this.#onMessage(m);
    } catch (err) {
      this.#emit({
        type: 'error',
        error: new Error(`${PROVIDER}: bad server message: ${(err as Error).message}`),
      });
    }
  }

  #onMessage(m: LiveServerMessage): void {
    if (m.usageMetadata) {
      const u = m.usageMetadata;
      this.#usage = {
        inputTokens: u.promptTokenCount ?? 0,
        outputTokens: u.responseTokenCount ?? 0,
        totalTokens: u.totalTokenCount ?? 0,
      };
    }
    const sc = m.serverContent;
    if (sc) {
      if (sc.inputTranscription?.text) {
        // Gemini sends no speech-start event: its first words of a turn are the sign the
        // shopper is talking (a barge-in while our output still plays what it generated).
        if (!this.#userSpeaking) {
          this.#userSpeaking = true;
          this.#emit({ type: 'speech-started' });
        }
        this.#userText += sc.inputTranscription.text;
        this.#emit({
          type: 'user-transcript',
          itemId: `in-${this.#userItem}`,
          text: this.#userText.trim(),
          final: false,
        });
      }
      if (sc.interrupted) {
        this.#emit({ type: 'interrupted' });
        this.#endTurn('cancelled');
      }
      for (const part of sc.modelTurn?.parts ?? []) {
        const data = part.inlineData?.data;
        if (data) {
          const bytes = Buffer.from(data, 'base64');
          this.#emit({
            type: 'audio',
            responseId: this.#responseId(),
            itemId: `turn-${this.#turn}`,
            audio: bytesToInt16(bytes.subarray(0, bytes.length & ~1)),
          });
        } else if (part.text && !part.thought) {
          this.#emit({
            type: 'text',
            responseId: this.#responseId(),
            itemId: `turn-${this.#turn}`,
            text: part.text,
          });
        }
      }
      if (sc.outputTranscription?.text)
        this.#emit({
          type: 'text',
          responseId: this.#responseId(),
          itemId: `turn-${this.#turn}`,
          text: sc.outputTranscription.text,
        });
      if (sc.turnComplete) {
        this.#finishUserText();
        this.#endTurn('completed');
      }
    }
    if (m.toolCall?.functionCalls?.length) {
      const responseId = this.#responseId();
      for (const c of m.toolCall.functionCalls)
        this.#emit({
          type: 'function-call',
          responseId,
          callId: c.id ?? '',
          name: c.name ?? '',
          arguments: JSON.stringify(c.args ?? {}),
        });
      // The model waits for the results: this turn is over as far as the session is concerned.
      this.#endTurn('completed');
    }
    if (m.goAway) log.info({ timeLeft: m.goAway.timeLeft }, 'gemini live session ending soon (goAway)');
  }

  onClose(code: number, reason: string): void {
    this.onSettled?.();
    if (!this.#session) return; // the set-up failed: connect() reports it
    const error = this.#closing && code !== 1011 ? undefined : closeError(PROVIDER, code, reason);
    this.#session = undefined;
    this.#emit(error ? { type: 'closed', error } : { type: 'closed' });
  }

  sendAudio(pcm: Int16Array): void {
    if (pcm.length === 0) return;
    this.#session?.sendRealtimeInput({
      audio: { data: Buffer.from(int16ToBytes(pcm)).toString('base64'), mimeType: 'audio/pcm;rate=16000' },
    });
  }

  startActivity(): void {
    this.#session?.sendRealtimeInput({ activityStart: {} });
  }

  endActivity(): void {
    this.#autoReply = true;
    this.#session?.sendRealtimeInput({ activityEnd: {} });
  }

  addUserText(text: string): void {
    this.#session?.sendClientContent({ turns: [{ role: 'user', parts: [{ text }] }], turnComplete: false });
  }

  addToolResult(callId: string, name: string, output: unknown): void {
    this.#autoReply = true;
    const response =
      typeof output === 'object' && output !== null && !Array.isArray(output) ? output : { output };
    this.#session?.sendToolResponse({
      functionResponses: [{ id: callId, name, response: response as Record<string, unknown> }],
    });
  }

  createResponse(opts: { instructions?: string } = {}): void {
    if (opts.instructions) {
      this.#session?.sendClientContent({
        turns: [{ role: 'user', parts: [{ text: opts.instructions }] }],
        turnComplete: true,
      });
      return;
    }
    if (this.#autoReply) {
      this.#autoReply = false;
      return;
    }
    this.#session?.sendClientContent({ turnComplete: true });
  }

  cancelResponse(): void {
    // No cancel in Gemini Live: the next input interrupts the turn; the session drops its audio.
  }

  truncate(): void {
    // Gemini keeps the turn as generated; what was heard is in our history and recording.
  }

  update(): void {
    log.warn('gemini live cannot change a session’s set-up; the new agent applies from the next connection');
  }

  async close(): Promise<void> {
    this.#closing = true;
    this.#session?.close();
  }
}
