import { describe, expect, it } from 'vitest';
import { quietStartBefore } from './quiet-start.ts';

const RATE = 16_000;
const ms = (n: number) => Math.round((n * RATE) / 1000);

/** Faint seeded noise with loud 440 Hz bursts at the given [startMs, endMs) spans. */
function signal(totalMs: number, bursts: [number, number][], noise = 30): Int16Array {
  const pcm = new Int16Array(ms(totalMs));
  let seed = 3;
  for (let i = 0; i < pcm.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    pcm[i] = Math.round(((seed / 2147483648) * 2 - 1) * noise);
  }
  for (const [a, b] of bursts)
    for (let i = ms(a); i < ms(b); i++) pcm[i] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / RATE));
  return pcm;
}

describe('quietStartBefore', () => {
  it('keeps a start that is already in quiet', () => {
    const pcm = signal(2000, [[1200, 1600]]);
    expect(quietStartBefore(pcm, ms(1000), { sampleRate: RATE })).toBe(ms(1000));
  });

  it('moves a start inside a word back to the quiet before the word', () => {
    const pcm = signal(2000, [
      [1000, 1250],
      [1400, 1900],
    ]);
    const start = quietStartBefore(pcm, ms(1080), { sampleRate: RATE });
    expect(start).toBeLessThanOrEqual(ms(1000));
    expect(start).toBeGreaterThanOrEqual(ms(1000) - ms(40));
  });

  it('works on digital silence (a fake microphone)', () => {
    const pcm = signal(2000, [[1000, 1250]], 0);
    const start = quietStartBefore(pcm, ms(1100), { sampleRate: RATE });
    expect(start).toBeLessThanOrEqual(ms(1000));
    expect(start).toBeGreaterThanOrEqual(ms(1000) - ms(40));
  });

  it('never moves further back than maxBackMs, and keeps the start when no quiet is found', () => {
    const pcm = signal(2000, [[0, 1500]]);
    expect(quietStartBefore(pcm, ms(1200), { sampleRate: RATE, maxBackMs: 300 })).toBe(ms(1200));
  });

  it('clamps starts outside the history', () => {
    const pcm = signal(500, []);
    expect(quietStartBefore(pcm, -100, { sampleRate: RATE })).toBe(0);
    expect(quietStartBefore(pcm, pcm.length + 5, { sampleRate: RATE })).toBe(pcm.length);
  });
});
