/**
 * "Do the boots come in half sizes?", "does it come with a case?" said as a stock question: when
 * what is asked is no value of the product's options, "yes, it's in stock" answers nothing. The
 * question is one about the product, answered from its text ("Half sizes are not made"): routed to
 * the spec answer when the text answers it, or when it asks a kind of size the options do not
 * list (half sizes, wide fits), which the text tells if anything does. Pure.
 */
import { answerSpec } from '../answers/spec-answer.ts';
import { hasFullText } from '../answers/specs.ts';
import type { ProductInfo } from '../results.ts';
import type { Understanding } from '../understand/nlu.ts';
import { normalize, stem } from '../words/text.ts';
import type { DecideInput } from './actions.ts';
import { resolveProduct } from './resolve.ts';

/** A kind of size asked ("half sizes", "wide fits", "tallas grandes"), not one size. */
const SIZE_KIND = /\b(sizes|fits|fittings|widths|lengths|tallas|talles|medidas|anchos|largos|hormas)\b/;

/** An answer that tells nothing sure (spec-answer.ts words it so). */
const UNSURE = /^(I don't know|No lo sé|I can't say for sure)/;

/** Every word of the product's variant values (sizes, colours, other options). */
function valueWords(p: ProductInfo): Set<string> {
  const values = [
    ...p.sizes.map((x) => x.size),
    ...p.colors.map((x) => x.color),
    ...(p.options ?? []).flatMap((o) => o.values.map((v) => v.value)),
  ];
  return new Set(values.flatMap((v) => normalize(v).split(' ').map(stem)));
}

export function asksUnlistedFeature(input: DecideInput, s: Understanding['slots'], intent: string): boolean {
  if (intent !== 'availability' || !s.feature?.length || s.size || s.color) return false;
  const { state, nlu } = input;
  const r = resolveProduct(s, state);
  if (!('product' in r)) return false;
  const p = state.known.get(r.product.id) ?? r.product;
  const values = valueWords(p);
  if (s.feature.some((w) => values.has(stem(w)))) return false;
  if (!hasFullText(p)) return SIZE_KIND.test(nlu.text);
  return !UNSURE.test(answerSpec(p, s, nlu.text, nlu.language));
}
