/**
 * Per-session choice between the stock acoustic model and the adapted one (an MLLR transform fitted
 * to synthetic voices, README "Acoustic adaptation"). A transform fitted to synthetic speech may
 * hurt a human speaker, so it is not imposed: both models decode a session's first utterance(s) and
 * the session keeps the one whose readings scored better, then feeds only that decoder.
 *
 * Why scores here, when the warp trial (session-warp.ts) uses pitch: the MLLR transform changes the
 * model's means, not the features, so both decoders score the same observations and their path
 * scores (acoustic + the same LM) compare like for like. Warped decoders score different features.
 */

/** Utterances after which a session that never had a scorable one keeps the base model. */
export const MAX_ADAPTATION_TRIAL_UTTERANCES = 3;

/**
 * Collects the path scores of each model (index 0 = base, 1 = adapted) over a session's first
 * utterances and names the one to keep.
 */
export class SessionAdaptationTrial {
  readonly #trialUtterances: number;
  #totals: number[] = [];
  #scored = 0;
  #utterances = 0;

  constructor(trialUtterances: number) {
    this.#trialUtterances = Math.max(1, trialUtterances);
  }

  /**
   * Ends a trial utterance with each model's path score (summed over a dual decoder's two searches;
   * undefined when that model heard no words). Returns the index of the model the session keeps,
   * or undefined while the trial goes on. An utterance where a model heard nothing is not scored:
   * an empty reading has no path to compare.
   */
  endUtterance(scores: readonly (number | undefined)[]): number | undefined {
    this.#utterances++;
    if (scores.length > 0 && scores.every((x) => x !== undefined)) {
      scores.forEach((x, i) => {
        this.#totals[i] = (this.#totals[i] ?? 0) + x;
      });
      this.#scored++;
    }
    if (this.#scored >= this.#trialUtterances) return best(this.#totals);
    if (this.#utterances < MAX_ADAPTATION_TRIAL_UTTERANCES) return undefined;
    return this.#scored > 0 ? best(this.#totals) : 0;
  }
}

/** Index of the highest total (the first, i.e. the base model, on a tie). */
function best(totals: readonly number[]): number {
  let at = 0;
  for (let i = 1; i < totals.length; i++) if ((totals[i] as number) > (totals[at] as number)) at = i;
  return at;
}
