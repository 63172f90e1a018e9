import { describe, expect, it } from 'vitest';
import { COMMON_RATES, Resampler, ResamplerError, resampleFloat32, resampleInt16 } from './resampler.ts';

function sine(freq: number, rate: number, n: number, amp = 0.5): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = amp * Math.sin((2 * Math.PI * freq * i) / rate);
  return out;
}

/** Linear chirp from f0 to f1 with 10 ms raised-cosine fades so onsets add no broadband click. */
function sweep(f0: number, f1: number, rate: number, seconds: number, amp = 0.5): Float32Array {
  const n = Math.round(rate * seconds);
  const out = new Float32Array(n);
  const fade = Math.round(rate * 0.01);
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const phase = 2 * Math.PI * (f0 * t + ((f1 - f0) * t * t) / (2 * seconds));
    const edge = Math.min(1, i / fade, (n - 1 - i) / fade);
    const gain = 0.5 - 0.5 * Math.cos(Math.PI * Math.max(0, edge));
    out[i] = amp * gain * Math.sin(phase);
  }
  return out;
}

function energy(x: Float32Array, from = 0, to = x.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]! * x[i]!;
  return s / Math.max(1, to - from);
}

function db(ratio: number): number {
  return 10 * Math.log10(ratio);
}

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pairs = COMMON_RATES.flatMap((a) => COMMON_RATES.filter((b) => b !== a).map((b) => [a, b] as const));

describe('Resampler', () => {
  it.each(pairs)('%i → %i keeps a passband sine in time and amplitude', (inRate, outRate) => {
    const f = 0.6 * (Math.min(inRate, outRate) / 2);
    const out = resampleFloat32(sine(f, inRate, Math.round(inRate * 0.2)), inRate, outRate);
    const ideal = sine(f, outRate, out.length);
    // Skip the edges, where the abrupt start of the test tone is legitimately smeared.
    const from = Math.round(outRate * 0.02);
    const to = out.length - from;
    const err = new Float32Array(to - from);
    for (let i = from; i < to; i++) err[i - from] = out[i]! - ideal[i]!;
    expect(db(energy(err) / energy(ideal, from, to))).toBeLessThan(-50);
    expect(Math.abs(db(energy(out, from, to) / energy(ideal, from, to)))).toBeLessThan(0.1);
  });

  it.each(pairs.filter(([a, b]) => b < a))(
    '%i → %i attenuates a sweep above the new Nyquist by ≥ 60 dB',
    (inRate, outRate) => {
      const input = sweep(outRate / 2, 0.98 * (inRate / 2), inRate, 0.5);
      const out = resampleFloat32(input, inRate, outRate);
      expect(db(energy(out) / energy(input))).toBeLessThan(-60);
    },
  );

  it.each(pairs.filter(([a, b]) => b < a))(
    '%i → %i preserves a sweep through the passband',
    (inRate, outRate) => {
      const input = sweep(100, 0.8 * (outRate / 2), inRate, 0.5);
      const out = resampleFloat32(input, inRate, outRate);
      expect(Math.abs(db(energy(out) / energy(input)))).toBeLessThan(0.1);
    },
  );

  it.each(pairs.filter(([a, b]) => b > a))(
    '%i → %i adds no images above the old Nyquist',
    (inRate, outRate) => {
      // A tone near the old Nyquist images to just above it; the ideal upsampled tone has none.
      const f = 0.8 * (inRate / 2);
      const out = resampleFloat32(sine(f, inRate, Math.round(inRate * 0.2)), inRate, outRate);
      const ideal = sine(f, outRate, out.length);
      const from = Math.round(outRate * 0.02);
      const err = new Float32Array(out.length - 2 * from);
      for (let i = 0; i < err.length; i++) err[i] = out[i + from]! - ideal[i + from]!;
      expect(db(energy(err) / energy(ideal))).toBeLessThan(-50);
    },
  );

  it.each([
    [48000, 16000],
    [44100, 16000],
    [16000, 24000],
    [8000, 16000],
    [22050, 48000],
  ] as const)('%i → %i: any chunking gives exactly the whole-buffer output', (inRate, outRate) => {
    const input = sweep(50, 0.9 * Math.min(inRate, outRate) * 0.5, inRate, 0.3);
    const whole = resampleFloat32(input, inRate, outRate);
    const rand = seededRandom(inRate + outRate);
    const r = new Resampler(inRate, outRate);
    const parts: number[] = [];
    for (let i = 0; i < input.length; ) {
      const n = Math.min(input.length - i, Math.floor(rand() * 700));
      parts.push(...r.processFloat(input.subarray(i, i + n)));
      i += n;
    }
    parts.push(...r.flushFloat());
    expect(parts.length).toBe(whole.length);
    expect(Float32Array.from(parts)).toEqual(whole);
  });

  it.each(pairs)('%i → %i outputs ceil(n · out / in) samples', (inRate, outRate) => {
    for (const n of [0, 1, 7, 160, 441, 1234]) {
      const out = resampleInt16(new Int16Array(n).fill(1000), inRate, outRate);
      expect(out.length).toBe(Math.ceil((n * outRate) / inRate));
    }
  });

  it('passes equal rates through untouched', () => {
    const r = new Resampler(16000, 16000);
    const input = Int16Array.from([1, -2, 3, 32767, -32768]);
    expect(r.process(input)).toEqual(input);
    expect(r.flush().length).toBe(0);
    expect(r.latencyInputSamples).toBe(0);
  });

  it('clips instead of wrapping when Int16 overshoots', () => {
    const square = new Int16Array(4800);
    for (let i = 0; i < square.length; i++) square[i] = Math.floor(i / 40) % 2 ? 32767 : -32768;
    const out = resampleInt16(square, 48000, 16000);
    // Gibbs overshoot past full scale must saturate, never flip sign.
    for (let i = 20; i < out.length - 20; i++) {
      const expectedSign = Math.floor((i * 3) / 40) % 2 ? 1 : -1;
      const mid = (i * 3) % 40 > 6 && (i * 3) % 40 < 34;
      if (mid) expect(Math.sign(out[i]!)).toBe(expectedSign);
    }
  });

  it('rejects bad rates and use after flush with typed errors', () => {
    expect(() => new Resampler(0, 16000)).toThrow(ResamplerError);
    expect(() => new Resampler(16000, 15999.5)).toThrow(/integer rate/);
    const r = new Resampler(48000, 16000);
    r.flush();
    expect(() => r.process(new Int16Array(10))).toThrow(ResamplerError);
    r.reset();
    expect(() => r.process(new Int16Array(10))).not.toThrow();
  });
});
