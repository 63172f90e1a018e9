/**
 * "A box of the nitrile ones in large for him, and the twelve microfibre cloths in grey": several
 * products named, each with a value of its own (a size, a colour, an option) and nothing that asks
 * or browses, is an order for each of them even without a verb of adding; a list of kinds ("gloves
 * and cloths") or a question stays a search.
 */
import type { Language } from '../../contract.ts';
import type { Understanding } from '../understand/nlu.ts';
import type { DecideInput } from './action-types.ts';

/** Words that ask, browse or compare rather than order. */
const ASKS: Record<Language, RegExp> = {
  en: /\b(show|see|look|looking|find|search|browse|compare|which|what|how|why|where|when|whether|do you|have you|any|or|than|versus|vs)\b|^(is|are|do|does|can|could|would|will|should)\b/,
  es: /\b(muestrame|ensename|ver|busca|buscame|mira|compara|cual|cuales|que|como|donde|cuando|tienes|tienen|hay|algun|alguna|o|u)\b/,
};

export function ordersEveryItem(input: DecideInput, s: Understanding['slots']): boolean {
  const items = s.items ?? [];
  if (items.length < 2 || input.current.user.includes('?')) return false;
  if (ASKS[input.nlu.language].test(input.nlu.text)) return false;
  return items.every(
    (x) => x.productNames?.length === 1 && !!(x.size || x.color || x.quantity || /\d/.test(x.clause ?? '')),
  );
}
