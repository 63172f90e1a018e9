/**
 * Routing between the classified intent and the action: several named products become one
 * multi-add, a spec superlative with no new subject ranks what is on screen, "and the X" after an
 * add is another add, a brand said as a restriction narrows the last search.
 */
import type { DecideInput } from './actions.ts';
import { soundsLikeRestriction, type Understanding } from './nlu.ts';

/**
 * Turns the classified intent into what to do: several named products to add become one
 * multi-add; a spec superlative with no new subject ranks the products on screen.
 */
export function routeOf(intent: string, input: DecideInput, s: Understanding['slots']): string {
  if ((intent === 'add_to_cart' || intent === 'search') && (s.items?.length ?? 0) >= 2)
    return intent === 'add_to_cart' || /\b(add|put|anade|agrega|pon)\b/.test(input.nlu.text)
      ? 'add_many'
      : intent;
  // "And the Cascade Mid in size 11" right after an add is another add.
  if (
    (intent === 'search' || intent === 'refine') &&
    s.productNames?.length &&
    /^(and|also|plus|y|tambien|e)\b/.test(input.nlu.text) &&
    input.previousCalls?.includes('add_to_cart')
  )
    return 'add_to_cart';
  // "Only the Alpenrock ones" after a search narrows it (category and price stay).
  if (
    intent === 'search' &&
    s.brand &&
    !s.category &&
    !s.productNames &&
    !s.attributes &&
    input.state.lastSearch &&
    soundsLikeRestriction(input.nlu.text, input.nlu.language)
  )
    return 'refine';
  const subject = s.category || s.query || s.brand || s.attributes || s.productNames;
  const priceSort = s.sort === 'cheapest' || s.sort === 'most_expensive';
  if (
    s.sort &&
    !priceSort &&
    !subject &&
    input.state.lastResults.length >= 2 &&
    /\b(which|what|cual|que|quien)\b/.test(input.nlu.text)
  )
    return 'rank';
  return intent;
}

/** The in-stock alternatives a refused add_to_cart carries (details.inStock). */
export function inStockOf(output: unknown): { sizes: string[]; colors: string[] } | undefined {
  const e = (output as { error?: { details?: { inStock?: { sizes?: unknown; colors?: unknown } } } } | null)
    ?.error;
  const s = e?.details?.inStock;
  if (!s) return undefined;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return { sizes: strings(s.sizes), colors: strings(s.colors) };
}
