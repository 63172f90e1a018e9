/**
 * The seam between turn taking and whoever understands requests. The audio layer must not
 * import shop code, so the composition root injects a judge (e.g. one built on the dialogue
 * engine's parse: a request that yields a complete action is complete). The word lists in
 * completeness.ts are the fallback when no judge is given or the judge cannot tell.
 */
import { assessCompleteness } from './completeness.ts';

export type CompletenessVerdict = 'complete' | 'incomplete' | 'unknown';

/**
 * Is `text` (the turn's transcript so far, possibly an interim) a finished request?
 * - 'complete': acting on it now is right (the turn ends at the VAD stop);
 * - 'incomplete': the speaker is mid-request ("add the", "I want a pair of");
 * - 'unknown': cannot tell (nothing parsed, a misheard tail): the turn ends after a short wait.
 * Must be synchronous and cheap: it runs on every transcript update while the user is silent.
 */
export type CompletenessJudge = (text: string, language: string) => CompletenessVerdict;

/** The word-list heuristics as a judge: "likely complete" (ends on a content word) counts as complete. */
export const wordListJudge: CompletenessJudge = (text, language) => {
  const { verdict } = assessCompleteness(text, language);
  return verdict === 'likely-complete' ? 'complete' : verdict;
};
