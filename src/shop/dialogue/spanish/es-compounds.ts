/**
 * Spanish puts a colour after the noun it qualifies ("oro blanco", "acero negro"), English before
 * it ("white gold", "black steel"). Where the catalog has the English compound as one of its own
 * phrases (a tag, a category, an option value), the Spanish words are read as that phrase, not as
 * a colour plus another word: "en oro blanco" is the metal "white gold", not anything gold in
 * white. Runs on tokens whose catalog words are already English (bilingual.ts). Pure.
 */
import { COLOR_FAMILIES } from '../words/lexicon.ts';
import { normalize } from '../words/text.ts';
import type { CompiledVocabulary } from '../words/vocab.ts';

const cache = new WeakMap<CompiledVocabulary, Set<string>>();

/** The catalog's two-word phrases, folded ("white gold", "matte black"). */
function twoWordPhrases(vocab: CompiledVocabulary): Set<string> {
  let out = cache.get(vocab);
  if (!out) {
    out = new Set<string>();
    for (const list of [vocab.categories, vocab.attributes, vocab.colors, vocab.sizes])
      for (const p of list) if (p.tokens.length === 2) out.add(p.tokens.join(' '));
    for (const o of vocab.source.options ?? []) {
      const t = normalize(o).split(' ').filter(Boolean);
      if (t.length === 2) out.add(t.join(' '));
    }
    cache.set(vocab, out);
  }
  return out;
}

/** "gold blanco" → "white gold" when the catalog has "white gold"; other tokens unchanged. */
export function colourCompounds(tokens: readonly string[], vocab: CompiledVocabulary): string[] {
  const out = [...tokens];
  const phrases = twoWordPhrases(vocab);
  if (phrases.size === 0) return out;
  for (let i = 0; i + 1 < out.length; i++) {
    const family = COLOR_FAMILIES.find((f) => f.includes(out[i + 1]!));
    const english = family?.find((w) => !w.includes(' ') && phrases.has(`${w} ${out[i]}`));
    if (english) {
      out.splice(i, 2, english, out[i]!);
      i++;
    }
  }
  return out;
}
