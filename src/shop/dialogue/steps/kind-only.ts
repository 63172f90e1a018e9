/**
 * "Do you have winter gloves", "short finger gloves": the kind said is the head of the request,
 * its other words only qualify it. When the shop has nothing of that kind with those words, the
 * kind alone is searched (with the brand, price and values said), rather than answering that
 * nothing matches or letting the qualifying word find another kind's product by its title.
 */

import { productsOf } from '../results.ts';
import { saysHearsay } from '../understand/hearsay.ts';
import { type Action, call, type DecideInput } from './actions.ts';

export function searchKindAlone(input: DecideInput): Action | undefined {
  const done = input.current.calls;
  const last = done.at(-1);
  if (last?.name !== 'search_products' || last.error) return undefined;
  const { query, ...rest } = last.input;
  // "Someone at training said Seamwell has a smart ball": the brand heard of alone, when the kind
  // caught beside it ("training") finds none of it (hearsay.ts).
  const { category, ...brandOnly } = rest;
  if (
    typeof rest.brand === 'string' &&
    typeof category === 'string' &&
    query === undefined &&
    productsOf(last.output).length === 0 &&
    saysHearsay(input.nlu.text, input.nlu.language) &&
    !done.some((c) => c.name === 'search_products' && c.input.category === undefined)
  )
    return call('search_products', brandOnly);
  if (typeof query !== 'string' || typeof rest.category !== 'string') return undefined;
  if (productsOf(last.output).length > 0) return undefined;
  // Once per turn: the kind alone is searched at most one time.
  if (done.some((c) => c.name === 'search_products' && c.input.query === undefined)) return undefined;
  return call('search_products', rest);
}
