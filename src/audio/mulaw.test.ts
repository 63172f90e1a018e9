import { describe, expect, it } from 'vitest';
import { decodeMulaw, encodeMulaw, encodeMulawSample, MULAW_DECODE_TABLE } from './mulaw.ts';

describe('G.711 µ-law', () => {
  it('matches the reference code points', () => {
    expect(encodeMulawSample(0)).toBe(0xff);
    expect(encodeMulawSample(-1)).toBe(0x7f);
    expect(encodeMulawSample(32767)).toBe(0x80);
    expect(encodeMulawSample(-32768)).toBe(0x00);
    expect(MULAW_DECODE_TABLE[0xff]).toBe(0);
    expect(MULAW_DECODE_TABLE[0x80]).toBe(32124);
    expect(MULAW_DECODE_TABLE[0x00]).toBe(-32124);
  });

  it('decode → encode is the identity on every code except negative zero', () => {
    for (let code = 0; code < 256; code++) {
      const back = encodeMulawSample(MULAW_DECODE_TABLE[code]!);
      // 0x7f decodes to 0 ("negative zero"), which re-encodes as 0xff.
      expect(back).toBe(code === 0x7f ? 0xff : code);
    }
  });

  it('round-trips PCM with the logarithmic error bound', () => {
    const pcm = new Int16Array(65536);
    for (let i = 0; i < pcm.length; i++) pcm[i] = i - 32768;
    const back = decodeMulaw(encodeMulaw(pcm));
    for (let i = 0; i < pcm.length; i++) {
      const x = pcm[i]!;
      const err = Math.abs(back[i]! - Math.max(-32635, Math.min(32635, x)));
      // Segment step size is 2^(exponent+3); the error is at most half a step (plus bias rounding).
      expect(err).toBeLessThanOrEqual(Math.max(8, Math.abs(x) / 16) + 2);
    }
  });

  it('is monotonic', () => {
    const levels = Array.from(MULAW_DECODE_TABLE).sort((a, b) => a - b);
    expect(new Set(levels).size).toBe(255);
  });
});
