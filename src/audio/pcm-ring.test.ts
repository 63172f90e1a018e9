import { describe, expect, it } from 'vitest';
import { PcmRing } from './pcm-ring.ts';

const seq = (from: number, n: number) => Int16Array.from({ length: n }, (_, i) => from + i);

describe('PcmRing', () => {
  it('keeps the newest samples in order across wrap-around, whatever the chunking', () => {
    const ring = new PcmRing(10);
    ring.write(seq(0, 4));
    ring.write(seq(4, 5));
    expect([...ring.last(3)]).toEqual([6, 7, 8]);
    ring.write(seq(9, 6)); // wraps: holds 5..14
    expect(ring.size).toBe(10);
    expect([...ring.last(10)]).toEqual([...seq(5, 10)]);
    expect([...ring.last(99)]).toEqual([...seq(5, 10)]);
    ring.write(seq(100, 25)); // longer than the ring: only its tail survives
    expect([...ring.last(10)]).toEqual([...seq(115, 10)]);
  });

  it('returns copies, fewer samples when fewer are held, and nothing after clear', () => {
    const ring = new PcmRing(8);
    ring.write(seq(1, 3));
    const out = ring.last(8);
    expect([...out]).toEqual([1, 2, 3]);
    out[0] = 99;
    expect([...ring.last(1)]).toEqual([3]);
    expect(ring.last(0)).toHaveLength(0);
    ring.clear();
    expect(ring.size).toBe(0);
    expect(ring.last(5)).toHaveLength(0);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new PcmRing(0)).toThrow(/positive integer/);
    expect(() => new PcmRing(1.5)).toThrow(/positive integer/);
  });
});
