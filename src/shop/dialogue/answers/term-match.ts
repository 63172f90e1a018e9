/**
 * Whether a question's word is a word of a product's text: the same word up to its ending, a
 * kindred word product texts use for the same thing, a Spanish cognate or root of an English word,
 * or a WordNet meaning ("is it heavy" meets "lightweight" as its opposite). Split from
 * text-answer.ts, which reads the clauses these words are found in. Pure.
 */
import { spanishGlosses } from '../../catalog/apertium.ts';
import { englishOf } from '../../catalog/retail-vocabulary.ts';
import { type Relation, relationBetween } from '../../catalog/semantic/index.ts';
import type { Language } from '../../contract.ts';
import { normalize, stem } from '../words/text.ts';
import { propertyEnglish, saysOpposite } from './property-verbs.ts';

/** Words product texts use for the same ingredient or property ("fragrance-free" vs "lightly scented"). */
export const KINDRED: string[][] = [
  ['fragrance', 'fragranced', 'scent', 'scented', 'perfume', 'perfumed', 'parfum'],
  ['alcohol', 'ethanol'],
  ['sugar', 'sugars', 'sweetened'],
  ['gluten', 'wheat'],
  ['cord', 'corded'],
  // Everyday words for what a text says with its own term ("get wet" / "water resistant").
  ['wet', 'water', 'waterproof', 'rain', 'splash', 'swim', 'swimming', 'shower'],
  // Running without a cord is running on batteries ("run it off batteries" / "no battery compartment").
  ['cordless', 'battery', 'batteries', 'pilas', 'bateria', 'baterias'],
  ['storage', 'stow', 'stash', 'compartment', 'guardar'],
];

/** The same word up to its ending, a compound's last part ("post" / "seatpost"), or a Spanish cognate. */
export function sameTerm(asked: string, written: string): boolean {
  if (asked === written) return true;
  const a = stem(asked);
  const b = stem(written);
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3) return true;
  // "opened" / "open", "boiling" / "boil" (never "unopened" / "open").
  const bare = (w: string) => (w.length > 5 ? w.replace(/(ing|ed)$/, '') : w);
  if (bare(asked) === bare(written)) return true;
  // "seatpost" / "post", "cooktop" / "top" never: the part must be a word of its own length.
  if (short.length >= 4 && written.length > asked.length && written.endsWith(asked)) return true;
  // A verb and the adjective or participle made from it: "wash" / "washable", "resize" / "resized".
  const derived = (w: string, from: string) =>
    from.length >= 4 &&
    w.startsWith(from.replace(/e$/, '')) &&
    /^e?(able|ible|d|ed|s)$/.test(w.slice(from.replace(/e$/, '').length));
  if (derived(written, asked) || derived(asked, written)) return true;
  // "resistant" / "resistance", "dependent" / "dependence".
  const root = (w: string) => w.replace(/(ance|ancy|ant|ence|ency|ent)$/, '');
  return asked.length >= 7 && root(asked) === root(written) && root(asked) !== asked;
}

/** English forms a Spanish question word may take in an English text ("induccion" → induction). */
function cognates(word: string): string[] {
  const out = new Set<string>([word]);
  const english = englishOf(word);
  if (english) for (const w of normalize(english).split(' ')) out.add(w);
  // "¿Flota?", "¿se puede regular?": what the product does, in the owner's English words.
  for (const w of propertyEnglish(word)) out.add(w);
  const rules: [RegExp, string][] = [
    [/cion(es)?$/, 'tion'],
    [/sion(es)?$/, 'sion'],
    [/ic[oa]s?$/, 'ic'],
    [/dad(es)?$/, 'ty'],
    [/os[oa]s?$/, 'ous'],
    [/iv[oa]s?$/, 'ive'],
    [/ente(s)?$/, 'ent'],
    [/ante(s)?$/, 'ant'],
    [/mente$/, 'ly'],
    [/ble(s)?$/, 'ble'],
  ];
  for (const [re, to] of rules) if (re.test(word)) out.add(word.replace(re, to));
  if (!english) for (const w of spanishParts(word)) out.add(w);
  return [...out];
}

