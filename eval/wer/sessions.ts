/**
 * How the WER bench deals one voice's clips to its decoder streams, fixed in advance.
 *
 * Why fixed: a stream carries state from the clips it decoded before (live cepstral mean, session
 * warp, acoustic-model choice), so the clips a stream sees must not depend on which stream frees
 * up first. Sharing one queue between two streams did exactly that: main run twice scored 35 of
 * 304 round-11 clips differently, more than most changes being measured. Stream k of n decodes
 * that voice's clips k, k + n, k + 2n, … in order; the streams still run side by side.
 */
import type { SttService, SttStream } from '../../src/services/stt/types.ts';

/** Streams per voice: one session per speaker, two so both decoder workers stay busy. */
export const STREAMS_PER_VOICE = 2;

/** The positions (into one voice's clip list) that stream `k` of `n` decodes, in order. */
export function streamShare(clips: number, k: number, n: number): number[] {
  const out: number[] = [];
  for (let i = k; i < clips; i += n) out.push(i);
  return out;
}

/**
 * Decodes one voice's clips on `n` fresh streams of `service` with the fixed assignment above;
 * returns each clip's hypothesis in input order (null when the recognizer lost it).
 */
export async function decodeVoiceSession(
  service: SttService,
  audio: readonly Int16Array[],
  decode: (stream: SttStream, pcm: Int16Array) => Promise<string | null>,
  signal?: AbortSignal,
  n: number = STREAMS_PER_VOICE,
): Promise<(string | null)[]> {
  const out: (string | null)[] = new Array(audio.length).fill(null);
  const streams: SttStream[] = [];
  try {
    // Opened one after another so stream k is always the k-th the pool pins (its worker, its decoder).
    for (let k = 0; k < n; k++) streams.push(await service.openStream());
    await Promise.all(
      streams.map(async (stream, k) => {
        for (const i of streamShare(audio.length, k, n)) {
          signal?.throwIfAborted();
          out[i] = await decode(stream, audio[i]!);
        }
      }),
    );
  } finally {
    await Promise.all(streams.map((s) => s.close()));
  }
  return out;
}
