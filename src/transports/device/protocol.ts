/**
 * The device protocol (issue #16): JSON messages over one WebSocket, each with a `sequence`
 * (per sender, strictly increasing across reconnects of one session) and a `timestamp` (the
 * sender's wall clock, ms since the epoch), plus binary audio frames as an option next to base64
 * JSON. These zod schemas are the protocol: the server validates with them, the CLI client uses
 * them too, and docs/device-protocol.md carries their JSON Schema (`deviceProtocolJsonSchema`).
 */
import { z } from 'zod';

export const DEVICE_PROTOCOL_VERSION = 1;

export const audioFormatSchema = z
  .enum(['opus', 'pcm16'])
  .describe('opus: one Opus packet per chunk (16 kHz mono, 20 ms); pcm16: little-endian 16-bit mono');
export type AudioFormat = z.infer<typeof audioFormatSchema>;

/** Rates PCM16 may come at (resampled to the pipeline's); Opus is always 16 kHz. */
export const PCM_RATES = [8000, 16000, 24000, 48000] as const;
export const OPUS_RATE = 16000;
export const OPUS_FRAME_MS = 20;

const envelope = {
  sequence: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .describe('Per sender, strictly increasing'),
  timestamp: z.number().nonnegative().describe("Sender's wall clock, ms since the epoch"),
};

const audioSpec = z.object({
  format: audioFormatSchema,
  sampleRate: z.number().int().describe('16000 for opus; 8000, 16000, 24000 or 48000 for pcm16'),
});

// ── device → server ─────────────────────────────────────────────────────────

export const handshakeSchema = z.object({
  type: z.literal('handshake'),
  ...envelope,
  protocolVersion: z.literal(DEVICE_PROTOCOL_VERSION),
  deviceId: z.string().min(1).max(100).optional().describe('Or the x-device-id header'),
  secret: z.string().min(1).max(200).optional().describe('Or the authorization: Bearer header'),
  mode: z.enum(['push-to-talk', 'open-mic']).default('push-to-talk'),
  audio: z
    .object({
      input: audioSpec.describe('What the device sends'),
      output: audioSpec.describe('What the device wants to play'),
      binary: z
        .boolean()
        .default(false)
        .describe('Audio as binary frames (both ways) instead of base64 JSON'),
    })
    .default({
      input: { format: 'opus', sampleRate: OPUS_RATE },
      output: { format: 'opus', sampleRate: OPUS_RATE },
      binary: false,
    }),
  resume: z
    .object({ sessionId: z.string().min(1).max(100) })
    .optional()
    .describe('Reconnecting within the grace window: continue this session'),
  client: z
    .object({ name: z.string().max(100), version: z.string().max(50) })
    .partial()
    .optional(),
});

export const audioChunkSchema = z.object({
  type: z.literal('audio_chunk'),
  ...envelope,
  data: z.string().max(1_000_000).describe('base64 audio (may be empty on the final chunk)'),
  format: audioFormatSchema,
  sampleRate: z.number().int(),
  duration: z.number().nonnegative().max(10_000).describe('ms of audio in this chunk'),
  isFinal: z
    .boolean()
    .default(false)
    .describe('Last chunk of the utterance: push-to-talk ends the turn here'),
});

export const controlCommandSchema = z.enum([
  'start_recording',
  'stop_recording',
  'switch_agent',
  'emergency_stop',
]);

export const controlSchema = z.object({
  type: z.literal('control'),
  ...envelope,
  command: controlCommandSchema,
  agent: z.string().min(1).max(100).optional().describe('switch_agent: the agent profile id'),
  reason: z.string().max(200).optional().describe('emergency_stop: why'),
});

export const heartbeatSchema = z.object({ type: z.literal('heartbeat'), ...envelope });

export const deviceMessageSchema = z.discriminatedUnion('type', [
  handshakeSchema,
  audioChunkSchema,
  controlSchema,
  heartbeatSchema,
]);
export type DeviceMessage = z.infer<typeof deviceMessageSchema>;
export type DeviceHandshake = z.infer<typeof handshakeSchema>;
export type DeviceAudioChunk = z.infer<typeof audioChunkSchema>;
export type DeviceControl = z.infer<typeof controlSchema>;
export const DEVICE_MESSAGE_TYPES = ['handshake', 'audio_chunk', 'control', 'heartbeat'] as const;

// ── server → device ─────────────────────────────────────────────────────────

export const configSchema = z.object({
  type: z.literal('config'),
  ...envelope,
  sessionId: z.string(),
  resumed: z.boolean(),
  assistant: z.object({
    agent: z.string(),
    name: z.string(),
    personality: z.string().describe('The agent profile’s persona (instructions), first lines'),
    voice: z.string().optional(),
    language: z.string(),
  }),
  mode: z.enum(['push-to-talk', 'open-mic']),
  audio: z.object({
    input: audioSpec.extend({ frameMs: z.number() }),
    output: audioSpec.extend({ frameMs: z.number() }),
    binary: z.boolean(),
  }),
  features: z.object({
    bargeIn: z.boolean(),
    switchAgent: z.boolean(),
    emergencyStop: z.boolean(),
  }),
  heartbeat: z.object({ intervalMs: z.number(), timeoutMs: z.number() }),
  resume: z.object({ graceMs: z.number(), maxBufferedMs: z.number() }),
  limits: z.object({ maxChunkBytes: z.number(), maxMessagesPerSecond: z.number() }),
});

