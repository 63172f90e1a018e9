/**
 * "No wait, make the boots a twelve", "change it to a 9": a number said after "a" / "to" / "in"
 * in a correction of the line just added is that line's size when the product comes in that size
 * (never a count: "a twelve" is one boot size, not twelve boots). Fills the size slot. Pure.
 */
import type { Understanding } from '../understand/nlu.ts';
import type { DecideInput } from './action-types.ts';

const BEFORE = /^(a|an|to|in|size)$/;
const CORRECTS = /\b(make|change|switch|swap)\b|^(no|actually|sorry|oops|wait)\b/;

export function sizeInCorrection(input: DecideInput, s: Understanding['slots']): boolean {
  if (s.size || !input.previousAdd || !CORRECTS.test(input.nlu.text)) return false;
  const sizes = input.state.known.get(input.previousAdd.productId)?.sizes ?? [];
  if (sizes.length === 0) return false;
  const tokens = input.nlu.text.split(' ');
  for (let i = tokens.length - 1; i > 0; i--) {
    if (!/^\d+(\.\d+)?$/.test(tokens[i]!) || !BEFORE.test(tokens[i - 1]!)) continue;
    const size = sizes.find((z) => z.size.trim().toLowerCase() === tokens[i])?.size;
    if (!size) return false;
    s.size = size;
    if (s.quantity === Number(tokens[i])) delete s.quantity;
    return true;
  }
  return false;
}
