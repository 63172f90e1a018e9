/**
 * Dictionary forms a word may come from ("sofas" → sofa, "washed" → wash, "lighter" → light),
 * after WordNet's own morphy suffix rules. It over-generates on purpose: a candidate WordNet does
 * not know is simply not found, so both sides (the catalog's words when a slice is built, the
 * shopper's word when it is looked up) go through the same candidates.
 */
const RULES: [string, string][] = [
  // Nouns.
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['s', ''],
  // Verbs.
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  // Adjectives.
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
];

export function lemmaCandidates(word: string): string[] {
  const out = new Set<string>([word]);
  if (word.length <= 3 || /[^a-z]/.test(word)) return [...out];
  for (const [from, to] of RULES) {
    if (!word.endsWith(from) || word.length - from.length < 3) continue;
    const base = word.slice(0, -from.length) + to;
    out.add(base);
    // "shopping" → shop, "bigger" → big: a doubled final consonant.
    if (to === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) out.add(base.slice(0, -1));
  }
  return [...out];
}
