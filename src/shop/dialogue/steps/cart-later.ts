/**
 * Save for later: a product saved while it is a line of the cart ("keep the winter blades for
 * later") leaves the cart once it is on the saved list, as a shop's "save for later" does; a
 * product not in the cart is only saved.
 */
import type { Action, DecideInput } from './action-types.ts';
import { call } from './actions.ts';
import { lineBySaidWords } from './cart-words.ts';

/** The remove that follows a save of a product in the cart, or nothing. */
export function moveSavedOutOfCart(input: DecideInput): Action | undefined {
  const done = input.current.calls;
  const saved = done.at(-1);
  if (saved?.name !== 'save_item' || saved.error) return undefined;
  // Only a product the shopper named or pointed at leaves the cart, never one the engine fell back to.
  const s = input.nlu.slots;
  const id = saved.input.productId;
  const said = lineBySaidWords(input);
  const byWords = !!said && (said.productId ? said.productId === id : true);
  if (!s.productNames?.length && !s.category && !s.ordinals?.length && !byWords) return undefined;
  // Cart lines carry the product's id when the cart tool gives it, its name always.
  const name = typeof id === 'string' ? input.state.known.get(id)?.name : undefined;
  const line = input.state.cart?.items.find((l) => (l.productId ? l.productId === id : l.name === name));
  if (!line || done.some((c) => c.name === 'remove_from_cart')) return undefined;
  return call('remove_from_cart', { itemId: line.itemId });
}
