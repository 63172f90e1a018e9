/**
 * "I'd love a fire club", "I need the grout brush" when nothing of that product is in stock: the
 * shop's refusal can offer none of its own variants, so the products like it that are in stock are
 * looked up (its name without the brand: "Fire Club" finds the other clubs) and offered instead.
 * A product with some variant in stock is refused as before, with its own alternatives.
 */
import { productsOf } from '../results.ts';
import { list, t } from '../words/spoken.ts';
import type { Action, DecideInput } from './action-types.ts';
import { call, say } from './actions.ts';

/** The shop's words when no variant of the product is left (cart/messages.ts). */
const NOTHING_LEFT = /Nothing else of it is in stock/;

export function soldOutKindStep(input: DecideInput): Action | undefined {
  const done = input.current.calls;
  const last = done.at(-1);
  const refused = last?.name === 'search_products' ? done.at(-2) : last;
  if (refused?.name !== 'add_to_cart' || !refused.error || !NOTHING_LEFT.test(refused.error))
    return undefined;
  const id = refused.input.productId;
  const p = typeof id === 'string' ? input.state.known.get(id) : undefined;
  if (!p) return undefined;
  const kind = p.brand ? p.name.replace(new RegExp(`^${escapeRegExp(p.brand)}\\s+`, 'i'), '') : p.name;
  if (last === refused) return call('search_products', { query: kind, inStock: true });
  const others = productsOf(last!.output)
    .filter((x) => x.id !== p.id && x.inStock !== false)
    .slice(0, 3);
  const lang = input.nlu.language;
  if (others.length === 0)
    return say(t(lang, `Sorry, ${p.name} is sold out.`, `Lo siento, ${p.name} está agotado.`));
  const names = list(
    others.map((x) => x.name),
    lang,
  );
  return say(
    t(
      lang,
      `Sorry, ${p.name} is sold out. In stock instead: ${names}. Would you like one of those?`,
      `Lo siento, ${p.name} está agotado. En su lugar tenemos: ${names}. ¿Te interesa alguno?`,
    ),
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
