import { describe, expect, it } from 'vitest';
import { decodeAudioFast } from './audio-decode.ts';
import { decodeFrame, decodeReflected, encodeAudioFrame, PipecatFrameType } from './protobuf.ts';

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

/** What the reflection decoder says, or its error's reason. */
function reference(bytes: Uint8Array): unknown {
  try {
    return decodeReflected(bytes);
  } catch (err) {
    return { error: (err as { reason?: string }).reason };
  }
}

function audioMessage(fields: {
  id?: bigint;
  name?: string;
  audio?: Uint8Array;
  sampleRate?: number;
  numChannels?: number;
  pts?: bigint;
}): Uint8Array {
  return PipecatFrameType.toBinary({
    frame: {
      oneofKind: 'audio',
      audio: {
        id: fields.id ?? 0n,
        name: fields.name ?? '',
        audio: fields.audio ?? new Uint8Array(0),
        sampleRate: fields.sampleRate ?? 0,
        numChannels: fields.numChannels ?? 0,
        ...(fields.pts === undefined ? {} : { pts: fields.pts }),
      },
    },
  });
}

describe('the audio fast path of the WebSocket decoder', () => {
  it('reads the frames our encoder and the reflection encoder write, as the reflection decoder does', () => {
    const pcm = new Uint8Array(512).map((_, i) => i * 7);
    const cases = [
      encodeAudioFrame(pcm, 16_000),
      encodeAudioFrame(pcm.subarray(0, 6), 48_000, 2),
      encodeAudioFrame(new Uint8Array(0), 8_000),
      audioMessage({
        id: 2n ** 63n,
        name: 'audio',
        audio: pcm,
        sampleRate: 24_000,
        numChannels: 1,
        pts: 99n,
      }),
      audioMessage({ audio: pcm, sampleRate: 16_000 }),
      audioMessage({ name: 'audio' }),
    ];
    for (const bytes of cases) {
      const fast = decodeAudioFast(bytes);
      expect(fast).toBeDefined();
      expect(fast).toEqual(decodeReflected(bytes));
      expect(decodeFrame(bytes)).toEqual(decodeReflected(bytes));
    }
  });

  it("takes the real web client's audio messages", async () => {
    Object.assign(globalThis, { window: globalThis.window ?? globalThis });
    const { ProtobufFrameSerializer } = await import('@pipecat-ai/websocket-transport');
    const bytes = new ProtobufFrameSerializer().serializeAudio(new Int16Array([1, -2, 3]).buffer, 16_000, 1);
    const fast = decodeAudioFast(bytes);
    expect(fast).toBeDefined();
    expect(fast).toEqual(decodeReflected(bytes));
  });

  it('leaves other names, other frame kinds and unknown fields to the reflection decoder', () => {
    expect(decodeAudioFast(audioMessage({ name: 'micro', audio: new Uint8Array(4) }))).toBeUndefined();
    expect(decodeAudioFast(new Uint8Array([0x2a, 0x00]))).toBeUndefined();
    // An unknown field 7 (varint) inside the AudioRawFrame.
    const withUnknown = new Uint8Array([0x12, 0x04, 0x20, 0x80, 0x7d, 0x38]);
    expect(decodeAudioFast(withUnknown)).toBeUndefined();
    expect(decodeAudioFast(new Uint8Array([0x12, 0x03, 0x20, 0x80, 0x7d]))).toEqual(
      decodeReflected(new Uint8Array([0x12, 0x03, 0x20, 0x80, 0x7d])),
    );
  });

  it('agrees with the reflection decoder on every mutated and truncated audio frame it accepts', () => {
    const rand = prng(7);
    const seeds = [
      encodeAudioFrame(new Uint8Array(40).fill(3), 16_000),
      audioMessage({ id: 5n, name: 'audio', audio: new Uint8Array(9).fill(1), sampleRate: 300, pts: 1n }),
    ];
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const seed = seeds[i % seeds.length]!;
      const bytes = seed.slice(0, Math.max(1, seed.length - Math.floor(rand() * 3)));
      const flips = Math.floor(rand() * 3);
      for (let k = 0; k < flips; k++)
        bytes[1 + Math.floor(rand() * (bytes.length - 1))] = Math.floor(rand() * 256);
      const fast = decodeAudioFast(bytes);
      if (fast === undefined) continue;
      accepted++;
      expect(fast).toEqual(reference(bytes));
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});
