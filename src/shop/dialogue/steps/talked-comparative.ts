/**
 * "Which one is heavier?" after the shopper asked about two products one by one (each looked up,
 * no list of two on screen): the comparative ranks the products talked about, the latest ones in
 * focus, instead of going unread. A list of two or more on screen keeps its own ranking.
 */
import type { ProductInfo } from '../results.ts';
import type { DialogueState } from '../state.ts';
import type { Understanding } from '../understand/nlu.ts';
import type { DecideInput } from './actions.ts';

/** How many of the products focused last are compared ("which one": the two just discussed). */
const TALKED = 2;

/** The products talked about last (focused one after another), oldest first; fewer than two: none. */
export function talkedAbout(state: DialogueState): ProductInfo[] {
  const products = (state.recent ?? [])
    .slice(-TALKED)
    .map((id) => state.known.get(id))
    .filter((p): p is ProductInfo => !!p);
  return products.length >= 2 ? products : [];
}

/** The pool a "which one is …er" ranks: the list on screen, else the products talked about. */
export function rankPool(state: DialogueState): ProductInfo[] {
  if (state.lastResults.length >= 2) return state.lastResults.map((p) => state.known.get(p.id) ?? p);
  return talkedAbout(state);
}

export function ranksTalkedAbout(intent: string, input: DecideInput, s: Understanding['slots']): boolean {
  if (!s.sort || s.productNames?.length || s.category || s.query || s.brand || s.attributes) return false;
  if (!['unknown', 'search', 'refine', 'details'].includes(intent)) return false;
  if (input.state.lastResults.length >= 2) return false;
  // A question that chooses ("which one", "which is"), not a superlative search ("the lightest tent").
  if (!/^(and |so |ok |okay )*(which|what)\b/.test(input.nlu.text)) return false;
  return talkedAbout(input.state).length >= 2;
}
