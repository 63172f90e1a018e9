/**
 * Per-session frequency warp (speaker adaptation that costs nothing after the first turn). One
 * session is one speaker, and a speaker's vocal tract does not change between turns, so the warp is
 * chosen once: from the speaker's pitch on the session's first utterance(s), then kept.
 *
 * Why pitch and not the decoders' own scores: path scores at different warps are not comparable
 * likelihoods (the warp changes the features they are computed on). Measured on the session
 * development set (dev-catalog/session-utterances.ts), the summed scores of the first utterances
 * picked warp 1 for espeak-ng f3 (where 1.2 reads 15 % fewer words wrong), and per utterance every
 * warp from 0.9 to 1.3 won about equally often for that voice. Pitch separates the voices cleanly
 * (flite kal16/rms/awb 90–127 Hz, flite slt 170 Hz, espeak-ng f3 211 Hz).
 */
import { medianPitch, voicedPitches } from '../../../audio/pitch.ts';

/** Utterances after which an undecided session (too little voiced speech to measure) keeps warp 1. */
export const MAX_TRIAL_UTTERANCES = 3;
/** Audio of one utterance the pitch is measured on (the first 4 s are plenty). */
const MAX_TRIAL_SAMPLES = 4 * 16_000;

/**
 * The warp (f / warp) for a speaker of median pitch `f0`: 1 up to 140 Hz (adult men), then rising
 * 0.025 per 10 Hz, up to 1.3. Anchored on textbook averages: adult women's formants sit about 15–20 %
 * above men's at an F0 near 210 Hz, children's about 30 % at 300 Hz and above.
 */
export function warpForPitch(f0: number): number {
  return Math.min(1.3, 1 + Math.max(0, f0 - 140) * 0.0025);
}

/** Index of the warp in `warps` closest to `target` (the first one on a tie). */
export function nearestWarp(warps: readonly number[], target: number): number {
  let best = 0;
  for (let i = 1; i < warps.length; i++)
    if (Math.abs((warps[i] as number) - target) < Math.abs((warps[best] as number) - target)) best = i;
  return best;
}

/** Collects a session's first utterances until the speaker's pitch is known. */
export class SessionWarpTrial {
  readonly #minUtterances: number;
  readonly #pitches: number[] = [];
  #pcm: Int16Array[] = [];
  #samples = 0;
  #utterances = 0;
  /** Median pitch once known (benchmarks, logs). */
  f0: number | undefined;

  constructor(minUtterances: number) {
    this.#minUtterances = Math.max(1, minUtterances);
  }

  /** Audio of the current utterance (copied; only the first few seconds are kept). */
  add(pcm: Int16Array): void {
    if (this.#samples >= MAX_TRIAL_SAMPLES) return;
    const take = pcm.subarray(0, MAX_TRIAL_SAMPLES - this.#samples);
    this.#pcm.push(take.slice());
    this.#samples += take.length;
  }

  /**
   * Ends the current utterance. Returns the warp the session should keep, or undefined while it
   * should go on trying every warp (pitch not known yet, or fewer than `minUtterances` seen).
   */
  endUtterance(): number | undefined {
    const pcm = new Int16Array(this.#samples);
    let at = 0;
    for (const p of this.#pcm) {
      pcm.set(p, at);
      at += p.length;
    }
    this.#pcm = [];
    this.#samples = 0;
    this.#utterances++;
    this.#pitches.push(...voicedPitches(pcm));
    this.f0 = medianPitch(this.#pitches);
    if (this.f0 !== undefined && this.#utterances >= this.#minUtterances) return warpForPitch(this.f0);
    return this.#utterances >= MAX_TRIAL_UTTERANCES ? 1 : undefined;
  }
}
