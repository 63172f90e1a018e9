/**
 * A service asked of the shop ("can you shorten the seat post for me?", "¿ustedes lo hacen?") is
 * answered by the sentence where the shop says it does it ("we cut a seat post to length free…"),
 * not by a rule that names the same thing ("a unicycle whose seat post has been cut cannot be
 * returned"), which is what a search by shared words often finds first. Pure.
 */
import type { Language } from '../../contract.ts';
import { normalize } from '../words/text.ts';
import { matches } from './term-match.ts';

/** The shop saying it does something ("we grind…", "we knock in…"), not what it does not do. */
export const WE_DO = /\bwe (?!do not|don't|cannot|can't|never|will not|won't|only|ship|accept)\w+/i;
const NEGATIVE = /\b(cannot|can't|can not|not|never|no|nor)\b/i;
/** Words that say nothing of what the service is. */
const PLAIN = /^(that|this|which|have|has|been|with|from|your|their|they|them|will|within|days|free|charge)$/;

function contentWords(s: string): string[] {
  return normalize(s)
    .split(' ')
    .filter((w) => w.length >= 4 && !PLAIN.test(w));
}

/**
 * The sentence saying the shop does what a found restriction names: the affirmative "we …"
 * sentence sharing the most of the restriction's words (two at least); undefined when none.
 */
export function offeredInstead(
  found: string,
  sentences: readonly string[],
  question: string,
  lang: Language,
): string | undefined {
  if (!NEGATIVE.test(found) || WE_DO.test(found)) return undefined;
  const named = contentWords(found);
  const asked = normalize(question).split(' ');
  let best: { s: string; score: number } | undefined;
  for (const s of sentences) {
    if (s === found || !WE_DO.test(s) || NEGATIVE.test(s)) continue;
    const own = contentWords(s);
    const shared = named.filter((w) => own.some((x) => matches(w, x, 'en'))).length;
    if (shared < 2) continue;
    const said = own.filter((x) => asked.some((w) => w.length >= 4 && matches(w, x, lang))).length;
    const score = shared + said;
    if (!best || score > best.score) best = { s, score };
  }
  return best?.s;
}
