/**
 * A rule said with its exception: "We ship to Canada for $15, except vanilla beans and saffron".
 * Asked whether the shop ships saffron to Toronto, the answer is the exception's, no, though the
 * sentence is the rule's "we ship": the yes/no lead is "No" when a word of the question names
 * one of the things excepted. Pure.
 */
import type { Language } from '../../contract.ts';
import { questionWords } from '../understand/question.ts';
import { normalize } from '../words/text.ts';
import { matches } from './term-match.ts';

/** "except X, Y and Z", up to where the clause ends (", which …", ";", "."). */
const EXCEPT =
  /\b(?:except(?: for)?|excluding|but not|excepto|salvo|menos)\s+([^.;:]+?)(?=,\s*(?:which|that|who|because|as|que|los cuales|las cuales)\b|[.;:]|$)/gi;

/** Words that name no thing excepted: the clause's grammar, and the places it goes to. */
const FILLER = /^(and|or|the|a|an|any|all|in|of|for|over|under|with|y|o|e|u|el|la|los|las|de|del|en|con)$/;

/** The words naming what a sentence's exceptions leave out. */
function exceptedWords(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(EXCEPT))
    for (const w of normalize(m[1]!).split(' ')) if (w.length >= 3 && !FILLER.test(w)) out.push(w);
  return out;
}

/** Whether the question asks about a thing one of the sentences excepts from its rule. */
export function asksExcepted(question: string, sentences: readonly string[], lang: Language): boolean {
  const excepted = sentences.flatMap(exceptedWords);
  if (excepted.length === 0) return false;
  const asked = questionWords(normalize(question).split(' '), new Set(), lang).filter((w) => w.length >= 4);
  return asked.some((w) => excepted.some((x) => matches(w, x, lang)));
}
