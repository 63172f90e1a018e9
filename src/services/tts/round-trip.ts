/**
 * Round-trip intelligibility hook for the speech benchmark: speaks sentences with several
 * offline voices (flite and espeak-ng) as 16 kHz PCM16 so the STT bench can transcribe them
 * and compute TTS→STT WER. Voices use the same `engine:voice` names as the STT bench.
 */
import { concatInt16 } from '../../audio/pcm16.ts';
import { OfflineTtsService } from './offline-tts.ts';

/** Three flite voices and two espeak-ng variants: different timbres, both engines. */
export const ROUND_TRIP_VOICES: readonly string[] = [
  'flite:slt',
  'flite:rms',
  'flite:awb',
  'espeak:en-us',
  'espeak:en-us+f3',
];

export interface SpokenSentence {
  voice: string;
  text: string;
  /** Mono PCM16 at `sampleRate`. */
  pcm: Int16Array;
  sampleRate: number;
}

export interface SynthesizeSentencesOptions {
  voices?: readonly string[];
  /** Default 16000, the STT engine's rate. */
  sampleRate?: number;
  /** Worker threads used for the batch (default 2). */
  workers?: number;
  signal?: AbortSignal;
}

/** Speaks every sentence with every voice; results are ordered voice by voice. */
export async function synthesizeSentences(
  sentences: readonly string[],
  opts: SynthesizeSentencesOptions = {},
): Promise<SpokenSentence[]> {
  const voices = opts.voices ?? ROUND_TRIP_VOICES;
  const sampleRate = opts.sampleRate ?? 16_000;
  const workers = Math.max(1, Math.floor(opts.workers ?? 2));
  const tts = new OfflineTtsService({
    workers,
    voices: { en: 'flite:slt', es: 'espeak:es' },
    speed: 1,
    warmVoices: [...voices],
  });
  try {
    await tts.warmup(opts.signal);
    const jobs = voices.flatMap((voice) => sentences.map((text) => ({ voice, text })));
    const out: SpokenSentence[] = new Array(jobs.length);
    // One call per worker at a time: each call's deadline (the service's timeoutMs) then covers
    // its own synthesis, not its wait behind the rest of the batch (on a loaded machine the last of
    // six queued sentences missed the 10 s deadline although none took long).
    let next = 0;
    const runner = async () => {
      for (let i = next++; i < jobs.length; i = next++) {
        const { voice, text } = jobs[i] as { voice: string; text: string };
        const chunks: Int16Array[] = [];
        for await (const c of tts.synthesize(text, { voice, sampleRate, signal: opts.signal }))
          chunks.push(c);
        out[i] = { voice, text, pcm: concatInt16(chunks), sampleRate };
      }
    };
    await Promise.all(Array.from({ length: workers }, runner));
    return out;
  } finally {
    await tts.close();
  }
}
