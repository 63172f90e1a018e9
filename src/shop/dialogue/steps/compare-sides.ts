/**
 * "How's the K2 different from the Tourer?", "the red kayak versus the touring one",
 * "¿en qué se diferencia el A del B?": a comparison of two products, each said by its name, a short
 * form of it, or a describing word of a product already seen. The utterance is cut at its
 * connective ("versus", "from", "or", "and", "del", "o"), and each side is matched to the product
 * names the catalog read, else to the products seen whose title says the side's words. Pure.
 */
import type { Language } from '../../contract.ts';
import type { Slots } from '../words/slots.ts';
import { normalize, stem } from '../words/text.ts';
import type { DecideInput } from './actions.ts';

const COMPARING: Record<Language, RegExp> = {
  en: /\b(different from|differ|differs|difference|differences|versus|vs|compared? (to|with)|compare|stack up|against each other|what do i get with each|better)\b/,
  es: /\b(se diferencia\w*|diferencia\w*|distint[oa]s?|versus|vs|contra|frente a|compara\w*|que me da cada)\b/,
};

const CUT: Record<Language, RegExp> = {
  en: /\b(?:versus|vs|or|and|different from|differ from|compared to|compared with|against|from|to)\b/,
  es: /\b(?:versus|vs|contra|frente a|o|y|del|de la|de los|de las|con)\b/,
};

/** Words of a side that never name a product. */
const FRAME = new Set(
  (
    'what whats s how hows is are the a an real difference differences between different compare compared do does i ' +
    'get with each one ones they them it that this those these which better really actually vs versus ' +
    'que en se diferencia diferencian hay entre el la los las un una de del cada me da dan mejor realidad cual ' +
    'compara comparame comparar'
  ).split(' '),
);

export function saysComparison(text: string, lang: Language): boolean {
  return COMPARING[lang].test(text);
}

function contentWords(side: string): string[] {
  return normalize(side)
    .split(' ')
    .filter((w) => w && !FRAME.has(w));
}

/**
 * How well a title fits a side's words: each word shared counts by how rare it is among the
 * candidates ("red" singles a kayak out, "kayak" does not).
 */
function scorer(titles: string[]): (words: string[], title: string) => number {
  const sets = titles.map((x) => new Set(normalize(x).split(' ').map(stem)));
  const df = (w: string) => sets.filter((set) => set.has(w)).length;
  return (words, title) => {
    const own = new Set(normalize(title).split(' ').map(stem));
    return words.map(stem).reduce((n, w) => n + (own.has(w) ? 1 / df(w) : 0), 0);
  };
}

/** The title carries at least half of the side's words. */
function covers(words: string[], title: string): boolean {
  const own = new Set(normalize(title).split(' ').map(stem));
  return words.filter((w) => own.has(stem(w))).length * 2 >= words.length;
}

/**
 * When the utterance compares two products it can place, their names (in the order said) are set
 * as the products to compare and true is returned.
 */
export function comparisonSides(input: DecideInput, s: Slots): boolean {
  const { text, language: lang } = input.nlu;
  if (!saysComparison(text, lang)) return false;
  const parts = text
    .split(CUT[lang])
    .map(contentWords)
    .filter((w) => w.length > 0);
  if (parts.length < 2) return false;
  const { state } = input;
  const seen = [...state.lastResults, ...state.known.values()].map((p) => p.name);
  const titles = [...new Set([...(s.productNames ?? []), ...(s.otherNames ?? []), ...seen])];
  if (titles.length < 2) return false;
  const score = scorer(titles);
  const [a, b] = [parts[0]!, parts[1]!];
  let best: { i: number; j: number; n: number } | undefined;
  titles.forEach((x, i) => {
    const na = score(a, x);
    if (na <= 0) return;
    titles.forEach((y, j) => {
      const nb = j === i ? 0 : score(b, y);
      if (nb > 0 && (!best || na + nb > best.n)) best = { i, j, n: na + nb };
    });
  });
  const sides = best ? [titles[best.i]!, titles[best.j]!] : [];
  if (sides.length < 2) return false;
  // A side whose words the title chosen mostly lacks names a product not among these ("the
  // unscented one" against a title sharing only "one" word): left to the catalog's own lookup.
  if (!covers(a, sides[0]!) || !covers(b, sides[1]!)) return false;
  s.productNames = sides;
  delete s.otherNames;
  return true;
}
