import { describe, expect, it } from 'vitest';
import { PcmAssembler } from './http-speech.ts';

describe('PcmAssembler', () => {
  it('turns little-endian bytes split anywhere into the same samples, an odd byte carried over', () => {
    const samples = Int16Array.of(0, 1, -1, 32767, -32768, 258, -300, 12345);
    const bytes = new Uint8Array(samples.length * 2);
    const view = new DataView(bytes.buffer);
    for (const [i, v] of samples.entries()) view.setInt16(i * 2, v, true);
    for (const cuts of [[16], [1, 15], [3, 4, 9], [5, 6, 5], [1, 1, 1, 13]]) {
      const pcm = new PcmAssembler();
      const out: number[] = [];
      let at = 0;
      for (const n of cuts) {
        // An unaligned view into a larger buffer, as a network chunk may be.
        const chunk = new Uint8Array(n + 1).subarray(1);
        chunk.set(bytes.subarray(at, at + n));
        out.push(...pcm.push(chunk));
        at += n;
      }
      expect(out).toEqual([...samples]);
    }
  });
});
