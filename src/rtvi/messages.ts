/**
 * RTVI 2.1.0 wire messages (what @pipecat-ai/client-js 1.13.1 speaks): zod schemas for every
 * client → server message, and builders for server → client messages that follow Pipecat's
 * `exclude_none` rule (null/undefined fields are omitted; payload-less events have no `data`).
 */
import { z } from 'zod';

export const RTVI_LABEL = 'rtvi-ai';
export const RTVI_PROTOCOL_VERSION = '2.1.0';

const id = z.string().min(1).max(128);

const aboutSchema = z.looseObject({
  library: z.string().optional(),
  library_version: z.string().optional(),
  platform: z.string().optional(),
});

export const clientReadySchema = z.object({
  type: z.literal('client-ready'),
  id,
  data: z
    .looseObject({ version: z.string().optional(), about: aboutSchema.optional() })
    .optional()
    .default({}),
});

const sendTextOptions = z
  .looseObject({
    run_immediately: z.boolean().optional().default(true),
    audio_response: z.boolean().optional().default(true),
  })
  .optional()
  .default({ run_immediately: true, audio_response: true });

export const sendTextSchema = z.object({
  type: z.literal('send-text'),
  id,
  data: z.looseObject({ content: z.string().min(1).max(10_000), options: sendTextOptions }),
});

/** Deprecated (removed in pipecat 1.0) but still sent by older clients: treated as send-text. */
export const appendToContextSchema = z.object({
  type: z.literal('append-to-context'),
  id,
  data: z.looseObject({
    role: z.enum(['user', 'assistant', 'system']).optional().default('user'),
    content: z.union([z.string().min(1).max(10_000), z.array(z.unknown())]),
    run_immediately: z.boolean().optional().default(false),
  }),
});

export const clientMessageSchema = z.object({
  type: z.literal('client-message'),
  id,
  data: z.looseObject({ t: z.string().min(1).max(256), d: z.unknown().optional() }),
});

export const functionCallResultSchema = z.object({
  type: z.literal('llm-function-call-result'),
  id,
  data: z.looseObject({
    function_name: z.string(),
    tool_call_id: z.string().min(1),
    arguments: z.unknown().optional(),
    result: z.unknown(),
  }),
});

export const disconnectBotSchema = z.object({
  type: z.literal('disconnect-bot'),
  id,
  data: z.unknown().optional(),
});

const dtmfKey = z.enum(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', 'A', 'B', 'C', 'D']);

export const dtmfSchema = z.object({
  type: z.literal('dtmf'),
  id,
  // 2.1 list form `{buttons: [...]}`; 2.0.x bots get per-key `{button}`: accept both.
  data: z.union([z.object({ buttons: z.array(dtmfKey).min(1).max(64) }), z.object({ button: dtmfKey })]),
});

export const clientMessageSchemas = {
  'client-ready': clientReadySchema,
  'send-text': sendTextSchema,
  'append-to-context': appendToContextSchema,
  'client-message': clientMessageSchema,
  'llm-function-call-result': functionCallResultSchema,
  'disconnect-bot': disconnectBotSchema,
  dtmf: dtmfSchema,
} as const;

export type RtviClientType = keyof typeof clientMessageSchemas;
export type RtviClientMessage = {
  [K in RtviClientType]: z.infer<(typeof clientMessageSchemas)[K]>;
}[RtviClientType];

/** The envelope every RTVI message shares; checked before the per-type schema. */
export const envelopeSchema = z.looseObject({
  label: z.literal(RTVI_LABEL),
  type: z.string().min(1).max(128),
  id: z.string().max(128).optional(),
  data: z.unknown().optional(),
});

export interface RtviServerMessage {
  label: typeof RTVI_LABEL;
  type: string;
  id?: string;
  data?: unknown;
}

export type ParsedClientMessage =
  | { ok: true; message: RtviClientMessage }
  | { ok: false; kind: 'not-rtvi' }
  | { ok: false; kind: 'unsupported'; type: string; id: string | undefined }
  | { ok: false; kind: 'invalid'; error: string; id: string | undefined };

/** Parses one client message (a JSON string or an already-parsed value). Never throws. */
export function parseClientMessage(raw: unknown): ParsedClientMessage {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (err) {
      return { ok: false, kind: 'invalid', error: `not JSON (${(err as Error).message})`, id: undefined };
    }
  }
  if (typeof value !== 'object' || value === null || (value as { label?: unknown }).label !== RTVI_LABEL) {
    return { ok: false, kind: 'not-rtvi' };
  }
  const env = envelopeSchema.safeParse(value);
  const rawId = (value as { id?: unknown }).id;
  const msgId = typeof rawId === 'string' ? rawId : undefined;
  if (!env.success) return { ok: false, kind: 'invalid', error: describeIssues(env.error), id: msgId };
  const schema = clientMessageSchemas[env.data.type as RtviClientType];
  if (!schema) return { ok: false, kind: 'unsupported', type: env.data.type, id: msgId };
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, kind: 'invalid', error: describeIssues(parsed.error), id: msgId };
  return { ok: true, message: parsed.data as RtviClientMessage };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** Removes null/undefined fields recursively (Pipecat's exclude_none). */
export function omitNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => omitNulls(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== null && v !== undefined) out[k] = omitNulls(v);
    }
    return out as T;
  }
  return value;
}

/** A server message; `data` undefined ⇒ no data key at all. */
export function serverMessage(type: string, data?: unknown, id?: string): RtviServerMessage {
  const msg: RtviServerMessage = { label: RTVI_LABEL, type };
  if (id !== undefined) msg.id = id;
  if (data !== undefined && data !== null) msg.data = omitNulls(data);
  return msg;
}

export function isRtviServerMessage(value: unknown): value is RtviServerMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { label?: unknown }).label === RTVI_LABEL &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/**
 * What an output-transport-message frame's payload becomes on the wire: an RTVI message as is,
 * `{type:'server-message', data}` (the shape the LLM layer uses for shop UI events) wrapped as a
 * `server-message`, anything else as `server-message` data. Undefined for empty payloads.
 */
export function toRtviServerMessage(message: unknown): RtviServerMessage | undefined {
  if (message === undefined || message === null) return undefined;
  if (isRtviServerMessage(message)) return message;
  if (
    typeof message === 'object' &&
    (message as { type?: unknown }).type === 'server-message' &&
    'data' in (message as object)
  ) {
    return serverMessage('server-message', (message as { data: unknown }).data);
  }
  return serverMessage('server-message', message);
}
