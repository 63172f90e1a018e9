/**
 * A yes/no question wrapped in the shopper's own situation ("his coach says only approved rubbers
 * are allowed, is the glide one ok?", "I already own a radio, do I need another for the glider?")
 * whose asked words the product's text does not say as a feature: rather than "I don't know
 * whether it is <the leftover words>", the one sentence of the text that speaks to the most words
 * of the whole question, quoted with a plain "I can't say for sure". Words of the product's own
 * name are its subject, not what is asked; a word counts once, by its stem or a shared prefix of
 * five letters ("register" / "registration"). English only: the Spanish question reaches here in
 * Spanish words the English text does not carry. Pure.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { normalize, stem } from '../words/text.ts';

/** Words of any yes/no question that name no fact of a product. */
const VAGUE = new Set([
  'would',
  'could',
  'should',
  'will',
  'work',
  'good',
  'okay',
  'fine',
  'right',
  'need',
  'want',
  'like',
  'think',
  'know',
  'tell',
  'really',
  'pretty',
  'just',
  'also',
  'still',
  'does',
  'have',
  'this',
  'that',
  'these',
  'those',
  'them',
  'they',
  'there',
  'with',
  'from',
  'your',
  'what',
  'which',
  'about',
  'enough',
  'going',
  'thing',
  'things',
  'someone',
  'anything',
  'everything',
  'another',
  'says',
  'said',
  'only',
  'very',
  'much',
  'many',
  'make',
  'sure',
]);

const same = (a: string, b: string): boolean => {
  const x = stem(a);
  const y = stem(b);
  if (x === y) return true;
  const n = Math.min(x.length, y.length);
  return n >= 5 && x.slice(0, 5) === y.slice(0, 5) && (x.startsWith(y) || y.startsWith(x) || n >= 6);
};

function sentencesOf(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"])|\s*[•·\n]\s*/)
    .map((s) => s.replace(/\s+/g, ' ').trim().replace(/[.;]$/, ''))
    .filter(Boolean);
}

/** The sentence of the text that speaks to the question, if any says one of its own words. */
export function contextSentence(p: ProductInfo, question: string[], lang: Language): string | undefined {
  if (lang !== 'en') return undefined;
  const own = new Set(normalize(p.name).split(' '));
  const asked = [
    ...new Set(
      question.filter(
        (w) => w.length >= 4 && !/^\d/.test(w) && !STOPWORDS.en.has(w) && !VAGUE.has(w) && !own.has(w),
      ),
    ),
  ].filter((w) => ![...own].some((o) => same(o, w)));
  if (asked.length === 0) return undefined;
  let best: { s: string; n: number } | undefined;
  for (const s of sentencesOf(p.description ?? '')) {
    const toks = normalize(s).split(' ');
    const n = asked.filter((w) => toks.some((x) => x.length >= 4 && same(w, x))).length;
    if (n > 0 && (!best || n > best.n)) best = { s, n };
  }
  return best?.s;
}
