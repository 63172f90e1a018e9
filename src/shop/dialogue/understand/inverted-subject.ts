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

/** "Is the fridge the best place …", "¿la nevera es el mejor sitio …?": a subject, then a noun as predicate. */
const PREDICATE_SUBJECT: Record<Language, RegExp> = {
  en: /^(?:(?:and|so|but) )?(?:is|are) ((?:the|a|an) \w+(?: \w+)?) (?:the|a|an) \w+/,
  es: /^(?:(?:y|pero|oye|entonces) )?((?:el|la|los|las) \w+(?: \w+)?) (?:es|son) (?:el|la|los|las|un|una) \w+/,
};

/**
 * The thing a question sets beside the product ("is the fridge the best place to keep them?"):
 * the subject's words that name no product and fill no slot (`taken`), so the text is asked
 * about the fridge, not only about keeping. [] when the question has no such form.
 */
export function predicateSubject(
  text: string,
  tokens: string[],
  taken: Set<number>,
  nameWords: Set<number>,
  lang: Language,
): string[] {
  const m = PREDICATE_SUBJECT[lang].exec(text);
  if (!m) return [];
  const subject = m[1]!.split(' ');
  // The subject's place among the tokens: after at most a lead word and the verb.
  const from = [0, 1, 2, 3].find((i) => subject.every((w, k) => tokens[i + k] === w));
  if (from === undefined) return [];
  const stop = STOPWORDS[lang];
  const content = subject
    .map((w, k) => ({ w, at: from + k }))
    .filter(({ w }) => !stop.has(w) && !NOT_A_THING.test(w) && !/^\d/.test(w));
  // A subject that names the product or a slot ("is the red kettle the cheapest") is no other thing.
  if (content.some(({ at }) => nameWords.has(at) || taken.has(at))) return [];
  return content.map(({ w }) => w);
}