export const serverAudioChunkSchema = audioChunkSchema.extend({
  isFinal: z.boolean().describe('Last chunk of the reply'),
});

export const clearSchema = z
  .object({ type: z.literal('clear'), ...envelope })
  .describe('Barge-in: drop every reply chunk not yet played');

export const transcriptSchema = z.object({
  type: z.literal('transcript'),
  ...envelope,
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  final: z.boolean(),
});

export const eventSchema = z.object({
  type: z.literal('event'),
  ...envelope,
  name: z.enum([
    'user_started_speaking',
    'user_stopped_speaking',
    'bot_started_speaking',
    'bot_stopped_speaking',
    'ui',
    'agent_switched',
  ]),
  data: z.unknown().optional(),
});

export const errorCodeSchema = z.enum([
  'invalid_json',
  'invalid_message',
  'unknown_type',
  'handshake_required',
  'already_handshaken',
  'sequence_repeated',
  'sequence_out_of_order',
  'chunk_too_large',
  'unsupported_audio',
  'bad_audio',
  'rate_limited',
  'unauthorized',
  'revoked',
  'resume_failed',
  'control_failed',
  'pipeline_error',
]);
export type DeviceErrorCode = z.infer<typeof errorCodeSchema>;

export const errorSchema = z.object({
  type: z.literal('error'),
  ...envelope,
  code: errorCodeSchema,
  message: z.string(),
  fatal: z.boolean().describe('true: the server closes the socket after this'),
  refSequence: z.number().int().optional().describe('The sequence of the message refused'),
});

export const serverHeartbeatSchema = heartbeatSchema;

export const serverMessageSchema = z.discriminatedUnion('type', [
  configSchema,
  serverAudioChunkSchema,
  clearSchema,
  transcriptSchema,
  eventSchema,
  serverHeartbeatSchema,
  errorSchema,
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
export type DeviceConfigMessage = z.infer<typeof configSchema>;
export type ServerMessageBody = DistributiveOmit<ServerMessage, 'sequence' | 'timestamp'>;
export type DeviceMessageBody = DistributiveOmit<DeviceMessage, 'sequence' | 'timestamp'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

// ── binary audio frames ────────────────────────────────────────────────────

/**
 * A binary WebSocket message is one audio chunk in the handshake's format:
 *   byte 0      kind (1 = audio)
 *   byte 1      flags (bit 0: isFinal)
 *   bytes 2–3   duration in ms (uint16 BE)
 *   bytes 4–7   sequence (uint32 BE)
 *   bytes 8–15  timestamp (float64 BE, ms since the epoch)
 *   bytes 16…   payload (one Opus packet, or PCM16 LE)
 */
export const BINARY_HEADER_BYTES = 16;
export const BINARY_KIND_AUDIO = 1;

export interface BinaryAudioFrame {
  sequence: number;
  timestamp: number;
  duration: number;
  isFinal: boolean;
  payload: Uint8Array;
}

export function encodeBinaryAudio(frame: BinaryAudioFrame): Uint8Array {
  const out = new Uint8Array(BINARY_HEADER_BYTES + frame.payload.byteLength);
  const view = new DataView(out.buffer);
  view.setUint8(0, BINARY_KIND_AUDIO);
  view.setUint8(1, frame.isFinal ? 1 : 0);
  view.setUint16(2, Math.min(0xffff, Math.round(frame.duration)));
  view.setUint32(4, frame.sequence >>> 0);
  view.setFloat64(8, frame.timestamp);
  out.set(frame.payload, BINARY_HEADER_BYTES);
  return out;
}

export class BinaryFrameError extends Error {
  override name = 'BinaryFrameError';
}

export function decodeBinaryAudio(data: Uint8Array): BinaryAudioFrame {
  if (data.byteLength < BINARY_HEADER_BYTES)
    throw new BinaryFrameError(`binary frame of ${data.byteLength} bytes is shorter than its 16-byte header`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const kind = view.getUint8(0);
  if (kind !== BINARY_KIND_AUDIO) throw new BinaryFrameError(`binary frame kind ${kind} is not audio (1)`);
  return {
    isFinal: (view.getUint8(1) & 1) === 1,
    duration: view.getUint16(2),
    sequence: view.getUint32(4),
    timestamp: view.getFloat64(8),
    payload: data.subarray(BINARY_HEADER_BYTES),
  };
}

/** The protocol as JSON Schema (docs/device-protocol.md; other-language device firmware). */
export function deviceProtocolJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Voice Shopper device protocol',
    version: DEVICE_PROTOCOL_VERSION,
    deviceToServer: z.toJSONSchema(deviceMessageSchema, { io: 'input' }),
    serverToDevice: z.toJSONSchema(serverMessageSchema, { io: 'output' }),
  };
}
