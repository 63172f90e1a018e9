/**
 * "Do the tools come with the carry bag?", "does a lid come with the Brewmaster?": what comes with
 * a product may be said first and the product last (issue 12). When everything after "come with" /
 * "include" is the product's own name, the words before the verb are what is asked about, not the
 * product: the feature read from the name alone would answer from the title ("yes, the carry bag
 * says bag"). Pure; runs on normalised text.
 */
import type { Language } from '../contract.ts';
import { STOPWORDS } from './lexicon.ts';

/** Pronouns and determiners that never name the thing asked about. */
const NOT_A_THING = /^(it|they|this|that|these|those|one|ones|you|i|we|any|some|the|a|an)$/;

/**
 * The feature asked when the subject is the thing and the tail is only the product's name
 * (positions start..start+tail.length-1 in nameWords); undefined otherwise.
 */
export function invertedFeature(
  subject: string,
  tail: string[],
  start: number,
  nameWords: Set<number>,
  lang: Language,
): string[] | undefined {
  const stop = STOPWORDS[lang];
  const said = tail.map((w, k) => ({ w, k })).filter(({ w }) => w && !stop.has(w) && !/^\d/.test(w));
  if (said.length === 0 || !said.every(({ k }) => nameWords.has(start + k))) return undefined;
  const thing = subject.split(' ').filter((w) => w && !stop.has(w) && !NOT_A_THING.test(w) && !/^\d/.test(w));
  return thing.length ? thing : undefined;
}
