/**
 * "Batteries for my flashlights", "una funda para mi cámara": a kind of product said after "for my" /
 * "para mi" names what the wanted product is for, not a second thing it must be. With a kind asked
 * for already, such a word is not a search term (most batteries are for flashlights; few texts say so), unless
 * titles of that kind carry it. Pure.
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
  // A title holding both the kind and the word ("… Trail Paddle" for "paddles for my trail kayak") makes
  // the word a real narrowing: kept.
  const head = stem(slots.category.toLowerCase().split(/\s+/).at(-1) ?? '');
  const titles = vocab.names.map((n) => n.tokens.map(stem));
  const has = (title: string[], w: string) =>
    title.some((x) => x === w || (Math.min(x.length, w.length) >= 3 && (x.startsWith(w) || w.startsWith(x))));
  const kept = slots.attributes.filter((a) => {
    const words = a
      .toLowerCase()
      .split(/[\s-]+/)
      .map(stem);
    if (!words.every((w) => used.has(w) && kinds.has(w) && !own.has(w))) return true;
    return titles.some((t) => has(t, head) && words.some((w) => has(t, w)));
  });
  if (kept.length === slots.attributes.length) return;
  if (kept.length) slots.attributes = kept;
  else delete slots.attributes;
}
