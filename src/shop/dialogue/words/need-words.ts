/**
 * A need or use said beside a kind of product ("climbing shoes for wide feet", "a harness that
 * goes on over ski pants", "hops for a pilsner"): the words no slot took. They are passed to the
 * search as preferences, so the kind's products whose own texts say them come first (and those
 * saying none drop out when some do); the catalog decides what they mean, not a word list.
 */
import type { Slots } from './slots.ts';
import { normalize, stem } from './text.ts';

/**
 * "Not the kettle" with one kettle on screen: the words left out also name that product, but the
 * shopper refines what is shown without it; they do not ask about it.
 */
export function dropExcludedNames(slots: Slots): void {
  if (!slots.exclude || !slots.productNames?.length) return;
  const out = slots.exclude.split(' ').map(stem);
  const kept = slots.productNames.filter((name) => {
    const words = new Set(normalize(name).split(' ').map(stem));
    return !out.every((w) => words.has(w));
  });
  if (kept.length > 0) slots.productNames = kept;
  else delete slots.productNames;
}

/** The free words of a request that may describe a need: not a superlative, not left out. */
export function needWords(
  free: readonly string[],
  excluded: ReadonlySet<string>,
  superlative: RegExp,
): string | undefined {
  const words = free.filter((w) => !excluded.has(w) && !superlative.test(w));
  return words.length > 0 ? [...new Set(words)].join(' ') : undefined;
}
