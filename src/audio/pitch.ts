/**
 * Fundamental frequency (F0) of a speaker from 16 kHz PCM16: normalised autocorrelation on 40 ms
 * frames, voiced frames only, median over the voiced frames. Cheap enough to run on a session's first
 * utterance (a few ms per audio second); used to pick the recognizer's frequency warp for the session.
 * It is an estimate of the speaker, not a pitch tracker: octave errors in single frames do not matter
 * once the median is taken over hundreds of frames.
 */

const RATE = 16_000;
const FRAME = 640; // 40 ms: two periods of an 80 Hz voice
const HOP = 320; // 20 ms
const MIN_F0 = 70;
const MAX_F0 = 450;
/** Mean square a frame needs to count as speech (about -40 dBFS): silence and breath are skipped. */
const MIN_ENERGY = 1e5;
/** Normalised autocorrelation peak a frame needs to count as voiced. */
const MIN_PERIODICITY = 0.5;

/** F0 (Hz) of every voiced frame of `pcm`, in order. */
export function voicedPitches(pcm: Int16Array): number[] {
  const out: number[] = [];
  const minLag = Math.floor(RATE / MAX_F0);
  const maxLag = Math.ceil(RATE / MIN_F0);
  const frame = new Float64Array(FRAME);
  for (let start = 0; start + FRAME <= pcm.length; start += HOP) {
    let mean = 0;
    for (let i = 0; i < FRAME; i++) mean += pcm[start + i] as number;
    mean /= FRAME;
    let energy = 0;
    for (let i = 0; i < FRAME; i++) {
      const v = (pcm[start + i] as number) - mean;
      frame[i] = v;
      energy += v * v;
    }
    if (energy / FRAME < MIN_ENERGY) continue;
    const norms = new Float64Array(maxLag + 2);
    let best = 0;
    for (let lag = minLag; lag <= maxLag + 1; lag++) {
      let r = 0;
      let e1 = 0;
      let e2 = 0;
      for (let i = 0; i + lag < FRAME; i += 2) {
        const a = frame[i] as number;
        const b = frame[i + lag] as number;
        r += a * b;
        e1 += a * a;
        e2 += b * b;
      }
      norms[lag] = r / Math.sqrt(e1 * e2 || 1);
      if (lag <= maxLag) best = Math.max(best, norms[lag] as number);
    }
    // Multiples of the period correlate almost as well as the period itself: the shortest lag at a
    // local peak close to the best one is the period (otherwise F0 comes out an octave low).
    let bestLag = 0;
    for (let lag = minLag; lag <= maxLag; lag++) {
      const v = norms[lag] as number;
      if (v >= 0.9 * best && v >= (norms[lag - 1] ?? 0) && v >= (norms[lag + 1] ?? 0)) {
        bestLag = lag;
        break;
      }
    }
    if (best >= MIN_PERIODICITY && bestLag > 0) out.push(RATE / bestLag);
  }
  return out;
}

/** Median of the voiced frames' F0, or undefined when fewer than `minFrames` frames were voiced. */
export function medianPitch(pitches: readonly number[], minFrames = 20): number | undefined {
  if (pitches.length < minFrames) return undefined;
  const sorted = [...pitches].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
