/**
 * A product named by one of its tags: "I'll take the Guatemala", "would the cuff fit a small
 * wrist" name the one product whose title holds that tag.
 */
import { stem } from './text.ts';
import type { CompiledVocabulary } from './vocab.ts';

/** The slots these read and set (a part of Slots, kept apart so slots.ts is not imported back). */
interface TagSlots {
  attributes?: string[];
  productNames?: string[];
}

/**
 * "Would the cuff fit a small wrist": a tag said with a definite article, as one thing (not "the
 * hammered ones"), points at a product.
 */
export function saysTheTag(tokens: readonly string[], slots: TagSlots): boolean {
  return (slots.attributes ?? []).some((a) => {
    const words = a.split(' ');
    const at = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k] === w));
    return (
      at > 0 &&
      /^(the|el|la)$/.test(tokens[at - 1]!) &&
      !/^(ones?|unos?|unas?)$/.test(tokens[at + words.length] ?? '') &&
      !/s$/.test(words.at(-1)!)
    );
  });
}

/**
 * "I'll take the Guatemala", "add the chamomile one": a tag word that only one title holds names
 * that product when the shopper is choosing one to buy (a search by that tag stays a search).
 */
export function namedByOwnTag(vocab: CompiledVocabulary, slots: TagSlots): void {
  for (const tag of slots.attributes ?? []) {
    const words = tag.split(/[\s-]+/).map(stem);
    const holders = vocab.names.filter((n) => words.every((w) => n.tokens.some((x) => stem(x) === w)));
    if (holders.length !== 1) continue;
    slots.productNames = [holders[0]!.name];
    const rest = slots.attributes!.filter((a) => a !== tag);
    if (rest.length) slots.attributes = rest;
    else delete slots.attributes;
    return;
  }
}
