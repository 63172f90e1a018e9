import { describe, expect, it } from 'vitest';
import {
  decodeFrame,
  encodeAudioFrame,
  encodeMessageFrame,
  encodeTextFrame,
  encodeTranscriptionFrame,
  PipecatFrameType,
  ProtobufFrameError,
} from './protobuf.ts';

/** Deterministic PRNG (mulberry32) so the fuzz cases are reproducible. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Pipecat protobuf codec', () => {
  it('encodes audio with the documented tag bytes and round-trips it', () => {
    const pcm = new Uint8Array([1, 2, 3, 4]);
    const bytes = encodeAudioFrame(pcm, 24_000, 1);
    expect(bytes[0]).toBe(0x12); // Frame.audio
    const inner = [...bytes.subarray(2)];
    expect(inner[0]).toBe(0x12); // AudioRawFrame.name ("audio"); id 0 omitted
    expect(inner).toContain(0x1a); // audio bytes
    expect(inner).toContain(0x20); // sample_rate
    expect(decodeFrame(bytes)).toEqual({
      kind: 'audio',
      audio: pcm,
      sampleRate: 24_000,
      numChannels: 1,
      name: 'audio',
    });
  });

  it('writes audio frames byte for byte as the reflection encoder does, for every length and rate', () => {
    for (const bytes of [0, 1, 2, 126, 127, 128, 1920, 16_383, 16_384, 300_000]) {
      for (const [rate, channels] of [
        [24_000, 1],
        [8000, 2],
        [16_000, 0],
        [0, 1],
        [127, 128],
      ] as const) {
        const pcm = Uint8Array.from({ length: bytes }, (_, i) => (i * 31 + 7) & 0xff);
        const reference = PipecatFrameType.toBinary({
          frame: {
            oneofKind: 'audio',
            audio: { id: 0n, name: 'audio', audio: pcm, sampleRate: rate, numChannels: channels },
          },
        });
        expect(Buffer.from(encodeAudioFrame(pcm, rate, channels)).equals(Buffer.from(reference))).toBe(true);
      }
    }
  });

  it('writes message frames byte for byte as the reflection encoder does, for every length and script', () => {
    for (const message of [
      '',
      'x',
      { label: 'rtvi-ai', type: 'bot-llm-text', data: { text: ' shoes' } },
      { text: 'ñandú 🦜 — \u0000 "quoted" ' },
      { blob: 'y'.repeat(126) },
      { blob: 'y'.repeat(127) },
      { blob: 'é'.repeat(70_000) },
    ]) {
      const data = JSON.stringify(message);
      const reference = PipecatFrameType.toBinary({ frame: { oneofKind: 'message', message: { data } } });
      expect(Buffer.from(encodeMessageFrame(message)).equals(Buffer.from(reference))).toBe(true);
    }
  });

  it('round-trips messages, text and transcription frames', () => {
    const msg = { label: 'rtvi-ai', type: 'bot-ready', id: 'ab12', data: { version: '2.1.0', é: 'ü ✓' } };
    const bytes = encodeMessageFrame(msg);
    expect(bytes[0]).toBe(0x22);
    const decoded = decodeFrame(bytes);
    expect(decoded.kind).toBe('message');
    expect(decoded.kind === 'message' && JSON.parse(decoded.data)).toEqual(msg);
    expect(decodeFrame(encodeTextFrame('hi'))).toEqual({ kind: 'text', text: 'hi' });
    expect(decodeFrame(encodeTranscriptionFrame('hello', 'u1', '2025-01-01T00:00:00Z'))).toEqual({
      kind: 'transcription',
      text: 'hello',
      userId: 'u1',
      timestamp: '2025-01-01T00:00:00Z',
    });
  });

  it('decodes what the real client serializer produces', async () => {
    Object.assign(globalThis, { window: globalThis.window ?? globalThis });
    const { ProtobufFrameSerializer } = await import('@pipecat-ai/websocket-transport');
    const ser = new ProtobufFrameSerializer();
    const pcm = new Int16Array([100, -100, 32767, -32768]);
    const audio = decodeFrame(ser.serializeAudio(pcm.buffer, 16_000, 1));
    expect(audio).toMatchObject({ kind: 'audio', sampleRate: 16_000, numChannels: 1 });
    expect(audio.kind === 'audio' && [...new Int16Array(audio.audio.slice().buffer)]).toEqual([...pcm]);
    const msg = { label: 'rtvi-ai', type: 'client-ready', id: 'x', data: {} };
    const m = decodeFrame(ser.serializeMessage(msg as never));
    expect(m.kind === 'message' && JSON.parse(m.data)).toEqual(msg);
    // And the client decodes ours.
    const back = await ser.deserialize(
      new Blob([encodeAudioFrame(new Uint8Array(pcm.buffer), 24_000).slice()]),
    );
    expect(back.type === 'audio' && [...back.audio]).toEqual([...pcm]);
  });

  it('decodes the interruption field (5) but never needs to encode it', () => {
    expect(decodeFrame(new Uint8Array([0x2a, 0x00]))).toEqual({ kind: 'interruption' });
  });

  it('rejects oversized frames before parsing, and empty or malformed ones, with a typed error', () => {
    const big = new Uint8Array(1024 * 1024 + 1);
    expect(() => decodeFrame(big)).toThrow(expect.objectContaining({ reason: 'oversized' }));
    expect(() => decodeFrame(new Uint8Array(0))).toThrow(expect.objectContaining({ reason: 'empty' }));
    expect(() => decodeFrame(new Uint8Array([0x22, 0x55]))).toThrow(
      expect.objectContaining({ reason: 'malformed' }),
    );
    // Invalid UTF-8 inside a string field.
    expect(() => decodeFrame(new Uint8Array([0x22, 0x05, 0x0a, 0x03, 0xff, 0xfe, 0xfd]))).toThrow(
      ProtobufFrameError,
    );
    expect(() => encodeMessageFrame({ blob: 'x'.repeat(1024 * 1024) })).toThrow(
      expect.objectContaining({ reason: 'oversized' }),
    );
  });

  it('never throws anything but ProtobufFrameError on random and mutated bytes', () => {
    const rand = prng(42);
    const seeds = [
      encodeAudioFrame(new Uint8Array(64).fill(7), 16_000),
      encodeMessageFrame({ label: 'rtvi-ai', type: 'send-text', data: { content: 'hi' } }),
      encodeTranscriptionFrame('a', 'b', 'c'),
    ];
    let typed = 0;
    let ok = 0;
    for (let i = 0; i < 5000; i++) {
      let bytes: Uint8Array;
      if (i % 2 === 0) {
        bytes = new Uint8Array(Math.floor(rand() * 64));
        for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rand() * 256);
      } else {
        const seed = seeds[i % seeds.length]!;
        bytes = seed.slice(0, Math.max(0, seed.length - Math.floor(rand() * 4)));
        const flips = 1 + Math.floor(rand() * 3);
        for (let k = 0; k < flips && bytes.length > 0; k++) {
          bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
        }
      }
      try {
        decodeFrame(bytes);
        ok++;
      } catch (err) {
        expect(err).toBeInstanceOf(ProtobufFrameError);
        typed++;
      }
    }
    expect(typed).toBeGreaterThan(100);
    expect(ok).toBeGreaterThan(10);
  });

  it('survives deeply nested group bytes (stack exhaustion becomes a typed error)', () => {
    // Wire type 3 (start group) repeated: a recursion bomb for naive skippers.
    const bomb = new Uint8Array(200_000).fill(0x0b);
    expect(() => decodeFrame(bomb)).toThrow(ProtobufFrameError);
  });
});
