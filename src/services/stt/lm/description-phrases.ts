/**
 * The product descriptions' words for the catalog LM. Shoppers ask about what a shop writes about
 * its products ("how much travel does it have", "does it work with presta valves", "which mug
 * keeps coffee hot the longest"); without those words the catalog decoder can only hear the
 * nearest catalog word ("gravel", "colors"). Two things come out of the descriptions:
 * - the sentences themselves, in spoken form, as corpus lines (the shop's own word sequences);
 * - "features": content words and two-word runs of them ("clearance", "tire clearance"), the
 *   fillers of generic spec-question templates.
 * And the plural of every noun-like tag or type ("dark roast" → "dark roasts", "tea" → "teas"),
 * which shoppers use when they browse ("show me green teas").
 */
import { spokenForms } from './catalog-forms.ts';

/** Function and filler words: never a feature on their own. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet for of to in on at by with from into onto over under up down out off ' +
    'about above after again against all also am any are as be been before being below between both ' +
    'can could did do does doing each few further had has have having he her here hers him his how i ' +
    'if is it its itself just me more most my no not now once only other our ours own same she should ' +
    'some such than that their theirs them then there these they this those through too until very was ' +
    'we were what when where which while who whom why will would you your yours one two three four five ' +
    'six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred ' +
    'thousand point half quarter per every made make makes use used uses using get gets keep keeps ' +
    'like well even much many new day days way ways lot lots plus less without within around through ' +
    'via each ever never always often just'
  ).split(' '),
);

/** Description lines and features kept for the corpus, at most (large catalogs). */
const MAX_FEATURES = 800;

/** The spoken form of each description sentence ("Keeps drinks hot for 24 hours" → "keeps drinks hot for twenty four hours"). */
export function descriptionLines(sentences: readonly string[]): string[] {
  const out = new Set<string>();
  for (const s of sentences) {
    const spoken = spokenForms(s)[0];
    if (spoken && spoken.split(' ').length >= 2) out.add(spoken);
  }
  return [...out];
}

const isContent = (w: string) => w.length >= 3 && !STOPWORDS.has(w) && !w.endsWith('ly') && !w.includes("'");

/**
 * Content words and adjacent pairs of them, most frequent first ("travel", "tire clearance",
 * "presta valves"): what a spec question asks about.
 */
export function descriptionFeatures(lines: readonly string[], max = MAX_FEATURES): string[] {
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const line of lines) {
    const words = line.split(' ');
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!isContent(w)) continue;
      add(w);
      const next = words[i + 1];
      if (next !== undefined && isContent(next)) add(`${w} ${next}`);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([f]) => f);
}

/**
 * One-word features in the other number ("apartments" → "apartment", "bindings" → "binding",
 * "lies" → "lie"): a description says "for apartments", a shopper "good for an apartment"; kept
 * only when the dictionary knows the word.
 */
export function featureSingulars(features: readonly string[], knownWord: (w: string) => boolean): string[] {
  const have = new Set(features);
  const out: string[] = [];
  for (const f of features) {
    if (f.includes(' ') || !/[^su]s$/.test(f) || /(ss|is)$/.test(f)) continue;
    const one = f.slice(0, -1);
    if (!have.has(one) && knownWord(one)) out.push(one);
  }
  return out;
}

/** Regular English plural of one word; undefined for words that look plural already ("lens" aside). */
export function pluralWord(word: string): string | undefined {
  if (/ss$/.test(word)) return `${word}es`;
  if (/s$/.test(word)) return undefined;
  if (/(x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Plurals of noun-like phrases (tags, types): the last word pluralised, kept only when the
 * dictionary knows the plural as a word ("roasts", "teas": yes; "insulateds", "electrics": the
 * caller's `knownWord` decides).
 */
export function phrasePlurals(phrases: readonly string[], knownWord: (w: string) => boolean): string[] {
  return nounPhrases(phrases, knownWord).map((n) => n.plural);
}

/** Adjective endings: a tag ending so is no noun ("insulated", "electric", "waterproof" aside). */
const ADJECTIVE_END = /(ed|ing|al|ic|ous|ful|less|ive|able|ible)$/;

/**
 * Noun-like phrases (tags, types) with their plural: the plural is a word the dictionary knows, or
 * the singular is itself unknown to it — a coined or trade noun ("unisuit", "erg"), whose plural
 * the dictionary cannot know either ("show me unisuits" was out of vocabulary).
 */
export function nounPhrases(
  phrases: readonly string[],
  knownWord: (w: string) => boolean,
): { singular: string; plural: string }[] {
  const out = new Map<string, { singular: string; plural: string }>();
  for (const p of phrases) {
    const words = p.split(' ');
    const last = words.at(-1);
    if (!last || last.length < 3) continue;
    const plural = pluralWord(last);
    if (!plural || ADJECTIVE_END.test(last) || (!knownWord(plural) && knownWord(last))) continue;
    out.set(p, { singular: p, plural: [...words.slice(0, -1), plural].join(' ') });
  }
  return [...out.values()];
}

/** Generic spec questions about a description's features; vertical-neutral. */
export const FEATURE_TEMPLATES: readonly string[] = [
  'how much {feature} [does|do] [it|they|the {product}|the {category}] have',
  "[what|how much|what kind of|what's the] {feature} [does|do|is|on] [it|they|the {product}] [have|]",
  '[does|do|will] [it|they|the {product}|the {category}] [work|fit] [with|on|for] [a|an|the|my|] {feature}',
  '[does|do|is|are] [it|they|the {product}] [have|come with|include|good for|made for] [a|an|] {feature}',
  '[which|what] [{category}|one] [has|gives|goes to|keeps|is] the [most|best|highest|lowest|biggest|longest|least|widest] {feature}',
  '[which|what] [{category}|one] [has|is|keeps|gives] {feature} [the longest|the best|the most|]',
  '[show me|do you have|i want|find me] [a|an|some|] [{category}|one|ones|something] with {feature}',
  '[tell me about|what is|what about] the {feature} [of|on|for] [it|the {product}]',
];
