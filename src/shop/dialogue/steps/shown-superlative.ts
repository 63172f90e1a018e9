/**
 * "The lightest one", "the biggest of those", "el más pequeño", "la más grande": a superlative
 * said of no new kind while a list is on screen ranks that list, as "which is the lightest?" does.
 * An add or a choice ("add the cheapest one") keeps its own meaning.
 */

import type { Understanding } from '../understand/nlu.ts';
import { valueBySize } from '../variants/option-phrase.ts';
import { normalize } from '../words/text.ts';
import type { DecideInput } from './actions.ts';

/** A bare superlative: an article or "one(s)", and nothing that makes it an order. */
const BARE =
  /^(the|el|la|los|las|lo|and the|y el|y la)\b|\b(one|ones|of (those|these|them)|de (esos|esas|estos|estas))$/;

export function ranksShownList(intent: string, input: DecideInput, s: Understanding['slots']): boolean {
  if (!s.sort || s.productNames?.length || s.category || s.query || s.brand || s.attributes) return false;
  if (!['unknown', 'search', 'refine', 'details'].includes(intent)) return false;
  if (input.state.lastResults.length < 2) return false;
  const price = s.sort === 'cheapest' || s.sort === 'most_expensive';
  // "The cheapest one" already picks that product from the list (details); the figures need a ranking.
  if (price && intent === 'details') return false;
  return BARE.test(input.nlu.text);
}

/**
 * "Which one is the heaviest?" after a search of a kind that showed fewer than two products: the
 * superlative ranks that whole kind (a search of its category by that measure) instead of going
 * unread, since one product shown is nothing to rank.
 */
export function ranksLastKind(intent: string, input: DecideInput, s: Understanding['slots']): boolean {
  if (!s.sort || s.productNames?.length || s.category || s.query || s.brand || s.attributes) return false;
  if (input.nlu.language !== 'en' || !['unknown', 'refine', 'details'].includes(intent)) return false;
  if (input.state.lastResults.length >= 2) return false;
  const category = input.state.lastSearch?.category;
  if (typeof category !== 'string' || !/\b(which|what|the|one)\b/.test(input.nlu.text)) return false;
  // "The bigger one, in blue" (no question) of a product sold in measured sizes picks its size.
  if (!/\b(which|what)\b|\?/.test(input.current.user) && picksOwnMeasure(input)) return false;
  s.category = category;
  return true;
}

/** The product in view has a measured option whose largest or smallest value the words pick. */
function picksOwnMeasure(input: DecideInput): boolean {
  const { state } = input;
  const p = state.focus ?? (state.lastResults.length === 1 ? state.lastResults[0] : undefined);
  const known = p && (state.known.get(p.id) ?? p);
  if (!known?.options?.length) return false;
  return !!valueBySize(normalize(input.nlu.text).split(' '), known.options);
}
