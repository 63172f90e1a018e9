/**
 * Yes / no from a question said with its story ("my partner plays too: can we both practise at
 * night with headphones?"): it asks more words than any clause of the product's text says, so the
 * usual half-the-words rule (text-answer.ts) finds nothing. Read only from the text's own words
 * (never WordNet meanings): a clause that negates or limits an asked word answers no, one that
 * says two asked words plainly answers yes. Pure.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { literalOwn } from './term-match.ts';
import { type Clause, clausesOf, literal, negatedAt, verdictFromQuote } from './text-answer.ts';

/** A word the shopper asked that can name a thing or property, not a short function-like word. */
const CONTENT = (w: string) => w.length >= 4 && !STOPWORDS.en.has(w) && !STOPWORDS.es.has(w);

/**
 * A question said with its story ("my partner plays too: can we both practise at night with
 * headphones?") asks more words than any clause says. A clause that says the asked word itself
 * and negates or limits it ("No headphone jack", "too small for goldfish") answers no; one that
 * says two asked words itself ("two headphone jacks for silent practice") answers yes.
 */
export function answerFromFew(p: ProductInfo, words: string[], lang: Language): string | undefined {
  const asked = [...new Set(words.filter(CONTENT))];
  if (asked.length === 0) return undefined;
  let best: { clause: Clause; hits: number[]; negated: boolean } | undefined;
  for (const clause of clausesOf(p)) {
    // The product's own name is met only by the words themselves, never by a dictionary sense
    // (text-answer.ts, onlySenseOfName).
    const said = clause.said === p.name ? literalOwn : literal;
    const hits = asked.map((w) => clause.tokens.findIndex((x) => said(w, x, lang))).filter((j) => j >= 0);
    if (hits.length === 0) continue;
    const negated = hits.some((j) => negatedAt(clause.tokens, j, j));
    const rank = (b: { hits: number[]; negated: boolean }) => b.hits.length * 2 + (b.negated ? 1 : 0);
    if (!best || rank({ hits, negated }) > rank(best)) best = { clause, hits, negated };
  }
  if (!best) return undefined;
  const quote = best.clause.said;
  if (best.negated) return verdictFromQuote(lang, false, p.name, quote);
  if (new Set(best.hits).size >= 2) return verdictFromQuote(lang, true, p.name, quote);
  return undefined;
}
