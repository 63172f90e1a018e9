import { describe, expect, it } from 'vitest';
import { encodeMulaw } from './mulaw.ts';
import { readWav, WavFormatError, writeWav } from './wav.ts';

function chunk(id: string, body: Uint8Array): Uint8Array {
  const pad = body.length % 2;
  const out = new Uint8Array(8 + body.length + pad);
  for (let i = 0; i < 4; i++) out[i] = id.charCodeAt(i);
  new DataView(out.buffer).setUint32(4, body.length, true);
  out.set(body, 8);
  return out;
}

function riff(...chunks: Uint8Array[]): Uint8Array {
  const size = chunks.reduce((n, c) => n + c.length, 4);
  const out = new Uint8Array(8 + size);
  out.set([0x52, 0x49, 0x46, 0x46]);
  new DataView(out.buffer).setUint32(4, size, true);
  out.set([0x57, 0x41, 0x56, 0x45], 8);
  let o = 12;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function fmt(
  format: number,
  channels: number,
  rate: number,
  bits: number,
  extensibleSub?: number,
): Uint8Array {
  const body = new Uint8Array(extensibleSub === undefined ? 16 : 40);
  const v = new DataView(body.buffer);
  v.setUint16(0, format, true);
  v.setUint16(2, channels, true);
  v.setUint32(4, rate, true);
  v.setUint32(8, (rate * channels * bits) / 8, true);
  v.setUint16(12, (channels * bits) / 8, true);
  v.setUint16(14, bits, true);
  if (extensibleSub !== undefined) {
    v.setUint16(16, 22, true);
    v.setUint16(18, bits, true);
    v.setUint32(20, 3, true);
    v.setUint16(24, extensibleSub, true);
    body.set([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71], 26);
  }
  return body;
}

const pcm = Int16Array.from([0, 1, -1, 32767, -32768, 1234]);
const pcmBytes = new Uint8Array(pcm.buffer.slice(0));

describe('WAV', () => {
  it('round-trips write → read', () => {
    const wav = writeWav({ sampleRate: 22050, channels: 2, samples: pcm });
    expect(wav.length).toBe(44 + pcm.length * 2);
    const back = readWav(wav);
    expect(back.sampleRate).toBe(22050);
    expect(back.channels).toBe(2);
    expect(back.samples).toEqual(pcm);
  });

  it('skips extra chunks (odd-sized, padded) and reads WAVE_FORMAT_EXTENSIBLE', () => {
    const list = chunk('LIST', new Uint8Array([1, 2, 3])); // odd size → pad byte
    const wav = riff(
      chunk('fmt ', fmt(0xfffe, 1, 16000, 16, 1)),
      list,
      chunk('fact', new Uint8Array(4)),
      chunk('data', pcmBytes),
    );
    const back = readWav(wav);
    expect(back.sampleRate).toBe(16000);
    expect(back.samples).toEqual(pcm);
  });

  it('reads from a Buffer at an odd byte offset', () => {
    const wav = writeWav({ sampleRate: 8000, channels: 1, samples: pcm });
    const holder = new Uint8Array(wav.length + 1);
    holder.set(wav, 1);
    expect(readWav(holder.subarray(1)).samples).toEqual(pcm);
  });

  it('decodes µ-law WAV', () => {
    const wav = riff(
      chunk('fmt ', fmt(7, 1, 8000, 8)),
      chunk('data', encodeMulaw(Int16Array.from([0, 1000, -1000]))),
    );
    const back = readWav(wav);
    expect(back.samples.length).toBe(3);
    expect(Math.abs(back.samples[1]! - 1000)).toBeLessThan(40);
  });

  it('accepts streaming-style data sizes (0xFFFFFFFF)', () => {
    const wav = riff(chunk('fmt ', fmt(1, 1, 16000, 16)), chunk('data', pcmBytes));
    new DataView(wav.buffer).setUint32(12 + 24 + 4, 0xffffffff, true);
    expect(readWav(wav).samples).toEqual(pcm);
  });

  it('rejects unsupported or broken files with WavFormatError', () => {
    expect(() => readWav(new Uint8Array(10))).toThrow(WavFormatError);
    expect(() =>
      readWav(riff(chunk('fmt ', fmt(3, 1, 16000, 32)), chunk('data', new Uint8Array(8)))),
    ).toThrow(/IEEE float 32-bit.*Supported: 16-bit PCM/);
    expect(() =>
      readWav(riff(chunk('fmt ', fmt(1, 1, 16000, 24)), chunk('data', new Uint8Array(6)))),
    ).toThrow(/PCM 24-bit/);
    expect(() => readWav(riff(chunk('data', pcmBytes)))).toThrow(/before the fmt chunk/);
    expect(() => readWav(riff(chunk('fmt ', fmt(1, 1, 16000, 16))))).toThrow(/no data chunk/);
    expect(() => writeWav({ sampleRate: 0, channels: 1, samples: pcm })).toThrow(WavFormatError);
  });
});
