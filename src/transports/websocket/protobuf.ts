/**
 * Pipecat's `Frame` protobuf (websocket-transport 1.7.1, package `pipecat`), encode/decode.
 *
 * Why @protobuf-ts/runtime: its reflection `MessageType` takes the field table at run time, so
 * no codegen step is needed, and it is the very runtime the Pipecat web client uses for this
 * schema — byte-for-byte the same encoder on both ends. Field 5 (`interruption`, Python pipecat
 * only) is decodable but never encoded: client-js drops the whole frame as "Unknown frame kind".
 */
import { MessageType, ScalarType } from '@protobuf-ts/runtime';
import { decodeAudioFast } from './audio-decode.ts';

export const MAX_MESSAGE_BYTES = 1024 * 1024;

export class ProtobufFrameError extends Error {
  override readonly name = 'ProtobufFrameError';
  readonly reason: 'oversized' | 'malformed' | 'empty';
  constructor(reason: 'oversized' | 'malformed' | 'empty', message: string, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
  }
}

interface TextMsg {
  id: bigint;
  name: string;
  text: string;
}
interface AudioMsg {
  id: bigint;
  name: string;
  audio: Uint8Array;
  sampleRate: number;
  numChannels: number;
  pts?: bigint;
}
interface TranscriptionMsg {
  id: bigint;
  name: string;
  text: string;
  userId: string;
  timestamp: string;
}
interface MessageMsg {
  data: string;
}
interface InterruptionMsg {
  id: bigint;
  name: string;
}
interface FrameMsg {
  frame:
    | { oneofKind: 'text'; text: TextMsg }
    | { oneofKind: 'audio'; audio: AudioMsg }
    | { oneofKind: 'transcription'; transcription: TranscriptionMsg }
    | { oneofKind: 'message'; message: MessageMsg }
    | { oneofKind: 'interruption'; interruption: InterruptionMsg }
    | { oneofKind: undefined };
}

const U64 = { kind: 'scalar', T: ScalarType.UINT64, L: 0 /* bigint */ } as const;
const STR = { kind: 'scalar', T: ScalarType.STRING } as const;

const TextFrameT = new MessageType<TextMsg>('pipecat.TextFrame', [
  { no: 1, name: 'id', ...U64 },
  { no: 2, name: 'name', ...STR },
  { no: 3, name: 'text', ...STR },
]);
const AudioRawFrameT = new MessageType<AudioMsg>('pipecat.AudioRawFrame', [
  { no: 1, name: 'id', ...U64 },
  { no: 2, name: 'name', ...STR },
  { no: 3, name: 'audio', kind: 'scalar', T: ScalarType.BYTES },
  { no: 4, name: 'sample_rate', kind: 'scalar', T: ScalarType.UINT32 },
  { no: 5, name: 'num_channels', kind: 'scalar', T: ScalarType.UINT32 },
  { no: 6, name: 'pts', ...U64, opt: true },
]);
const TranscriptionFrameT = new MessageType<TranscriptionMsg>('pipecat.TranscriptionFrame', [
  { no: 1, name: 'id', ...U64 },
  { no: 2, name: 'name', ...STR },
  { no: 3, name: 'text', ...STR },
  { no: 4, name: 'user_id', ...STR },
  { no: 5, name: 'timestamp', ...STR },
]);
const MessageFrameT = new MessageType<MessageMsg>('pipecat.MessageFrame', [{ no: 1, name: 'data', ...STR }]);
const InterruptionFrameT = new MessageType<InterruptionMsg>('pipecat.InterruptionFrame', [
  { no: 1, name: 'id', ...U64 },
  { no: 2, name: 'name', ...STR },
]);
const FrameT = new MessageType<FrameMsg>('pipecat.Frame', [
  { no: 1, name: 'text', kind: 'message', oneof: 'frame', T: () => TextFrameT },
  { no: 2, name: 'audio', kind: 'message', oneof: 'frame', T: () => AudioRawFrameT },
  { no: 3, name: 'transcription', kind: 'message', oneof: 'frame', T: () => TranscriptionFrameT },
  { no: 4, name: 'message', kind: 'message', oneof: 'frame', T: () => MessageFrameT },
  { no: 5, name: 'interruption', kind: 'message', oneof: 'frame', T: () => InterruptionFrameT },
]);

/** The reflection type of `Frame`: the reference the hand-written audio encoder is tested against. */
export const PipecatFrameType = FrameT;

/** A decoded wire frame; `id` is dropped (the client always sends 0). */
export type WireFrame =
  | { kind: 'audio'; audio: Uint8Array; sampleRate: number; numChannels: number; name: string }
  | { kind: 'message'; data: string }
  | { kind: 'text'; text: string }
  | { kind: 'transcription'; text: string; userId: string; timestamp: string }
  | { kind: 'interruption' };

export interface CodecLimits {
  maxMessageBytes?: number;
}

/**
 * Decodes one binary WebSocket message. Throws only ProtobufFrameError (oversized, empty oneof,
 * or malformed bytes, including invalid UTF-8 in string fields).
 */
export function decodeFrame(bytes: Uint8Array, limits: CodecLimits = {}): WireFrame {
  const max = limits.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  if (bytes.byteLength > max) {
    throw new ProtobufFrameError(
      'oversized',
      `Frame of ${bytes.byteLength} bytes exceeds the ${max}-byte limit`,
    );
  }
  // Audio, nearly every message, read by hand; anything unexpected goes to the reflection decoder.
  if (bytes[0] === 0x12) {
    const audio = decodeAudioFast(bytes);
    if (audio) return audio;
  }
  return decodeReflected(bytes);
}

