/**
 * The OpenAI Realtime wire protocol at our edge: the server events we act on, validated with
 * zod (a known event with a bad shape is an error the session reports and survives), and the
 * client events we send, for the GA interface and the older beta one (which still takes a
 * temperature). The beta names of the audio/transcript deltas are accepted in both modes.
 */
import { z } from 'zod';
import type { HistoryItem, RealtimeSettings } from './types.ts';

export type OpenAiApi = 'ga' | 'beta';

const delta = z.object({ response_id: z.string(), item_id: z.string(), delta: z.string() });
const usage = z
  .object({
    input_tokens: z.number().int().nonnegative(),
    output_tokens: z.number().int().nonnegative(),
    total_tokens: z.number().int().nonnegative(),
  })
  .partial()
  .nullish();

/** Server events by type; types not listed here are ignored (deltas of parts we do not use). */
export const SERVER_EVENTS = {
  'session.created': z.object({ session: z.object({}).loose() }),
  'session.updated': z.object({ session: z.object({}).loose() }),
  'input_audio_buffer.speech_started': z.object({ item_id: z.string().optional() }),
  'input_audio_buffer.speech_stopped': z.object({ item_id: z.string().optional() }),
  'conversation.item.input_audio_transcription.delta': z.object({ item_id: z.string(), delta: z.string() }),
  'conversation.item.input_audio_transcription.completed': z.object({
    item_id: z.string(),
    transcript: z.string(),
  }),
  'conversation.item.input_audio_transcription.failed': z.object({
    item_id: z.string(),
    error: z.object({ message: z.string().optional() }).loose(),
  }),
  'response.created': z.object({ response: z.object({ id: z.string() }).loose() }),
  'response.output_audio.delta': delta,
  'response.audio.delta': delta,
  'response.output_audio_transcript.delta': delta,
  'response.audio_transcript.delta': delta,
  'response.output_text.delta': delta,
  'response.text.delta': delta,
  'response.output_item.done': z.object({
    response_id: z.string(),
    item: z
      .object({
        type: z.string(),
        call_id: z.string().optional(),
        name: z.string().optional(),
        arguments: z.string().optional(),
      })
      .loose(),
  }),
  'response.done': z.object({
    response: z
      .object({
        id: z.string(),
        status: z.enum(['completed', 'cancelled', 'failed', 'incomplete', 'in_progress']),
        status_details: z
          .object({
            type: z.string().optional(),
            reason: z.string().nullish(),
            error: z.object({ type: z.string().optional(), code: z.string().nullish() }).loose().nullish(),
          })
          .loose()
          .nullish(),
        usage,
      })
      .loose(),
  }),
  error: z.object({
    error: z.object({ type: z.string().optional(), code: z.string().nullish(), message: z.string() }).loose(),
  }),
} as const;

export type ServerEventType = keyof typeof SERVER_EVENTS;
export type ServerEvent = {
  [K in ServerEventType]: { type: K } & z.output<(typeof SERVER_EVENTS)[K]>;
}[ServerEventType];

export type Parsed =
  | { kind: 'event'; event: ServerEvent }
  | { kind: 'ignored'; type: string }
  | { kind: 'invalid'; message: string };

/** One text frame from the server → a typed event, an ignorable one, or why it is unusable. */
export function parseServerEvent(text: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'invalid', message: `unparsable message from the server: ${text.slice(0, 120)}` };
  }
  const type = (json as { type?: unknown } | null)?.type;
  if (typeof type !== 'string') return { kind: 'invalid', message: 'server message without a type' };
  const schema = (SERVER_EVENTS as Record<string, z.ZodType>)[type];
  if (!schema) return { kind: 'ignored', type };
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return { kind: 'invalid', message: `bad ${type} event: ${z.prettifyError(parsed.error).slice(0, 300)}` };
  return { kind: 'event', event: { ...(parsed.data as object), type } as ServerEvent };
}

/** The tool list as the Realtime API takes it: JSON Schema from our zod input schemas. */
export function toolDefinitions(settings: RealtimeSettings) {
  return settings.tools.map((t) => {
    const { $schema: _ignored, ...parameters } = z.toJSONSchema(t.inputSchema, {
      io: 'input',
      unrepresentable: 'any',
    });
    return { type: 'function' as const, name: t.name, description: t.description, parameters };
  });
}

const RATE = 24_000;

/** The `session.update` for the chosen interface. */
export function sessionUpdate(settings: RealtimeSettings, api: OpenAiApi) {
  const transcription = settings.transcriptionModel
    ? { model: settings.transcriptionModel, language: settings.language }
    : null;
  const noise = settings.noiseReduction === 'off' ? null : { type: settings.noiseReduction };
  // Server VAD ends the turn and cuts the reply itself; with ours, we commit and ask.
  const turn =
    settings.turnDetection === 'server'
      ? { type: 'server_vad', create_response: true, interrupt_response: true }
      : null;
  const tools = toolDefinitions(settings);
  if (api === 'beta') {
    return {
      type: 'session.update',
      session: {
        modalities: ['text', 'audio'],
        instructions: settings.instructions,
        voice: settings.voice,
        input_audio_format: 'pcm16',
        output_audio_format: 'pcm16',
        input_audio_transcription: transcription,
        input_audio_noise_reduction: noise,
        turn_detection: turn,
        tools,
        tool_choice: 'auto',
        ...(settings.temperature === undefined ? {} : { temperature: settings.temperature }),
        max_response_output_tokens: settings.maxOutputTokens ?? 'inf',
      },
    };
  }
  return {
    type: 'session.update',
    session: {
      type: 'realtime',
      instructions: settings.instructions,
      output_modalities: ['audio'],
      audio: {
        input: {
          format: { type: 'audio/pcm', rate: RATE },
          noise_reduction: noise,
          transcription,
          turn_detection: turn,
        },
        output: { format: { type: 'audio/pcm', rate: RATE }, voice: settings.voice },
      },
      tools,
      tool_choice: 'auto',
      max_output_tokens: settings.maxOutputTokens ?? 'inf',
    },
  };
}

export function historyItem(item: HistoryItem, api: OpenAiApi) {
  const type = item.role === 'user' ? 'input_text' : api === 'ga' ? 'output_text' : 'text';
  return {
    type: 'conversation.item.create',
    item: { type: 'message', role: item.role, content: [{ type, text: item.text }] },
  };
}

export function responseCreate(
  opts: { instructions?: string; toolChoice?: 'auto' | 'none'; audio?: boolean },
  api: OpenAiApi,
) {
  const modalities = opts.audio === false ? ['text'] : api === 'ga' ? ['audio'] : ['text', 'audio'];
  const response = {
    ...(opts.instructions === undefined ? {} : { instructions: opts.instructions }),
    ...(opts.toolChoice === undefined ? {} : { tool_choice: opts.toolChoice }),
    ...(opts.audio === false || api === 'beta'
      ? api === 'ga'
        ? { output_modalities: modalities }
        : { modalities }
      : {}),
  };
  return Object.keys(response).length > 0
    ? { type: 'response.create', response }
    : { type: 'response.create' };
}