const DIMINUTIVE = /(ecit|cit|it|ill|in)(o|a|os|as|es)?$|in$/;

/**
 * English for a Spanish word the vocabulary lacks, through its parts: a diminutive's base
 * ("ruedines" → rueda → wheel) or the noun that ends a verb-noun compound ("tronchacadenas" →
 * cadenas → chain, as "abrelatas", "sacacorchos").
 */
function spanishParts(word: string): string[] {
  const out: string[] = [];
  const base = word.replace(DIMINUTIVE, '');
  if (base !== word && base.length >= 3)
    for (const end of ['a', 'o', 'as', 'os', 'e', 'es']) {
      const e = englishOf(base + end);
      if (e) {
        out.push(...normalize(e).split(' '));
        break;
      }
    }
  if (out.length === 0 && word.length >= 9)
    for (let k = 3; k <= word.length - 5; k++) {
      const e = englishOf(word.slice(k));
      if (e) {
        out.push(...normalize(e).split(' '));
        break;
      }
    }
  return out;
}

/** Letters folded so "amoniaco" and "ammonia" meet: doubled letters once, ph as f. */
const skeleton = (w: string) => w.replace(/ph/g, 'f').replace(/(.)\1+/g, '$1');

/** WordNet relations (catalog/semantic) by which a question word means a word of the text. */
const MEANS: readonly Relation[] = ['syn', 'deriv', 'similar'];
/** Only through the asked word's two most frequent senses: a "wheel" is a bike in a rarer one. */
const means = (asked: string, written: string) => {
  const r = relationBetween(asked, written);
  return r !== undefined && MEANS.includes(r.rel) && r.sense < 2;
};
/**
 * "Is it heavy" of "lightweight", "will it sink" of "it floats": the text says the opposite of the
 * word asked (WordNet, or a pair said both ways); a Spanish word through its English forms.
 */
export const opposes = (asked: string, written: string, lang: Language = 'en'): boolean => {
  const asks = lang === 'es' ? cognates(asked) : [asked];
  return asks.some((a) => {
    if (saysOpposite(a, written)) return true;
    const r = relationBetween(a, written);
    return r?.rel === 'ant' && r.sense < 2;
  });
};

/** The same word, a kindred one, or (Spanish) a cognate, a shared root or a dictionary sense: the text's own terms. */
export function literal(asked: string, written: string, lang: Language): boolean {
  if (literalOwn(asked, written, lang)) return true;
  // The dictionary's English for the word ("nevera" → fridge, "pelar" → peel, "yodo" → iodine):
  // said literally, never through a WordNet meaning of it, which would stack two guesses.
  return lang === 'es' && spanishGlosses(asked).some((g) => /^[a-z]+$/.test(g) && sameTerm(g, written));
}

/** `literal` without the dictionary's senses: the word or its cognate itself. */
export function literalOwn(asked: string, written: string, lang: Language): boolean {
  if (sameTerm(asked, written)) return true;
  if (KINDRED.some((k) => k.includes(asked) && k.includes(written))) return true;
  if (lang !== 'es') return false;
  for (const c of cognates(asked)) if (c !== asked && sameTerm(c, written)) return true;
  // A shared beginning long enough to be the same root ("valvulas" / "valves", "amoniaco" / "ammonia").
  const a = skeleton(asked);
  const b = skeleton(written);
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 4 && k >= Math.min(a.length, b.length) * 0.6;
}

export function matches(asked: string, written: string, lang: Language): boolean {
  if (literal(asked, written, lang) || means(asked, written)) return true;
  return lang === 'es' && cognates(asked).some((c) => c !== asked && means(c, written));
}
