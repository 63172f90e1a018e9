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
  const tts = new OfflineTtsService({
    workers: opts.workers ?? 2,
    voices: { en: 'flite:slt', es: 'espeak:es' },
    speed: 1,
    warmVoices: [...voices],
  });
  try {
    await tts.warmup(opts.signal);
    const jobs = voices.flatMap((voice) => sentences.map((text) => ({ voice, text })));
    return await Promise.all(
      jobs.map(async ({ voice, text }) => {
        const chunks: Int16Array[] = [];
        for await (const c of tts.synthesize(text, { voice, sampleRate, signal: opts.signal }))
          chunks.push(c);
        return { voice, text, pcm: concatInt16(chunks), sampleRate };
      }),
    );
  } finally {
    await tts.close();
  }
}
