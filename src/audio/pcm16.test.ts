import { describe, expect, it } from 'vitest';
import {
  bytesToInt16,
  bytesToMs,
  concatInt16,
  DBFS_FLOOR,
  dbfs,
  downmixToMono,
  float32ToInt16,
  int16ToBytes,
  int16ToFloat32,
  msToSamples,
  Pcm16ByteAssembler,
  Pcm16Error,
  peak,
  rms,
  samplesToMs,
} from './pcm16.ts';

describe('pcm16', () => {
  it('converts Int16 ↔ Float32 losslessly and clips out-of-range floats', () => {
    const pcm = Int16Array.from([0, 1, -1, 32767, -32768, 12345]);
    expect(float32ToInt16(int16ToFloat32(pcm))).toEqual(pcm);
    expect(Array.from(float32ToInt16(Float32Array.from([1.5, -2, 0.5])))).toEqual([32767, -32768, 16384]);
  });

  it('measures RMS and dBFS', () => {
    const square = new Int16Array(1000).map((_, i) => (i % 2 ? 16384 : -16384));
    expect(rms(square)).toBeCloseTo(0.5, 6);
    expect(dbfs(square)).toBeCloseTo(-6.02, 2);
    const s = new Float32Array(16000).map((_, i) => Math.sin((2 * Math.PI * 440 * i) / 16000));
    expect(dbfs(s)).toBeCloseTo(-3.01, 2);
    expect(dbfs(new Int16Array(10))).toBe(DBFS_FLOOR);
    expect(rms(new Int16Array(0))).toBe(0);
    expect(peak(Int16Array.from([3, -16384, 5]))).toBe(0.5);
  });

  it('computes durations', () => {
    expect(samplesToMs(16000, 16000)).toBe(1000);
    expect(samplesToMs(960, 48000, 2)).toBe(10);
    expect(msToSamples(32, 16000)).toBe(512);
    expect(bytesToMs(640, 16000)).toBe(20);
    expect(() => samplesToMs(1, 0)).toThrow(Pcm16Error);
  });

  it('concatenates and downmixes', () => {
    expect(
      Array.from(concatInt16([Int16Array.from([1, 2]), new Int16Array(0), Int16Array.from([3])])),
    ).toEqual([1, 2, 3]);
    expect(Array.from(downmixToMono(Int16Array.from([100, 300, -10, -20]), 2))).toEqual([200, -15]);
    expect(() => downmixToMono(Int16Array.from([1, 2, 3]), 2)).toThrow(Pcm16Error);
  });

  it('views aligned bytes without copying and copies odd offsets', () => {
    const pcm = Int16Array.from([1, -2, 300]);
    const bytes = int16ToBytes(pcm);
    const view = bytesToInt16(bytes);
    expect(view.buffer).toBe(pcm.buffer);
    const odd = new Uint8Array(bytes.byteLength + 1);
    odd.set(bytes, 1);
    const unaligned = odd.subarray(1);
    expect(unaligned.byteOffset % 2).toBe(1);
    expect(Array.from(bytesToInt16(unaligned))).toEqual([1, -2, 300]);
    expect(() => bytesToInt16(new Uint8Array(3))).toThrow(/even number of bytes/);
  });

  it('reassembles samples split across byte chunks', () => {
    const pcm = Int16Array.from([1000, -1000, 32767, -32768, 7]);
    const bytes = int16ToBytes(pcm);
    const asm = new Pcm16ByteAssembler();
    const out: number[] = [];
    for (const [a, b] of [
      [0, 3],
      [3, 4],
      [4, 9],
      [9, 10],
    ] as const) {
      out.push(...asm.push(bytes.slice(a, b)));
    }
    expect(out).toEqual(Array.from(pcm));
    expect(asm.pending).toBe(false);
  });
});
