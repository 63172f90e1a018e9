/**
 * "No wait, the black one" / "no, espera, en negro" / "no, quería la de 18 voltios" right after an
 * add: the shopper corrects the variant just added (size, colour or another option). The new variant is added first (the shop may refuse it as sold out, and
 * then the old line stays), then the old line is removed; the quantity carries over.
 */

import type { Understanding } from '../understand/nlu.ts';
import { countAsOtherValue } from '../variants/variant-words.ts';
import { normalize } from '../words/text.ts';
import { type Action, type DecideInput, productAction } from './actions.ts';

/**
 * A change of mind said outright ("she changed her mind, the black one instead", "ha cambiado de
 * idea, ahora la quiere en negro"): it may correct an add made a few turns back, questions between.
 */
const CHANGES_MIND =
  /\b(instead|changed (his|her|their|my|our) minds?|change of plan|en vez|en lugar|cambiad[oa] de idea|cambio de idea|cambiado de opinion|mejor (la|el|los|las) de)\b/;

export function changesMind(text: string): boolean {
  return CHANGES_MIND.test(normalize(text));
}

export function correctLine(input: DecideInput, s: Understanding['slots']): Action | undefined {
  const prev = input.previousAdd;
  const cart = input.state.cart;
  if (!prev || !cart) return undefined;
  const name = input.state.known.get(prev.productId)?.name;
  const line = cart.items.find(
    (l) =>
      (l.productId ? l.productId === prev.productId : l.name === name) &&
      (prev.size === undefined || l.size === prev.size) &&
      (prev.color === undefined || l.color === prev.color) &&
      Object.entries(prev.options ?? {}).every(([k, v]) => !l.options || l.options[k] === v),
  );
  const done = input.current.calls;
  const added = done.find((c) => c.name === 'add_to_cart');
  if (!added) {
    const asValue = countAsOtherValue(input, input.state.known.get(prev.productId), prev.options);
    if (asValue) {
      input = asValue;
      s = asValue.nlu.slots;
    }
    const quantity = line?.quantity ?? prev.quantity ?? 1;
    const want: Understanding['slots'] = { ...s, quantity };
    if (!s.size && prev.size) want.size = prev.size;
    if (!s.color && prev.color) want.color = prev.color;
    // Options chosen before stay unless the correction names another value of them.
    const awaiting = {
      what: 'variant' as const,
      intent: 'add_to_cart' as const,
      productId: prev.productId,
      ...(prev.options ? { options: prev.options } : {}),
    };
    return productAction('add_to_cart', { ...input, awaiting }, want, prev.productId);
  }
  if (added.error || !line || done.some((c) => c.name === 'remove_from_cart')) return undefined;
  const options = (added.input.options ?? {}) as Record<string, string>;
  const same =
    added.input.productId === prev.productId &&
    (added.input.size ?? prev.size) === prev.size &&
    (added.input.color ?? prev.color) === prev.color &&
    Object.entries(options).every(([k, v]) => prev.options?.[k] === undefined || prev.options[k] === v);
  if (same) return undefined;
  return { kind: 'tools', calls: [{ name: 'remove_from_cart', input: { itemId: line.itemId } }] };
}
