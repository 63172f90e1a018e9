/**
 * Test and bench audio made at run time: synthesized speech (Debian flite / espeak-ng CLIs)
 * trimmed to its voiced extent and padded with known silence, so the true speech boundaries
 * are known exactly; plus seeded noise and tones for "must stay silent" checks.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dbfs } from '../pcm16.ts';
import { resampleInt16 } from '../resampler.ts';
import { readWav } from '../wav.ts';

const run = promisify(execFile);

export type Voice =
  | { engine: 'flite'; voice: 'slt' | 'rms' | 'awb' | 'kal16' }
  | { engine: 'espeak-ng'; voice: string };

export interface Utterance {
  /** 16 kHz mono PCM16, voiced extent only. */
  pcm: Int16Array;
  sampleRate: 16000;
}

/** True when the CLI synthesizers this module needs are installed. */
export async function haveSynthesizers(): Promise<boolean> {
  try {
    await run('flite', ['-lv']);
    await run('espeak-ng', ['--version']);
    return true;
  } catch {
    return false;
  }
}

export async function synthesize(text: string, voice: Voice): Promise<Utterance> {
  const dir = await mkdtemp(join(tmpdir(), 'vs-speech-'));
  try {
    const file = join(dir, 'out.wav');
    if (voice.engine === 'flite') await run('flite', ['-voice', voice.voice, '-t', text, '-o', file]);
    else await run('espeak-ng', ['-v', voice.voice, '-w', file, text]);
    const wav = readWav(await readFile(file));
    const pcm = resampleInt16(wav.samples, wav.sampleRate, 16000);
    return { pcm: trimToVoiced(pcm, 16000), sampleRate: 16000 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Cuts leading/trailing near-silence (10 ms frames quieter than -50 dBFS). */
export function trimToVoiced(pcm: Int16Array, sampleRate: number, thresholdDb = -50): Int16Array {
  const frame = Math.round(sampleRate / 100);
  let first = -1;
  let last = -1;
  for (let i = 0; i + frame <= pcm.length; i += frame) {
    if (dbfs(pcm.subarray(i, i + frame)) > thresholdDb) {
      if (first < 0) first = i;
      last = i + frame;
    }
  }
  return first < 0 ? new Int16Array(0) : pcm.slice(first, last);
}

/** Mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scaleTo(x: Float64Array, levelDbfs: number): Int16Array {
  let sum = 0;
  for (const v of x) sum += v * v;
  const rms = Math.sqrt(sum / Math.max(1, x.length)) || 1;
  const gain = 10 ** (levelDbfs / 20) / rms;
  return Int16Array.from(x, (v) => Math.max(-32768, Math.min(32767, Math.round(v * gain * 32768))));
}

export function whiteNoise(samples: number, levelDbfs: number, seed = 1): Int16Array {
  const rand = seededRandom(seed);
  return scaleTo(
    Float64Array.from({ length: samples }, () => rand() * 2 - 1),
    levelDbfs,
  );
}

/** Integrated (leaky) white noise: -6 dB/octave, like room rumble or wind. */
export function brownNoise(samples: number, levelDbfs: number, seed = 2): Int16Array {
  const rand = seededRandom(seed);
  const x = new Float64Array(samples);
  let acc = 0;
  for (let i = 0; i < samples; i++) {
    acc = 0.995 * acc + (rand() * 2 - 1);
    x[i] = acc;
  }
  return scaleTo(x, levelDbfs);
}

export function tone(samples: number, freq: number, levelDbfs: number, sampleRate = 16000): Int16Array {
  return scaleTo(
    Float64Array.from({ length: samples }, (_, i) => Math.sin((2 * Math.PI * freq * i) / sampleRate)),
    levelDbfs,
  );
}

export function silence(samples: number): Int16Array {
  return new Int16Array(samples);
}

/** Adds `noise` under `signal` (same length or longer noise), saturating. */
export function mix(signal: Int16Array, noise: Int16Array): Int16Array {
  return Int16Array.from(signal, (v, i) => Math.max(-32768, Math.min(32767, v + (noise[i] ?? 0))));
}
