/**
 * "Which one of those gives the most heat?", "which one carries the farthest?": a superlative over
 * a figure of the products on screen. The winner is looked up (it becomes the product in focus, so
 * "would that one …" next means it), then the ranking is said with the figures the texts give.
 */
import type { Language } from '../../contract.ts';
import { rankedBy } from '../answers/specs-amount.ts';
import type { ProductInfo } from '../results.ts';
import type { ToolExchange } from '../state.ts';
import { normalize, stem } from '../words/text.ts';
import { type Action, call, say } from './actions.ts';

/** "Of those", "de esas": the list on screen is what is ranked. */
const OF_SHOWN: Record<Language, RegExp> = {
  en: /\b(of|among|between) (those|these|them|the ones|all of those)\b/,
  es: /\b(de|entre) (esos|esas|estos|estas|ellos|ellas)\b/,
};

/**
 * The kind read from the question is only the figure's own word ("the most heat" read "heat"
 * as a kind of product), or the question points at the list shown: no new search is wanted.
 */
export function ranksShown(
  text: string,
  lang: Language,
  category: string | undefined,
  amount: string,
): boolean {
  if (OF_SHOWN[lang].test(text)) return true;
  if (!category) return false;
  const kind = normalize(category).split(' ').filter(Boolean).map(stem);
  const said = new Set(normalize(amount).split(' ').map(stem));
  return kind.length > 0 && kind.every((w) => said.has(w));
}

export function rankStep(
  products: ProductInfo[],
  amount: string,
  most: boolean,
  done: ToolExchange[],
  lang: Language,
): Action | undefined {
  const ranked = rankedBy(products, amount, most);
  if (!ranked) return undefined;
  const looked = done.some((c) => c.name === 'get_product' && c.input.productId === ranked.best.id);
  if (!looked) return call('get_product', { productId: ranked.best.id });
  return say(ranked.text(lang));
}
