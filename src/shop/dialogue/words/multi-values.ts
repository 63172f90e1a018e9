/**
 * Several items of one product in one request (issue 12): "a 52 and a 56 degree wedge", "the 12
 * and the 24 pack", "una de 9 y otra de 10 mm". A part of the request that says only a value (a
 * number, maybe with its unit) is the product the next part names, in that value; the unit said
 * once after the last number ("56 degree") belongs to each number. Pure.
 */
import type { Slots } from './slots.ts';

/** A part with a number and no product, kind or brand of its own: a value of another part's product. */
export function saysOnlyValue(clause: string[], slots: Slots): boolean {
  if (slots.category || slots.brand || slots.productNames?.length) return false;
  return clause.filter((t) => /^\d+(\.\d+)?$/.test(t)).length === 1;
}

/**
 * The value-only part as an item of the named part's product: its clause borrows the word that
 * follows the named part's own number ("degree" in "a 56 degree wedge") when it has none, and the
 * number read as a count is the value, not a count ("a 52" is no 52 wedges).
 */
export function asNamedValue(
  part: { slots: Slots; clause: string[] },
  named: { slots: Slots; clause: string[] },
): Slots {
  const words = part.clause.filter(Boolean);
  const own = words.findIndex((t) => /^\d+(\.\d+)?$/.test(t));
  const donor = named.clause.filter(Boolean);
  const at = donor.findIndex((t) => /^\d+(\.\d+)?$/.test(t));
  const unit = at >= 0 ? donor[at + 1] : undefined;
  const bare = own === words.length - 1 || !/^[a-z]/.test(words[own + 1] ?? '');
  const clause = [
    ...words.slice(0, own + 1),
    ...(bare &&
    unit &&
    /^[a-z]+$/.test(unit) &&
    !named.slots.productNames?.some((n) => n.toLowerCase().includes(unit))
      ? [unit]
      : []),
    ...words.slice(own + 1),
  ];
  const { quantity, quantityAt: _at, ...rest } = part.slots;
  const value = Number(words[own]);
  const out: Slots = { ...rest, productNames: [...named.slots.productNames!], clause: clause.join(' ') };
  if (quantity !== undefined && quantity !== value) out.quantity = quantity;
  if (named.slots.category) out.category = named.slots.category;
  return out;
}

/** A word that says one more unit ("y uno amarillo", "y otra en azul", "and a yellow one"). */
const ONE_MORE = /^(uno|una|otro|otra|one|another)$/;

/**
 * "Un diamond rojo y uno amarillo", "the mug in white and another in black": a part with only a
 * colour and a word for one more unit is one more item of the product named before it.
 */
export function saysOnlyColour(clause: string[], slots: Slots): boolean {
  if (!slots.color || slots.category || slots.brand || slots.productNames?.length || slots.size) return false;
  return clause.some((t) => ONE_MORE.test(t));
}

/**
 * The colour-only part as an item of the product named before it; that item's count is one when
 * its own colour came with a word for one unit ("dos diamond, uno rojo y uno amarillo": the two
 * are shared out, one red and one yellow).
 */
export function asNamedColour(part: { slots: Slots; clause: string[] }, named: Slots): [Slots, Slots] {
  const out: Slots = {
    productNames: [...named.productNames!],
    color: part.slots.color!,
    clause: part.clause.filter(Boolean).join(' '),
  };
  if (named.category) out.category = named.category;
  if (part.slots.quantity !== undefined) out.quantity = part.slots.quantity;
  const words = (named.clause ?? '').split(' ');
  const shared = words.some((w, i) => ONE_MORE.test(w) && i > 0 && i < words.length - 1);
  const first: Slots = shared ? { ...named, quantity: 1 } : named;
  return [first, out];
}
