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
