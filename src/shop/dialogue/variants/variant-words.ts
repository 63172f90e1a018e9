/**
 * Words around a variant request that carry no meaning of their own (issue 12): the discourse
 * words a shopper starts with ("then two of the …", "ok so and a …", "vale, pues …"), stripped
 * before rules that look at how a request starts.
 */

import type { ProductInfo } from '../results.ts';
import type { DecideInput } from '../steps/action-types.ts';
import { optionPhrase } from './option-phrase.ts';
import { optionText, withoutQuantityAt } from './variant-options.ts';

const LEAD_FILLER =
  /^((then|so|ok|okay|fine|well|alright|all right|um|uh|hmm|meh|oh|yeah|sure|entonces|pues|vale|bueno|venga|vaya|ok vale|eh|ah|uy|huy|ay|ups|oops)( |$))+/;

/** The request without the discourse words it starts with ("then two of the x" → "two of the x"). */
export function withoutLeadFiller(text: string): string {
  const rest = text.replace(LEAD_FILLER, '');
  return rest || text;
}

/**
 * "Actually make that just a dozen" after adding the 24-pack: the number read as a count names
 * another value of an option the line has ("12-pack"), so it is that value, not a count. The
 * request is returned without the count when so.
 */
export function countAsOtherValue(
  input: DecideInput,
  product: ProductInfo | undefined,
  before: Record<string, string> | undefined,
): DecideInput | undefined {
  if (input.nlu.slots.quantityAt === undefined || !product?.options?.length) return undefined;
  const withNumber = optionPhrase(input.nlu.text, product).options ?? {};
  const without = optionPhrase(optionText(input.nlu), product).options ?? {};
  const other = Object.entries(withNumber).some(([k, v]) => without[k] !== v && before?.[k] !== v);
  if (!other) return undefined;
  return { ...input, nlu: { ...input.nlu, slots: withoutQuantityAt(input.nlu.slots) } };
}
