import { describe, expect, it, vi } from 'vitest';

// Pure computation, but a second of audio per case: generous on a loaded machine (not a speed check).
vi.setConfig({ testTimeout: 60_000 });

import { medianPitch, voicedPitches } from './pitch.ts';

/** A glottal-like pulse train at `f0` Hz (harmonics falling off), `seconds` long, 16 kHz. */
function voiced(f0: number, seconds: number, amplitude = 8000): Int16Array {
  const out = new Int16Array(Math.round(seconds * 16_000));
  for (let i = 0; i < out.length; i++) {
    let v = 0;
    for (let h = 1; h <= 8; h++) v += Math.sin((2 * Math.PI * f0 * h * i) / 16_000) / h;
    out[i] = Math.round(amplitude * 0.5 * v);
  }
  return out;
}

/** Deterministic white noise (a linear congruential generator). */
function noise(seconds: number, amplitude: number): Int16Array {
  const out = new Int16Array(Math.round(seconds * 16_000));
  let x = 12345;
  for (let i = 0; i < out.length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out[i] = Math.round(((x / 2 ** 31) * 2 - 1) * amplitude);
  }
  return out;
}

describe('pitch', () => {
  it.each([100, 135, 220, 300])('finds the F0 of a %d Hz voice, not an octave below', (f0) => {
    const median = medianPitch(voicedPitches(voiced(f0, 1)));
    expect(median).toBeGreaterThan(f0 * 0.95);
    expect(median).toBeLessThan(f0 * 1.05);
  });

  it('skips silence and unvoiced noise', () => {
    expect(voicedPitches(new Int16Array(16_000))).toEqual([]);
    expect(voicedPitches(noise(1, 8000)).length).toBeLessThan(3);
  });

  it('has no estimate from too few voiced frames', () => {
    expect(medianPitch(voicedPitches(voiced(200, 0.2)))).toBeUndefined();
    expect(medianPitch([210, 200, 220], 3)).toBe(210);
  });
});
