/**
 * "Do the needles come with the carry bag?", "does a lid come with the Brewmaster?": what comes with
 * a product may be said first and the product last (issue 12). When everything after "come with" /
 * "include" is the product's own name, the words before the verb are what is asked about, not the
 * product: the feature read from the name alone would answer from the title ("yes, the carry bag
 * says bag"). Pure; runs on normalised text.
 */
import type { Language } from '../../contract.ts';
import { STOPWORDS } from '../words/lexicon.ts';

/** Pronouns and determiners that never name the thing asked about. */
const NOT_A_THING = /^(it|they|this|that|these|those|one|ones|you|i|we|any|some|the|a|an)$/;

/**
 * The feature asked when the tail (positions start… in the tokens) is the product's name and the
 * subject (said just before the verb) names no product; undefined otherwise.
 */
export function invertedFeature(
  subject: string,
  verb: string,
  tail: string[],
  start: number,
  nameWords: Set<number>,
  lang: Language,
): string[] | undefined {
  // Only English questions read a subject before the verb ("do the X come with"); a Spanish one
  // opens with its verb ("¿tiene candado TSA?") and has no such subject to take.
  if (lang !== 'en') return undefined;
  const stop = STOPWORDS[lang];
  const said = tail.map((w, k) => ({ w, k })).filter(({ w }) => w && !stop.has(w) && !/^\d/.test(w));
  // The tail is the product's name when most of its words are read as a name ("the tool carry bag"
  // reads "tool" and "bag"; "carry" is a word of no title alone).
  const named = said.filter(({ k }) => nameWords.has(start + k)).length;
  if (named === 0 || named * 2 < said.length) return undefined;
  // "Do the oat cookies come with nuts" has its product first: only a subject no name covers is the thing.
  const words = subject.split(' ');
  const from = start - verb.split(' ').length - words.length;
  const thing = words.filter(
    (w, k) => w && !stop.has(w) && !NOT_A_THING.test(w) && !/^\d/.test(w) && !nameWords.has(from + k),
  );
  const subjectNamed = words.some((_w, k) => nameWords.has(from + k));
  return thing.length && !subjectNamed ? thing : undefined;
}
