/**
 * The words a yes/no question is looked up by in a product's text. The built-in vocabulary gives a
 * Spanish word its English ("estuche" → case, "peines guía" → guide combs) for English catalogs,
 * but a shop that writes its catalog in Spanish says "Incluye estuche de piel": there the words as
 * the shopper said them are the ones its text uses. They are kept when the text has every one of
 * them (up to its ending); otherwise the English forms are looked up, as before. Pure.
 */
import { normalize } from '../words/text.ts';
import { sameTerm } from './term-match.ts';

/** The text's words, once per text. */
const tokenCache = new Map<string, Set<string>>();

function tokensOf(text: string): Set<string> {
  let out = tokenCache.get(text);
  if (!out) {
    out = new Set(normalize(text).split(' ').filter(Boolean));
    if (tokenCache.size > 200) tokenCache.clear();
    tokenCache.set(text, out);
  }
  return out;
}

/** `said` (the shopper's words) when `text` uses every one of them, else `translated`. */
export function lookupWords(said: string[], translated: string[], text: string): string[] {
  const words = said.flatMap((w) => normalize(w).split(' ')).filter(Boolean);
  if (words.length === 0 || words.join(' ') === translated.join(' ')) return translated;
  const tokens = [...tokensOf(text)];
  return words.every((w) => tokens.some((x) => sameTerm(w, x))) ? words : translated;
}