/** decodeFrame by the reflection decoder alone (the reference the audio fast path is tested against). */
export function decodeReflected(bytes: Uint8Array): WireFrame {
  let msg: FrameMsg;
  try {
    msg = FrameT.fromBinary(bytes, { readUnknownField: false });
  } catch (err) {
    throw new ProtobufFrameError('malformed', `Malformed protobuf frame: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const f = msg.frame;
  switch (f.oneofKind) {
    case 'audio':
      return {
        kind: 'audio',
        audio: f.audio.audio,
        sampleRate: f.audio.sampleRate,
        numChannels: f.audio.numChannels,
        name: f.audio.name,
      };
    case 'message':
      return { kind: 'message', data: f.message.data };
    case 'text':
      return { kind: 'text', text: f.text.text };
    case 'transcription':
      return {
        kind: 'transcription',
        text: f.transcription.text,
        userId: f.transcription.userId,
        timestamp: f.transcription.timestamp,
      };
    case 'interruption':
      return { kind: 'interruption' };
    default:
      throw new ProtobufFrameError('empty', 'Protobuf frame carries no known frame kind');
  }
}

/**
 * Encodes server audio (PCM16 LE bytes): the bytes `FrameT.toBinary` writes for
 * `{ audio: { id: 0, name: 'audio', audio, sampleRate, numChannels } }` (proto3 leaves out
 * default values: id 0, an empty audio, a zero rate or channel count), written straight into
 * one buffer. This runs for every 40 ms chunk of every speaking session; the reflection
 * encoder's writer, forks and chunk joins were a few per cent of the main thread at 100
 * sessions. protobuf.test.ts holds it to the reflection encoder's bytes.
 */
export function encodeAudioFrame(pcm: Uint8Array, sampleRate: number, numChannels = 1): Uint8Array {
  const n = pcm.byteLength;
  const inner =
    NAME_FIELD.length +
    (n > 0 ? 1 + varintLength(n) + n : 0) +
    (sampleRate ? 1 + varintLength(sampleRate) : 0) +
    (numChannels ? 1 + varintLength(numChannels) : 0);
  // Buffer.allocUnsafe takes chunk-sized frames from Node's pool instead of a fresh ArrayBuffer each.
  const pooled = Buffer.allocUnsafe(1 + varintLength(inner) + inner);
  // A plain Uint8Array view, as the reflection encoder returns (a Buffer decodes to Buffer fields).
  const out = new Uint8Array(pooled.buffer, pooled.byteOffset, pooled.byteLength);
  out[0] = 0x12; // Frame.audio: field 2, length-delimited
  let at = writeVarint(out, 1, inner);
  out.set(NAME_FIELD, at);
  at += NAME_FIELD.length;
  if (n > 0) {
    out[at++] = 0x1a; // AudioRawFrame.audio: field 3, length-delimited
    at = writeVarint(out, at, n);
    out.set(pcm, at);
    at += n;
  }
  if (sampleRate) {
    out[at++] = 0x20; // sample_rate: field 4, varint
    at = writeVarint(out, at, sampleRate);
  }
  if (numChannels) {
    out[at++] = 0x28; // num_channels: field 5, varint
    at = writeVarint(out, at, numChannels);
  }
  return out;
}

/** AudioRawFrame.name = "audio": field 2, length 5. */
const NAME_FIELD = Uint8Array.of(0x12, 5, ...new TextEncoder().encode('audio'));

function varintLength(v: number): number {
  let len = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    len++;
  }
  return len;
}

function writeVarint(out: Uint8Array, at: number, v: number): number {
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  out[at++] = v;
  return at;
}

/**
 * Encodes a transport message (an RTVI envelope, JSON): the bytes `FrameT.toBinary` writes for
 * `{ message: { data } }`, written straight into one buffer like the audio. RTVI messages go
 * out per LLM token (bot-llm-text) and per event; the reflection encoder was ~1 % of the main
 * thread at 200 sessions. protobuf.test.ts holds it to the reflection encoder's bytes.
 */
export function encodeMessageFrame(message: unknown, limits: CodecLimits = {}): Uint8Array {
  const data = JSON.stringify(message) ?? '';
  const n = Buffer.byteLength(data, 'utf8');
  // proto3 leaves an empty string out.
  const inner = n > 0 ? 1 + varintLength(n) + n : 0;
  const size = 1 + varintLength(inner) + inner;
  const max = limits.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  if (size > max) {
    throw new ProtobufFrameError('oversized', `Outgoing message of ${size} bytes exceeds ${max}`);
  }
  const pooled = Buffer.allocUnsafe(size);
  pooled[0] = 0x22; // Frame.message: field 4, length-delimited
  let at = writeVarint(pooled, 1, inner);
  if (n > 0) {
    pooled[at++] = 0x0a; // MessageFrame.data: field 1, length-delimited
    at = writeVarint(pooled, at, n);
    pooled.write(data, at, 'utf8');
  }
  return new Uint8Array(pooled.buffer, pooled.byteOffset, pooled.byteLength);
}

/** Text and transcription encoders exist for round-trip tests and non-web clients. */
export function encodeTextFrame(text: string): Uint8Array {
  return FrameT.toBinary({ frame: { oneofKind: 'text', text: { id: 0n, name: 'text', text } } });
}

export function encodeTranscriptionFrame(text: string, userId: string, timestamp: string): Uint8Array {
  return FrameT.toBinary({
    frame: {
      oneofKind: 'transcription',
      transcription: { id: 0n, name: 'transcription', text, userId, timestamp },
    },
  });
}
