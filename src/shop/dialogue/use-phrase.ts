/**
 * "Light bulbs for my lamps", "una funda para mi cámara": a kind of product said after "for my" /
 * "para mi" names what the wanted product is for, not a second thing it must be. With a kind asked
 * for already, such a word is not a search term (every bulb is for lamps; few texts say so). Pure.
 */
import type { Language } from '../contract.ts';
import type { Slots } from './slots.ts';
import { stem } from './text.ts';
import type { CompiledVocabulary } from './vocab.ts';

const FOR: Record<Language, RegExp> = {
  en: /\bfor (?:my|our|the|your|his|her|their|a|an) ((?:\w+ )?\w+)/g,
  es: /\bpara (?:mi|mis|el|la|los|las|un|una|tu|tus|su|sus|nuestr[oa]s?) ((?:\w+ )?\w+)/g,
};

export function dropUseWords(text: string, lang: Language, slots: Slots, vocab: CompiledVocabulary): void {
  if (!slots.category || !slots.attributes?.length) return;
  const kinds = new Set(vocab.categories.flatMap((c) => c.tokens).map(stem));
  const own = new Set(slots.category.toLowerCase().split(/\s+/).map(stem));
  const used = new Set([...text.matchAll(FOR[lang])].flatMap((m) => m[1]!.split(' ').map(stem)));
  const kept = slots.attributes.filter((a) => {
    const words = a
      .toLowerCase()
      .split(/[\s-]+/)
      .map(stem);
    return !words.every((w) => used.has(w) && kinds.has(w) && !own.has(w));
  });
  if (kept.length === slots.attributes.length) return;
  if (kept.length) slots.attributes = kept;
  else delete slots.attributes;
}
