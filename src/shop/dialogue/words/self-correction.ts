/**
 * "Add the cut pile gun with a US plug, no wait, EU", "two in blue, sorry, in red": a value the
 * shopper takes back inside the request. When the words after "no wait" / "sorry" / "I mean" are
 * a value of the catalog only (a colour, a size or an option value), the value of the same kind
 * said before the marker is dropped and the new one said in its place, so the request reads as
 * meant. Anything else after the marker (another product, a question) leaves the words as said.
 * English only. Pure.
 */
import { optionKey } from '../../catalog/option-values.ts';
import type { CatalogVocabulary, Language } from '../../contract.ts';

const MARKER = /^(no wait|wait no|no sorry|sorry|i mean|i meant|or rather|no no|no)$/;
const FILLER = /^(the|a|an|one|in|with|make|it|that|actually|then|please)$/;

/** The catalog's values said as a run of tokens, by kind, longest first. */
function valuesIn(tokens: string[], values: string[]): { at: number; len: number }[] {
  const out: { at: number; len: number }[] = [];
  for (const v of values) {
    const key = optionKey(v).split(' ');
    for (let i = 0; i + key.length <= tokens.length; i++)
      if (key.every((k, j) => optionKey(tokens[i + j]!) === k)) out.push({ at: i, len: key.length });
  }
  return out.sort((a, b) => b.len - a.len);
}

/** The tokens as meant, or undefined when the utterance takes no value back. */
export function withValueTakenBack(
  tokens: string[],
  vocab: CatalogVocabulary,
  lang: Language,
): string[] | undefined {
  if (lang !== 'en') return undefined;
  for (let m = 2; m < tokens.length - 1; m++) {
    const span = MARKER.test(`${tokens[m]} ${tokens[m + 1]}`) ? 2 : MARKER.test(tokens[m]!) ? 1 : 0;
    if (!span) continue;
    const tail = tokens.slice(m + span).filter((t) => !FILLER.test(t));
    if (tail.length === 0 || tail.length > 3) return undefined;
    for (const values of [vocab.colors, vocab.sizes, vocab.options ?? []]) {
      const said = valuesIn(tail, values);
      if (!said[0] || said[0].len !== tail.length) continue;
      const head = tokens.slice(0, m);
      const old = valuesIn(head, values)[0];
      if (!old) return undefined;
      return [...head.slice(0, old.at), ...tail, ...head.slice(old.at + old.len)];
    }
    return undefined;
  }
  return undefined;
}
